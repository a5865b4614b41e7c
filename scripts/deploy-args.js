// The arguments of `npm run deploy`: the address, and --out with its folder (anywhere on the line).
'use strict';
const path = require('path');

const deployArgs = (args, fallbackOut) => {
  const rest = [...args];
  const at = rest.indexOf('--out');
  let out = fallbackOut;
  if (at >= 0) {
    out = rest[at + 1] || '';
    rest.splice(at, 2);
  }
  return { given: rest[0] || '', out: out ? path.resolve(out) : '' };
};

/** An index.json an earlier deploy wrote: its host, version and files. */
const isDeployIndex = (index) =>
  !!index &&
  typeof index === 'object' &&
  typeof index.host === 'string' &&
  typeof index.version === 'string' &&
  !!index.files &&
  typeof index.files === 'object';

module.exports = { deployArgs, isDeployIndex };
