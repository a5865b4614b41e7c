#!/usr/bin/env node
// The command line is one bundled file (dist/fenjie.js, scripts/build-cli.js). Compiling it is a third of a
// short command's time, so V8's compiled code is kept beside it and reused while the bundle and Node stay the
// same. V8 refuses a cache made by another Node, but knows a source only by its length: the cache's name
// carries the bundle's size and time, and the build removes old caches.
'use strict';
const { readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const file = join(__dirname, '..', 'dist', 'fenjie.js');
const built = statSync(file);
const cacheFile = `${file}.${built.size}-${Math.floor(built.mtimeMs)}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // None yet: this run makes it.
}
const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
// The code a command compiled is kept for the next: the cache is written again after the first run of each
// command (taskbooks, collect, …), so it grows to cover what is used, once; the commands it covers are listed
// beside it.
const command = /^[a-z]+$/.test(process.argv[2] ?? '') ? process.argv[2] : '-';
const listFile = `${cacheFile}.commands`;
const stale = cachedData === undefined || script.cachedDataRejected;
let covered = [];
if (!stale)
  try {
    covered = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
  } catch {
    // A cache without its list: this command adds to it.
  }
if (stale || !covered.includes(command))
  process.once('exit', () => {
    // Through a rename, so that a command starting meanwhile reads a whole cache or none. A folder this user
    // cannot write to only means no cache.
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
      writeFileSync(listFile, [...covered, command].join('\n'));
    } catch {
      // Without a cache the command line is as fast as before, no slower.
      rmSync(temporary, { force: true });
    }
  });

const bundle = new Module(file, module);
bundle.filename = file;
bundle.paths = Module._nodeModulePaths(dirname(file));
const require_ = (id) => bundle.require(id);
require_.resolve = (request) => Module._resolveFilename(request, bundle);
require_.main = bundle;
require_.cache = Module._cache;
script.runInThisContext()(bundle.exports, require_, bundle, file, dirname(file));
