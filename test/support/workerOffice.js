// Run in each jest worker before its test files: names the worker's LibreOffice (a pipe and a kept profile),
// which test/support/office.py starts on first use and every later conversion or edit reuses. Ended by
// globalTeardown.js, which finds the instances under the run's folder.
const { mkdirSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const run = process.env.FENJIE_TEST_RUN ?? `solo-${process.pid}`;
const worker = process.env.JEST_WORKER_ID ?? '1';
const profile = join(tmpdir(), `fenjie-lo-${run}`, `worker-${worker}`);
mkdirSync(profile, { recursive: true });
process.env.FENJIE_LO_PROFILE = profile;
process.env.FENJIE_LO_PIPE = `fenjie_${run}_${worker}`.replace(/[^A-Za-z0-9_]/g, '_');
