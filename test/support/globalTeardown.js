// After the run: the workers' LibreOffice instances (started by test/support/office.py) ended, their
// profiles removed.
const { existsSync, readdirSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async () => {
  const folder = join(tmpdir(), `fenjie-lo-${process.env.FENJIE_TEST_RUN}`);
  if (!existsSync(folder)) return;
  for (const worker of readdirSync(folder)) {
    const pidFile = join(folder, worker, 'soffice.pid');
    if (!existsSync(pidFile)) continue;
    const pid = Number(readFileSync(pidFile, 'utf8'));
    try {
      // The whole session: soffice is a shell script that starts soffice.bin.
      process.kill(-pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(folder, { recursive: true, force: true });
};
