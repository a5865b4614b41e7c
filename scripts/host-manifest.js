// The manifest for a bureau's own HTTPS host: shared by `npm run manifest` and `npm run deploy`.
'use strict';
const fs = require('fs');
const path = require('path');

const DEV = 'https://localhost:3000';

/** The host a manifest may point at, or the words of why not (`notUrl`, `notHttps`, `hasQuery`, usage when empty). */
const checkHost = (given) => {
  if (!given) return { refused: '' };
  let url;
  try {
    url = new URL(given);
  } catch {
    return { refused: 'notUrl' };
  }
  if (url.protocol !== 'https:') return { refused: 'notHttps' };
  if (url.search || url.hash) return { refused: 'hasQuery' };
  return { url, host: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
};

/** package.json's 0.1.0 as the manifest's four-part 0.1.0.0. */
const manifestVersion = (version) => {
  const parts = String(version)
    .split(/[.+-]/)
    .filter((p) => /^\d+$/.test(p))
    .slice(0, 4);
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
};

/**
 * manifest.xml with every dev address replaced by the host (its AppDomain the origin), and, when given, the
 * version. `count`: the addresses replaced; `left`: other URLs in it, for the admin to check.
 */
const manifestFor = (url, host, version) => {
  const source = fs.readFileSync(path.join(__dirname, '..', 'manifest.xml'), 'utf8');
  const count = source.split(DEV).length - 1;
  let xml = source
    .split(DEV)
    .join(host)
    .replace(`<AppDomain>${host}</AppDomain>`, `<AppDomain>${url.origin}</AppDomain>`);
  if (version)
    xml = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  const left = [...new Set(xml.match(/https?:\/\/[^"<\s]+/g) || [])].filter(
    (u) => !u.startsWith(host) && !u.startsWith(url.origin) && !/schemas\.microsoft\.com|w3\.org/.test(u),
  );
  return { xml, count, left, dev: DEV };
};

module.exports = { checkHost, manifestFor, manifestVersion };
