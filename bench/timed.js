// Whole-process timing for the benches: wall time and peak memory of one command (GNU time), and a median.
'use strict';
const { spawnSync } = require('child_process');

const timed = (cmd, args) => {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], {
    encoding: 'utf8',
    env: { ...process.env, FENJIE_LANG: 'zh-CN' },
  });
  const [seconds, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd}: ${r.stderr}`);
  return { ms: seconds * 1000, mb: kb / 1024 };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

module.exports = { timed, median };
