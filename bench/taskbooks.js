// `npm run bench:taskbooks`: writing every unit's 任务书 workbook, whole process to whole process, against two
// openpyxl scripts (Debian's python3-openpyxl): one that writes comparable workbooks (styles, validation,
// protection: bench/taskbooks_openpyxl.py) and the plainest one that does the job (values only:
// bench/taskbooks_plain.py). Prints the median of 5 runs of each and the ratios, measured in one run, for the
// 10 湘商 units and Hunan's 122 counties. The goal: at least 2× the plain script.
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
        years: ['2018'],
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
        '2018',
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
  for (let k = 0; k < 5; k++) {
    const out = path.join(dir, `out-${k}`);
    ours.push(run(process.execPath, [fenjie, 'taskbooks', c.file, '-o', out, '--year', '2018', '--force']));
    styled.push(
      run('/usr/bin/python3', [
        path.join(__dirname, 'taskbooks_openpyxl.py'),
        json,
        path.join(dir, `py-${k}`),
      ]),
    );
    plain.push(
      run('/usr/bin/python3', [
        path.join(__dirname, 'taskbooks_plain.py'),
        json,
        path.join(dir, `plain-${k}`),
      ]),
    );
  }
  const a = median(ours);
  const b = median(styled);
  const p = median(plain);
  const ms = (x) => `${x.toFixed(0).padStart(5)} ms`;
  process.stdout.write(
    `${c.name.padEnd(20)} fenjie taskbooks ${ms(a)}   openpyxl styled ${ms(b)} (${(b / a).toFixed(2)}×)   openpyxl plain ${ms(p)} (${(p / a).toFixed(2)}×)\n`,
  );
}
rmSync(dir, { recursive: true, force: true });
