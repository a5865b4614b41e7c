// `npm run deploy -- https://oa.example.gov.cn/apps/fenjie/ [--out dist/deploy]`: the folder a bureau copies to
// its HTTPS server, built in one step and in the right order: the pane with office.js in it (no CDN), bundles
// named by their content (a webview never keeps old code), the manifest for that host with package.json's
// version, and index.json listing every file with its SHA-256, compared with the last deploy in that folder.
// Runs the same on Windows (no shell syntax). Speaks as the command line does (FENJIE_LANG, else Chinese).
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { describeError, fill, messages } = require('../dist/locales');
const { writeFileSafely } = require('../dist/cli/files');
const { scriptLocale } = require('../dist/cli/lang');
const { checkHost, manifestFor, manifestVersion } = require('./host-manifest');
const { deployArgs, isDeployIndex } = require('./deploy-args');

const root = path.join(__dirname, '..');
const locale = scriptLocale(process.env.FENJIE_LANG);
const m = messages(locale).tools;
const t = m.deploy;
const say = (text) => process.stdout.write(`${text}\n`);
const refuse = (text) => {
  process.stderr.write(`${text ? `${text}\n` : ''}${t.usage}\n`);
  process.exit(2);
};

const { given, out } = deployArgs(process.argv.slice(2), path.join(root, 'dist', 'deploy'));
if (!out) refuse('');
const checked = checkHost(given);
if (checked.refused !== undefined)
  refuse(checked.refused ? fill(m.manifest[checked.refused], { given }) : '');
const { url, host } = checked;
if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) refuse(fill(t.notFolder, { path: out }));
// A folder that is not an earlier deploy (its index.json ours, with host, version and files) is never
// emptied by the build.
const indexPath = path.join(out, 'index.json');
const readIndex = () => {
  try {
    return JSON.parse(fs.readFileSync(indexPath, 'utf8'));
  } catch {
    return undefined;
  }
};
const previous = fs.existsSync(indexPath) ? readIndex() : undefined;
if (fs.existsSync(out) && fs.readdirSync(out).length > 0 && !isDeployIndex(previous))
  refuse(fill(t.notDeploy, { path: out }));

const version = require('../package.json').version;
say(fill(t.building, { host, path: out }));
const webpack = spawnSync(
  process.execPath,
  [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out],
  {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, OFFICE_JS: 'local', FENJIE_HASH: '1' },
  },
);
if (webpack.status !== 0) {
  process.stdout.write(webpack.stdout);
  process.stderr.write(`${t.buildFailed}\n`);
  process.exit(1);
}

const { xml, left } = manifestFor(url, host, version);
try {
  writeFileSafely(path.join(out, 'manifest.xml'), Buffer.from(xml, 'utf8'), { force: true });
} catch (e) {
  process.stderr.write(`${e.code ? describeError(e, locale) : e}\n`);
  process.exit(2);
}

const walk = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
const files = {};
for (const file of walk(out)) {
  const name = path.relative(out, file).split(path.sep).join('/');
  if (name === 'index.json') continue;
  const bytes = fs.readFileSync(file);
  files[name] = { size: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}
const was = (previous && previous.files) || {};
const changed = Object.keys(files).filter((f) => was[f] && was[f].sha256 !== files[f].sha256);
const added = Object.keys(files).filter((f) => !was[f]);
const removed = Object.keys(was).filter((f) => !files[f]);
const index = { version: manifestVersion(version), host, built: new Date().toISOString(), files };
writeFileSafely(indexPath, Buffer.from(`${JSON.stringify(index, null, 2)}\n`, 'utf8'), { force: true });

const mb = (n) => (n / 1024 / 1024).toFixed(1);
const office = Object.entries(files).filter(([f]) => f.startsWith('office/'));
say(
  fill(t.done, {
    path: out,
    files: Object.keys(files).length,
    size: mb(Object.values(files).reduce((s, f) => s + f.size, 0)),
    office: office.length,
    officeSize: mb(office.reduce((s, [, f]) => s + f.size, 0)),
    version: index.version,
  }),
);
if (left.length) say(fill(m.manifest.left, { urls: left.join(locale === 'zh-CN' ? '，' : ', ') }));
const list = (names) =>
  names.slice(0, 12).join(locale === 'zh-CN' ? '、' : ', ') + (names.length > 12 ? ' …' : '');
if (previous) {
  say(
    fill(t.compared, {
      changed: changed.length,
      added: added.length,
      removed: removed.length,
      from: previous.version,
    }),
  );
  if (changed.length) say(fill(t.changedFiles, { files: list(changed) }));
  if (removed.length) say(fill(t.removedFiles, { files: list(removed) }));
  if (previous.version === index.version && (changed.length || added.length || removed.length))
    say(t.sameVersion);
}
say(fill(t.next, { url: `${host}/` }));
