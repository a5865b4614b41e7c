// Once per `jest` run, before any worker starts: the command line built (dist/fenjie.js and the layers the
// scripts require), so that no test file builds it again and no two workers race on dist/. The pane's builds
// are made on first use, once per run (test/support/builds.ts), so a run without browser tests makes none.
const { execFileSync } = require('node:child_process');
const { rmSync } = require('node:fs');
const { join } = require('node:path');

module.exports = async () => {
  const root = join(__dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.js'), '--quiet'], { stdio: 'inherit' });
  // Workers are started after this and inherit it: the name of this run's builds.
  process.env.FENJIE_TEST_RUN = `${process.pid}-${Date.now()}`;
  rmSync(join(root, 'dist', 'test-run'), { recursive: true, force: true });
};
