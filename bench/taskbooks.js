// `npm run bench:taskbooks`: writing every unit's 任务书 workbook, whole process to whole process, against two
// openpyxl scripts (Debian's python3-openpyxl): one that writes comparable workbooks (styles, validation,
// protection: bench/taskbooks_openpyxl.py) and the plainest one that does the job (values only:
// bench/taskbooks_plain.py), for the 10 湘商 units and Hunan's 122 counties × 3 indicators × 4 years.
// Paired: each round runs the three one after another, so a busy moment of the machine slows all of them;
// printed are the medians and the median of the rounds' ratios. The goal: at least 2× the plain script.
// Then the start-up alone: `fenjie --version` against Python starting and importing openpyxl.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const { mkdtempSync, writeFileSync, rmSync } = require('fs');
const { tmpdir } = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const fenjie = path.join(root, 'bin', 'fenjie.js');
const { createFromTemplate, hunanCities, createCustomPlan } = require(path.join(root, 'dist', 'core'));
const dir = mkdtempSync(path.join(tmpdir(), 'fenjie-bench-'));
const run = (cmd, args) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, FENJIE_LANG: 'zh-CN' },
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0).padStart(5)} ms`;
const ROUNDS = 7;

/** The plan workbook and the same plan as JSON for the Python script. */
const setUp = (name, newArgs, spreadArgs) => {
  const file = path.join(dir, `${name}.xlsx`);
  execFileSync(process.execPath, [fenjie, 'new', ...newArgs, '-o', file]);
  if (spreadArgs) execFileSync(process.execPath, [fenjie, 'spread', file, ...spreadArgs]);
  return file;
};

const cases = [
  {
    name: '湘商 10 units',
    file: setUp('xiangshang', ['zz-xiangshang-2017-2020']),
    plan: createFromTemplate('zz-xiangshang-2017-2020', 'p'),
  },
  (() => {
    const units = hunanCities.flatMap((c) => c.divisions);
    const plan = createCustomPlan(
      {
        units,
        indicators: [
          { name: '回归到位资金', measure: '亿元' },
          { name: '新引进项目', measure: '个' },
          { name: '实际到位资金', measure: '亿元' },
        ],
        years: ['2017', '2018', '2019', '2020'],
      },
      'p',
    );
    return {
      name: `Hunan ${units.length} counties`,
      file: setUp('hunan', [
        'custom',
        '--units',
        units.join(','),
        '--indicators',
        '回归到位资金:亿元,新引进项目:个,实际到位资金:亿元',
        '--years',
        '2017,2018,2019,2020',
      ]),
      plan,
    };
  })(),
];

for (const c of cases) {
  const targets = c.plan.units.map((_, k) => [10 + (k % 7), 1 + (k % 3), 5 + (k % 5)]);
  const json = path.join(dir, `${c.name}.json`);
  writeFileSync(
    json,
    JSON.stringify({
      title: c.plan.title,
      units: c.plan.units.map((u) => u.name),
      targets,
      totals: [0, 1, 2].map((j) => targets.reduce((a, t) => a + t[j], 0)),
      indicators: [
        ['回归到位资金', '亿元'],
        ['新引进项目', '个'],
        ['实际到位资金', '亿元'],
      ],
    }),
  );
  const ours = [];
  const styled = [];
  const plain = [];
  for (let k = 0; k < ROUNDS; k++) {
    const out = path.join(dir, `out-${k}`);
    ours.push(run(process.execPath, [fenjie, 'taskbooks', c.file, '-o', out, '--year', '2018', '--force']));
    styled.push(
      run('/usr/bin/python3', [path.join(__dirname, 'taskbooks_openpyxl.py'), json, path.join(dir, `py-${k}`)]),
    );
    plain.push(
      run('/usr/bin/python3', [path.join(__dirname, 'taskbooks_plain.py'), json, path.join(dir, `plain-${k}`)]),
    );
  }
  const paired = (theirs) => median(theirs.map((t, k) => t / ours[k])).toFixed(2);
  process.stdout.write(
    `${c.name.padEnd(20)} fenjie taskbooks ${ms(median(ours))}   openpyxl styled ${ms(median(styled))} (${paired(styled)}×)   openpyxl plain ${ms(median(plain))} (${paired(plain)}×)\n`,
  );
}

// Start-up: what every short command pays before any work.
const version = [];
const python = [];
for (let k = 0; k < ROUNDS; k++) {
  version.push(run(process.execPath, [fenjie, '--version']));
  python.push(run('/usr/bin/python3', ['-c', 'import openpyxl']));
}
process.stdout.write(
  `${'start-up'.padEnd(20)} fenjie --version ${ms(median(version))}   python3 + import openpyxl ${ms(median(python))} (${median(python.map((t, k) => t / version[k])).toFixed(2)}×)\n`,
);
rmSync(dir, { recursive: true, force: true });
