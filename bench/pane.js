// `npm run bench:pane`: the task pane's initial JavaScript (raw and gzipped) and its first render in
// headless Chromium (navigation start → the template picker on screen), median of five loads.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { chromium } = require('playwright-core');

const root = path.join(__dirname, '..');
execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: root, stdio: 'pipe' });
execFileSync('npx', ['webpack', '--config', 'webpack.harness.config.js'], { cwd: root, stdio: 'pipe' });
const js = fs.readFileSync(path.join(root, 'dist/web/taskpane.js'));
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
process.stdout.write(
  `taskpane.js: ${kb(js.length)} raw, ${kb(zlib.gzipSync(js, { level: 9 }).length)} gzipped\n`,
);

(async () => {
  const browser = await chromium.launchPersistentContext(
    fs.mkdtempSync(path.join(os.tmpdir(), 'fenjie-bench-')),
    {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  );
  const page = browser.pages()[0] || (await browser.newPage());
  const times = [];
  for (let k = 0; k < 5; k++) {
    await page.goto(`file://${path.join(root, 'dist/harness/harness.html')}`);
    await page.getByTestId('insert').waitFor();
    times.push(await page.evaluate(() => performance.now()));
  }
  await browser.close();
  times.sort((a, b) => a - b);
  process.stdout.write(
    `first render (harness, file://): median ${times[2].toFixed(0)} ms, range ${times[0].toFixed(0)}–${times[4].toFixed(0)} ms\n`,
  );
})().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exitCode = 1;
});
