import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
/** Set by globalSetup.js for each `jest` run; every worker of the run sees the same one. */
const run = process.env.FENJIE_TEST_RUN ?? `solo-${process.pid}`;
const runDir = join(root, 'dist', 'test-run', run);

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * A build made once per test run, whichever worker asks first: the others wait for it. A folder is the lock
 * (mkdir either makes it or finds it there, on every file system); `done` or `failed` in it says how it went.
 */
const once = (name: string, out: string, build: (out: string) => void): string => {
  const lock = join(runDir, name);
  mkdirSync(runDir, { recursive: true });
  let mine = false;
  try {
    mkdirSync(lock);
    mine = true;
  } catch {
    // Another worker builds it.
  }
  if (mine) {
    try {
      rmSync(out, { recursive: true, force: true });
      build(out);
      writeFileSync(join(lock, 'done'), '');
    } catch (e) {
      writeFileSync(join(lock, 'failed'), String((e as { stderr?: unknown }).stderr ?? e));
      throw e;
    }
    return out;
  }
  for (const started = Date.now(); Date.now() - started < 600_000; sleep(250)) {
    if (existsSync(join(lock, 'done'))) return out;
    if (existsSync(join(lock, 'failed')))
      throw new Error(`${name} build failed: ${readFileSync(join(lock, 'failed'), 'utf8')}`);
  }
  throw new Error(`${name} build: still not done after 10 minutes`);
};

const webpack = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  execFileSync(process.execPath, [join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), ...args], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, ...env },
  });

/**
 * The pane as `npm run build:local-office` makes it (office.js served from the build, the workbench's
 * app.html beside the pane), in a folder of its own so that a test never overwrites the planner's dist/web.
 */
export const builtWeb = (): string =>
  once('web', join(root, 'dist', 'test-web'), (out) =>
    webpack(['--mode', 'production', '--output-path', out], { OFFICE_JS: 'local' }),
  );

/** The pane with the recording Excel installed as Office.js: dist/harness/harness.html. */
export const builtHarness = (): string =>
  once('harness', join(root, 'dist', 'harness'), () => webpack(['--config', 'webpack.harness.config.js']));
