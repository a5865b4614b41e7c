// `npm run bench:primitives`: the hand-written SHA-256 and zip writer against the maintained libraries the
// project could use instead (@noble/hashes, fflate), on the work the product does with them: the targets
// hash of 122 units, and the parts of 122 任务书 workbooks. Prints the median of 7 runs of each.
'use strict';
const path = require('path');
const { deflateRawSync } = require('zlib');
const root = path.join(__dirname, '..');
// The hand-written SHA-256 the project used until it measured this (kept here only as the comparison).
const { sha256: ours } = require('./sha256_handwritten');
const { zipEntry, zipFile, portable } = require(path.join(root, 'dist', 'xlsx', 'fast', 'zip'));
const { nodeCompressor } = require(path.join(root, 'dist', 'cli', 'compressor'));
const { sha256: noble } = require('@noble/hashes/sha256');
const { bytesToHex, utf8ToBytes } = require('@noble/hashes/utils');
const fflate = require('fflate');
const { createCustomPlan, hunanCities } = require(path.join(root, 'dist', 'core'));
const { messages } = require(path.join(root, 'dist', 'locales'));
const { unitWorkbookLayouts } = require(path.join(root, 'dist', 'xlsx', 'unitLayouts'));

const median = (f) => {
  const times = [];
  for (let k = 0; k < 7; k++) {
    const t = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[3];
};
const line = (what, a, b) =>
  process.stdout.write(
    `${what.padEnd(44)} ${a.toFixed(2).padStart(8)} ms  ${b.toFixed(2).padStart(8)} ms  (${(a / b).toFixed(2)}×)\n`,
  );

const units = hunanCities.flatMap((c) => c.divisions);
const texts = units.map((u, k) =>
  JSON.stringify([
    'plan-id',
    3,
    `u${k}`,
    2018,
    [
      ['i1_2018', 12.5 + k],
      ['i2_2018', k],
    ],
  ]),
);
for (const t of texts) if (ours(t) !== bytesToHex(noble(utf8ToBytes(t)))) throw new Error('sha256 differs');
process.stdout.write(`${''.padEnd(44)} ${'ours'.padStart(11)}  ${'library'.padStart(11)}\n`);
line(
  'SHA-256 of 122 targets records (@noble)',
  median(() => texts.forEach(ours)),
  median(() => texts.forEach((t) => bytesToHex(noble(utf8ToBytes(t))))),
);

const plan = createCustomPlan(
  {
    units,
    indicators: [
      { name: '回归到位资金', measure: '亿元' },
      { name: '新引进项目', measure: '个' },
    ],
    years: ['2018'],
  },
  'p',
);
const m = messages('zh-CN');
const parts = [];
// The parts of every unit's workbook as the fast writer makes them (its XML), to zip both ways.
const { sheetXml, stylesXml } = require(path.join(root, 'dist', 'xlsx', 'fast', 'sheetXml'));
for (let i = 0; i < units.length; i++) {
  const layouts = unitWorkbookLayouts(plan, i, 2018, { taskbook: m.taskbook, report: m.report });
  const styles = stylesXml(layouts);
  parts.push(layouts.map((l, k) => [`xl/worksheets/sheet${k + 1}.xml`, sheetXml(l, (s) => styles.xf(l, s))]));
}
const enc = new TextEncoder();
line(
  'zip 122 workbooks of 3 sheets (fflate, level 6)',
  median(() => parts.forEach((p) => zipFile(p.map(([n, x]) => zipEntry(n, x, nodeCompressor))))),
  median(() =>
    parts.forEach((p) =>
      fflate.zipSync(Object.fromEntries(p.map(([n, x]) => [n, enc.encode(x)])), { level: 6 }),
    ),
  ),
);
line(
  'our zip, level 3: Node zlib vs fflate (pane)',
  median(() => parts.forEach((p) => zipFile(p.map(([n, x]) => zipEntry(n, x, nodeCompressor))))),
  median(() => parts.forEach((p) => zipFile(p.map(([n, x]) => zipEntry(n, x, portable))))),
);
line(
  'deflate alone (node zlib vs fflate, level 6)',
  median(() => parts.forEach((p) => p.forEach(([, x]) => deflateRawSync(Buffer.from(x), { level: 6 })))),
  median(() => parts.forEach((p) => p.forEach(([, x]) => fflate.deflateSync(enc.encode(x), { level: 6 })))),
);
