// `npm run manifest -- https://fenjie.example.gov.cn/addin`: writes dist/web/manifest.xml for a bureau's
// own HTTPS host (centralized deployment), and says what it replaced and what it could not.
'use strict';
const fs = require('fs');
const path = require('path');

const host = (process.argv[2] || '').replace(/\/+$/, '');
if (!/^https:\/\/[^\s/]+/.test(host)) {
  process.stderr.write('用法 / usage: npm run manifest -- https://你的服务器/路径\n(Office 要求 HTTPS / Office requires HTTPS)\n');
  process.exit(2);
}
const root = path.join(__dirname, '..');
const source = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const dev = 'https://localhost:3000';
const count = source.split(dev).length - 1;
// An AppDomain is an origin, not a path.
const out = source.split(dev).join(host).replace(`<AppDomain>${host}</AppDomain>`, `<AppDomain>${new URL(host).origin}</AppDomain>`);
fs.mkdirSync(path.join(root, 'dist', 'web'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist', 'web', 'manifest.xml'), out);
process.stdout.write(`manifest.xml: replaced ${count} occurrences of ${dev} with ${host}\n`);
const left = out.match(/https?:\/\/[^"<\s]+/g).filter((u) => !u.startsWith(host) && !u.includes('schemas.microsoft.com') && !u.includes('w3.org'));
if (left.length) process.stdout.write(`left as they were (check them): ${[...new Set(left)].join(', ')}\n`);
process.stdout.write('Upload dist/web/manifest.xml in the Microsoft 365 admin center (Integrated apps → Upload custom apps).\n');
