#!/usr/bin/env node
// The npm registry this project is developed against serves only the Linux builds of packages that ship
// one native binary per platform, so `npm install` here writes a package-lock.json without the other
// platforms' optional packages, and `npm ci` then refuses it as out of step with package.json.
// This puts the missing optional entries back (version, os, cpu, libc: what `npm ci` checks), so the lock
// works with `npm ci` on every platform. Run it after any `npm install` that rewrote the lock:
//   npm install && node scripts/complete-lock.js && npm ci
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const lockPath = join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const cpus = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'wasm32'];
const systems = ['android', 'darwin', 'freebsd', 'linux', 'openharmony', 'win32', 'wasi'];

/** @unrs/resolver-binding-linux-arm-musleabihf → { os: linux, cpu: arm, libc: musl } */
const platformOf = (name) => {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => systems.includes(p));
  const cpu = parts.find((p) => cpus.includes(p));
  const tail = parts.slice(parts.indexOf(cpu) + 1).join('-');
  const libc = os === 'linux' ? (/musl/.test(tail) ? 'musl' : 'glibc') : undefined;
  return { os, cpu, libc };
};

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = `${path.replace(/^$/, '')}${path ? '/' : ''}node_modules/${dep}`.replace(/^\//, '');
    const hoisted = `node_modules/${dep}`;
    if (packages[at] || packages[hoisted]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os || !cpu) continue; // not a per-platform build: leave it to npm
    packages[hoisted] = {
      version,
      cpu: [cpu],
      ...(entry.dev ? { dev: true } : {}),
      ...(libc ? { libc: [libc] } : {}),
      optional: true,
      os: [os],
    };
    added += 1;
  }
}

// In npm's own order (a locale comparison in English, as npm writes the lock), so a later `npm install`
// leaves the file as it is and the README's commands leave a clean work tree.
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`complete-lock: ${added} optional platform packages added to package-lock.json\n`);
