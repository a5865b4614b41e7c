// `npm run demo`: the planner's day on the built-in templates, into demo-output/.
'use strict';
const { execFileSync } = require('child_process');
const { mkdirSync, rmSync } = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const out = path.join(root, 'demo-output');
const fenjie = (...args) => {
  process.stdout.write(`\n$ fenjie ${args.join(' ')}\n`);
  try {
    execFileSync(process.execPath, [path.join(root, 'bin', 'fenjie.js'), ...args], { stdio: 'inherit' });
  } catch (e) {
    if (e.status === 1) return; // exit 1: the command found issues and said so
    throw e;
  }
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
fenjie('templates');
const ids = [
  'zz-tasks-2017',
  'hn-bonded-zones-2017',
  'zz-devzones-2016-2020',
  'zz-xiangshang-2017-2020',
  'zz-top500-2017-2020',
  'cz-investment-2017-2018',
  'cz-structural-2017-2018',
];
for (const id of ids) fenjie('new', id, '-o', path.join(out, `${id}.xlsx`));
fenjie(
  'new',
  'custom',
  '--city',
  '长沙市',
  '--indicators',
  '实际到位资金:亿元,新引进项目:个',
  '--years',
  '2018,2019,2020',
  '--title',
  '长沙市招商引资目标分解（2018—2020年）',
  '-o',
  path.join(out, 'custom-changsha.xlsx'),
);
// The 湘商 target goes from 500 to 600亿元, 高新区 held at 80: spread, check, and the undo kept in the file.
const xs = path.join(out, 'zz-xiangshang-2017-2020-600.xlsx');
fenjie('new', 'zz-xiangshang-2017-2020', '-o', xs);
fenjie('spread', xs, '--indicator', '回归到位资金', '--total', '600', '--lock', '高新区');
fenjie('validate', xs);
// Each unit's 任务书 to send out, and the same 任务书 as sheets of the plan workbook, linked to its figures.
fenjie('taskbooks', xs, '-o', path.join(out, '任务书'), '--year', '2018');
fenjie('taskbooks', xs, '--in-place');
// The units' workbooks come back (here untouched, so each is returned as empty): verdicts, 汇总 and 通报.
fenjie(
  'collect',
  xs,
  ...require('fs')
    .readdirSync(path.join(out, '任务书'))
    .filter((f) => f.endsWith('-工作目标分解任务书.xlsx'))
    .map((f) => path.join(out, '任务书', f)),
  '-o',
  path.join(out, '汇总.xlsx'),
);
// The 重点任务 table: a 任务书 per responsible department.
fenjie('taskbooks', path.join(out, 'zz-tasks-2017.xlsx'), '-o', path.join(out, '部门任务书'));
// The 开发区 table's own 2020 figures against its stated growth rates (the source rounded its factors).
fenjie('validate', path.join(out, 'zz-devzones-2016-2020.xlsx'));
process.stdout.write(`\n目标分解 demo: workbooks in ${out}\n`);
