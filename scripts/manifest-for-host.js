// `npm run manifest -- https://fenjie.example.gov.cn/addin [out.xml]`: writes dist/web/manifest.xml (or out.xml)
// for a bureau's own HTTPS host (centralized deployment), and says what it replaced and what it left alone.
// Speaks as the command line does (FENJIE_LANG, else Chinese), from the built locale files.
'use strict';
const fs = require('fs');
const path = require('path');
const { describeError, fill, messages } = require('../dist/locales');
const { writeFileSafely } = require('../dist/cli/files');
const { scriptLocale } = require('../dist/cli/lang');

const locale = scriptLocale(process.env.FENJIE_LANG);
const t = messages(locale).tools.manifest;
const say = (text) => process.stdout.write(`${text}\n`);
const refuse = (text) => {
  process.stderr.write(`${text ? `${text}\n` : ''}${t.usage}\n`);
  process.exit(2);
};

const given = process.argv[2] || '';
if (!given) refuse('');
let url;
try {
  url = new URL(given);
} catch {
  refuse(fill(t.notUrl, { given }));
}
if (url.protocol !== 'https:') refuse(fill(t.notHttps, { given }));
if (url.search || url.hash) refuse(fill(t.hasQuery, { given }));
const host = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
// A Chinese domain name goes into the manifest as Punycode (xn--…), the form every URL in it must take.
if (url.hostname.startsWith('xn--') && !given.includes('xn--')) say(fill(t.punycode, { host: url.hostname }));

const root = path.join(__dirname, '..');
const target = path.resolve(process.argv[3] || path.join(root, 'dist', 'web', 'manifest.xml'));
const source = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const dev = 'https://localhost:3000';
const count = source.split(dev).length - 1;
// An AppDomain is an origin, not a path.
const out = source
  .split(dev)
  .join(host)
  .replace(`<AppDomain>${host}</AppDomain>`, `<AppDomain>${url.origin}</AppDomain>`);

try {
  writeFileSafely(target, Buffer.from(out, 'utf8'));
} catch (e) {
  process.stderr.write(`${e.code ? describeError(e, locale) : e}\n`);
  process.exit(2);
}

say(fill(t.replaced, { count, dev, host, path: target }));
const left = [...new Set(out.match(/https?:\/\/[^"<\s]+/g) || [])].filter(
  (u) => !u.startsWith(host) && !u.startsWith(url.origin) && !/schemas\.microsoft\.com|w3\.org/.test(u),
);
if (left.length) say(fill(t.left, { urls: left.join(locale === 'zh-CN' ? '，' : ', ') }));
say(t.upload);
