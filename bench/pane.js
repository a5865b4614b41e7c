// `npm run bench:pane`: the task pane's initial JavaScript (raw and gzipped) and its first render in
// headless Chromium (navigation start → the template picker on screen), median of five loads; and the same
// for the workbench (app.html → its 打开工作簿 button; its chunk, with ExcelJS, loaded after the pane's).
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
const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
process.stdout.write(`taskpane.js: ${kb(js.length)} raw, ${kb(gz(js))} gzipped\n`);
// The workbench's chunks: workbench.js and the ones it pulls in (ExcelJS among them), found by name.
const web = path.join(root, 'dist/web');
const chunks = fs
  .readdirSync(web)
  .filter(
    (f) => f.endsWith('.js') && !['taskpane.js', 'commands.js', 'oldWebview.js', 'export.js'].includes(f),
  );
const lazy = chunks.reduce((s, f) => s + gz(fs.readFileSync(path.join(web, f))), 0);
process.stdout.write(
  `workbench: taskpane.js + ${chunks.length} chunks loaded on demand, ${kb(lazy)} gzipped more\n`,
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
  const bench = [];
  for (let k = 0; k < 5; k++) {
    await page.goto(`file://${path.join(web, 'app.html')}`);
    await page.getByTestId('open-workbook').waitFor();
    bench.push(await page.evaluate(() => performance.now()));
  }
  await browser.close();
  const say = (what, t) => {
    t.sort((a, b) => a - b);
    process.stdout.write(
      `first render (${what}, file://): median ${t[2].toFixed(0)} ms, range ${t[0].toFixed(0)}–${t[4].toFixed(0)} ms\n`,
    );
  };
  say('pane in the harness', times);
  say('workbench', bench);
})().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exitCode = 1;
});
