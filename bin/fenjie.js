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
if (cachedData === undefined || script.cachedDataRejected)
  process.once('exit', () => {
    // Through a rename, so that a command starting meanwhile reads a whole cache or none. A folder this user
    // cannot write to only means no cache.
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
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
