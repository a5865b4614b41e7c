// One-off: reads the task table of seeds/000 and prints it as TypeScript data for
// src/core/templates/zzTasks2017.ts, restoring the text damage listed in seeds/README.md.
// Kept so the data can be re-derived and checked; the product never reads the seeds.
'use strict';
const fs = require('fs');
const path = require('path');
const seed = fs.readFileSync(path.join(__dirname, '../sources/seeds/000_42d44739da49eb51.txt'), 'utf8');
const lines = seed
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '');
const start = lines.indexOf('完成时限') + 1;
const end = lines.findIndex((l, i) => i > start && l.startsWith('株洲市“对接500强'));
const deadlines = { 20186: '2018年6月', 201712: '2017年12月', 201812: '2018年12月', 202012: '2020年12月' };
const clean = (s) =>
  s.replace(/\s+/g, (m, off, str) => {
    const before = str[off - 1] || '';
    const after = str[off + m.length] || '';
    return /[\x21-\x7e]/.test(before) && /[\x21-\x7e]/.test(after) ? ' ' : '';
  });
// The extraction folded full-width punctuation to half-width; Chinese text takes ，：；（） (GB/T 15834).
const FULL = { ',': '\uFF0C', ':': '\uFF1A', ';': '\uFF1B', '(': '\uFF08', ')': '\uFF09' };
const fullWidth = (s) =>
  s.replace(/[,:;()]/g, (c, off) =>
    /\d/.test(s[off - 1] || '') && /\d/.test(s[off + 1] || '') && c !== ',' ? c : FULL[c],
  );
// Task 38's 责任单位 lost its last character (各县市区人民政府负): every other row reads 负责.
const restore = (s) => s.replace(/人民政府负$/, '人民政府负责');
const tasks = [];
let section = '';
for (let i = start; i < end;) {
  const l = lines[i];
  if (/^[一二三四五六七八]、/.test(l)) {
    section = l;
    i += 1;
    continue;
  }
  if (/^\d+$/.test(l)) {
    const [text, resp, due] = [lines[i + 1], lines[i + 2], lines[i + 3]];
    tasks.push({
      n: Number(l),
      section,
      text: fullWidth(clean(text)),
      responsible: fullWidth(restore(clean(resp))),
      deadline: deadlines[due] || due,
    });
    i += 4;
    continue;
  }
  throw new Error(`unexpected line ${i}: ${l}`);
}
if (tasks.length !== 88 || tasks.some((t, k) => t.n !== k + 1)) throw new Error(`got ${tasks.length} tasks`);
const out = tasks.map(
  (t) =>
    `  [${JSON.stringify(t.section)}, ${JSON.stringify(t.text)}, ${JSON.stringify(t.responsible)}, ${JSON.stringify(t.deadline)}],`,
);
process.stdout.write(out.join('\n') + '\n');
const counts = {};
for (const t of tasks) counts[t.deadline] = (counts[t.deadline] || 0) + 1;
process.stderr.write(JSON.stringify(counts) + '\n');
