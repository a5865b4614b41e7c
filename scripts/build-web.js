// `npm run build:local-office`: the pane built with office.js copied into dist/web/office/, the same on Windows
// (npm runs scripts with cmd.exe there, where OFFICE_JS=local npm run build is no command).
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');

const local = process.argv.includes('--local-office');
const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
  cwd: path.join(__dirname, '..'),
  stdio: 'inherit',
  env: { ...process.env, ...(local ? { OFFICE_JS: 'local' } : {}) },
});
process.exit(r.status === null ? 1 : r.status);
