// `npm run manifest -- https://fenjie.example.gov.cn/addin [out.xml]`: writes dist/web/manifest.xml (or out.xml)
// for a bureau's own HTTPS host (centralized deployment), and says what it replaced and what it left alone.
'use strict';
const fs = require('fs');
const path = require('path');

const say = (zh, en) => process.stdout.write(`${zh}\n${en}\n`);
const refuse = (zh, en) => {
  process.stderr.write(`${zh}\n${en}\n`);
  process.exit(2);
};

const given = process.argv[2] || '';
const usage = '用法：npm run manifest -- https://服务器域名/路径';
if (!given) refuse(`${usage}`, 'usage: npm run manifest -- https://your-server/path');
let url;
try {
  url = new URL(given);
} catch {
  refuse(`“${given}”不是网址。${usage}`, `"${given}" is not a URL. usage: npm run manifest -- https://your-server/path`);
}
if (url.protocol !== 'https:') {
  refuse(
    `“${given}”不是 HTTPS 网址：Office 只加载 HTTPS 上的加载项。请写 https://…`,
    `"${given}" is not an HTTPS URL: Office loads add-ins only over HTTPS. Write https://…`,
  );
}
if (url.search || url.hash) {
  refuse(`“${given}”带有查询或锚点（? 或 #）：请只写服务器和路径。`, `"${given}" has a query or fragment: give only the host and path.`);
}
const host = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
// A Chinese domain name goes into the manifest as Punycode (xn--…), the form every URL in it must take.
if (url.hostname.startsWith('xn--') && !given.includes('xn--'))
  say(`中文域名在清单中写作 ${url.hostname}。`, `The Chinese domain name is written ${url.hostname} in the manifest.`);

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

fs.mkdirSync(path.dirname(target), { recursive: true });
const temporary = `${target}.${process.pid}.tmp`;
fs.writeFileSync(temporary, out);
fs.renameSync(temporary, target);

say(`已把 ${count} 处 ${dev} 换成 ${host}，写入 ${target}。`, `Replaced ${count} occurrences of ${dev} with ${host} in ${target}.`);
const left = [...new Set(out.match(/https?:\/\/[^"<\s]+/g) || [])].filter(
  (u) => !u.startsWith(host) && !u.startsWith(url.origin) && !/schemas\.microsoft\.com|w3\.org/.test(u),
);
if (left.length) say(`未改动（请核对）：${left.join('，')}`, `Left as they were (check them): ${left.join(', ')}`);
say(
  '请在 Microsoft 365 管理中心上传该文件（设置 → 集成应用 → 上传自定义应用）。',
  'Upload it in the Microsoft 365 admin center (Settings → Integrated apps → Upload custom apps).',
);
