// `npm run manifest -- https://fenjie.example.gov.cn/addin [out.xml]`: writes dist/web/manifest.xml (or out.xml)
// for a bureau's own HTTPS host, and says what it replaced and what it left alone. `npm run deploy` does this
// and the build in the right order. Speaks as the command line does (FENJIE_LANG, else Chinese).
'use strict';
const path = require('path');
const { describeError, fill, messages } = require('../dist/locales');
const { writeFileSafely } = require('../dist/cli/files');
const { scriptLocale } = require('../dist/cli/lang');
const { checkHost, manifestFor } = require('./host-manifest');

const locale = scriptLocale(process.env.FENJIE_LANG);
const t = messages(locale).tools.manifest;
const say = (text) => process.stdout.write(`${text}\n`);

const given = process.argv[2] || '';
const checked = checkHost(given);
if (checked.refused !== undefined) {
  process.stderr.write(`${checked.refused ? `${fill(t[checked.refused], { given })}\n` : ''}${t.usage}\n`);
  process.exit(2);
}
const { url, host } = checked;
// A Chinese domain name goes into the manifest as Punycode (xn--…), the form every URL in it must take.
if (url.hostname.startsWith('xn--') && !given.includes('xn--')) say(fill(t.punycode, { host: url.hostname }));

const target = path.resolve(process.argv[3] || path.join(__dirname, '..', 'dist', 'web', 'manifest.xml'));
const { xml, count, left, dev } = manifestFor(url, host, require('../package.json').version);
try {
  writeFileSafely(target, Buffer.from(xml, 'utf8'));
} catch (e) {
  process.stderr.write(`${e.code ? describeError(e, locale) : e}\n`);
  process.exit(2);
}
say(fill(t.replaced, { count, dev, host, path: target }));
if (left.length) say(fill(t.left, { urls: left.join(locale === 'zh-CN' ? '，' : ', ') }));
say(t.upload);
