// `npm run demo`: the planner's day on the built-in templates, into demo-output/.
'use strict';
const { execFileSync } = require('child_process');
const { mkdirSync, rmSync } = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
// FENJIE_DEMO_OUT: another folder (the schema test runs the demo into a temporary one).
const out = path.resolve(process.env.FENJIE_DEMO_OUT || path.join(root, 'demo-output'));
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
// Six units type their 1—3月 figures into the 完成情况 sheet and send the workbook back; 攸县 sends it back
// empty; the other three send nothing. Then: a verdict per file, the 汇总 and the 通报.
const lastYear = { 高新区: 26, 芦淞区: 15 };
const typed = {
  高新区: [
    [10, 25, 31],
    [0, 1, 1],
    [0, 0, 1],
  ],
  芦淞区: [
    [5, 9, 14],
    [0, 0, 1],
    [0, 0, 0],
  ],
  石峰区: [
    [4, 9, 15],
    [0, 0, 0],
    [0, 1, 1],
  ],
  荷塘区: [
    [3, 7, 10],
    [0, 0, 0],
    [0, 0, 1],
  ],
  云龙示范区: [
    [6, 12, 20],
    [0, 1, 1],
    [0, 0, 1],
  ],
  醴陵市: [
    [8, 18, 26],
    [0, 0, 1],
    [0, 1, 1],
  ],
  攸县: [],
};
const returned = path.join(out, '报送');
mkdirSync(returned, { recursive: true });
// Typed where the sheet's labels say, as a person would: the 1月 rows of each target, the cell beside 填报日期.
const typeInto = async (unit, blocks) => {
  const ExcelJS = require('exceljs');
  const { fill, messages } = require('../dist/locales');
  const words = messages('zh-CN').report;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(out, '任务书', `${unit}-工作目标分解任务书.xlsx`));
  const sheet = wb.getWorksheet(words.sheet);
  const firstMonths = [];
  // The cell to the right of each label: 填报人, 联系电话, 填报日期.
  const beside = {};
  sheet.eachRow((row, r) => {
    if (row.getCell(1).value === fill(words.month, { m: 1 })) firstMonths.push(r);
    row.eachCell((cell, c) => {
      if ([words.person, words.phone, words.date].includes(cell.value))
        beside[cell.value] = sheet.getCell(r, c + 1);
    });
  });
  blocks.forEach((months, k) => months.forEach((v, m) => (sheet.getCell(firstMonths[k] + m, 2).value = v)));
  // Two units also know last year's 1—3月 (上年同期累计), so the 汇总 and the 通报 show their 同比.
  if (lastYear[unit]) sheet.getCell(firstMonths[0] + 2, 3).value = lastYear[unit];
  if (blocks.length > 0) {
    beside[words.person].value = '张敏';
    beside[words.phone].value = '0731-28680000';
    beside[words.date].value = '2018-04-05';
  }
  const file = path.join(returned, `${unit}-完成情况.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
};

(async () => {
  const files = [];
  for (const [unit, blocks] of Object.entries(typed)) files.push(await typeInto(unit, blocks));
  fenjie(
    'collect',
    xs,
    ...files,
    '-o',
    path.join(out, '汇总.xlsx'),
    '--bulletin',
    path.join(out, '通报.docx'),
    '--date',
    '2018-04-10',
  );
  // The 考核: the 考核办法 written into the plan workbook (defaults to edit), then every unit scored from the
  // 汇总 into a 考核 workbook of formulas, and the 考核结果通报.
  fenjie('assess', xs, '--init');
  fenjie(
    'assess',
    xs,
    path.join(out, '汇总.xlsx'),
    '-o',
    path.join(out, '考核.xlsx'),
    '--bulletin',
    path.join(out, '考核结果通报.docx'),
    '--date',
    '2018-04-12',
  );
  // Three levels on one indicator: 湖南省 → 株洲市 → 醴陵市 and its towns. Each level makes its plan from the
  // 任务书 it received (fenjie new --from), spreads and issues; the towns report 1—3月, 醴陵市 collects and
  // reports upward into its own 任务书 (fenjie report), 株洲市 collects that with 芦淞区's and reports to the
  // province, which collects it.
  const chain = path.join(out, '三级');
  for (const folder of ['县报送', '市报送']) mkdirSync(path.join(chain, folder), { recursive: true });
  const at = (...p) => path.join(chain, ...p);
  const book = (folder, unit) => at(folder, `${unit}-工作目标分解任务书.xlsx`);
  fenjie(
    'new',
    'custom',
    '--units',
    '长沙市,株洲市,湘潭市,衡阳市,邵阳市,岳阳市,常德市,张家界市,益阳市,郴州市,永州市,怀化市,娄底市,湘西土家族苗族自治州',
    '--indicators',
    '回归到位资金:亿元',
    '--years',
    '2018',
    '--title',
    '湖南省湘商回归目标任务分解（2018年）',
    '--issuer',
    '湖南省人民政府',
    '-o',
    at('湖南省.xlsx'),
  );
  fenjie('spread', at('湖南省.xlsx'), '--indicator', '回归到位资金', '--total', '1400', '--method', 'even');
  fenjie('taskbooks', at('湖南省.xlsx'), '-o', at('省任务书'), '--year', '2018');
  fenjie('new', '--from', book('省任务书', '株洲市'), '--city', '株洲市', '-o', at('株洲市.xlsx'));
  fenjie(
    'spread',
    at('株洲市.xlsx'),
    '--indicator',
    '回归到位资金',
    '--method',
    'weights',
    '--weights',
    '荷塘区=10,芦淞区=10,石峰区=10,天元区=10,株洲县=10,攸县=10,茶陵县=10,炎陵县=10,醴陵市=20',
    '--others',
    '0',
  );
  fenjie('taskbooks', at('株洲市.xlsx'), '-o', at('市任务书'), '--year', '2018');
  fenjie(
    'new',
    '--from',
    book('市任务书', '醴陵市'),
    '--units',
    '来龙门街道,孙家湾镇,浦口镇',
    '-o',
    at('醴陵市.xlsx'),
  );
  fenjie('spread', at('醴陵市.xlsx'), '--indicator', '回归到位资金', '--method', 'even');
  fenjie('taskbooks', at('醴陵市.xlsx'), '-o', at('县任务书'), '--year', '2018');
  const report = async (from, to, months, date) => {
    const ExcelJS = require('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(from);
    const sheet = wb.getWorksheet('完成情况');
    months.forEach((v, m) => (sheet.getCell(`B${8 + m}`).value = v));
    sheet.getCell('B4').value = date;
    sheet.getCell('D3').value = '刘洋';
    sheet.getCell('F3').value = '0799-23456789';
    mkdirSync(path.dirname(to), { recursive: true });
    await wb.xlsx.writeFile(to);
  };
  await report(book('县任务书', '来龙门街道'), at('镇报送', '来龙门街道.xlsx'), [0.5, 1.25, 2], '2018-04-03');
  await report(book('县任务书', '孙家湾镇'), at('镇报送', '孙家湾镇.xlsx'), [1, 2, 3.5], '2018-04-02');
  await report(book('县任务书', '浦口镇'), at('镇报送', '浦口镇.xlsx'), [0, 1, 1.5], '2018-04-04');
  fenjie('collect', at('醴陵市.xlsx'), at('镇报送'), '-o', at('醴陵市汇总.xlsx'));
  fenjie(
    'report',
    at('醴陵市.xlsx'),
    at('醴陵市汇总.xlsx'),
    '--into',
    book('市任务书', '醴陵市'),
    '-o',
    at('县报送', '醴陵市.xlsx'),
    '--person',
    '周敏',
    '--phone',
    '0731-23210000',
    '--date',
    '2018-04-05',
  );
  await report(book('市任务书', '芦淞区'), at('县报送', '芦淞区.xlsx'), [2, 4, 6], '2018-04-05');
  fenjie('collect', at('株洲市.xlsx'), at('县报送'), '-o', at('株洲市汇总.xlsx'));
  fenjie(
    'report',
    at('株洲市.xlsx'),
    at('株洲市汇总.xlsx'),
    '--into',
    book('省任务书', '株洲市'),
    '-o',
    at('市报送', '株洲市.xlsx'),
    '--person',
    '陈晨',
    '--phone',
    '0731-28680000',
    '--date',
    '2018-04-07',
  );
  fenjie('collect', at('湖南省.xlsx'), at('市报送'), '-o', at('湖南省汇总.xlsx'));
  // 微调 after issuing: 株洲市 moves 10亿元 from 茶陵县 and 炎陵县 to 醴陵市. Only those three get a 调整任务书;
  // 醴陵市 takes its new 下达目标 (--update), spreads it to its towns and re-issues to them. The towns' 1—3月
  // stand: collected again, each with a 提示 naming the target that changed.
  fenjie(
    'spread',
    at('株洲市.xlsx'),
    '--indicator',
    '回归到位资金',
    '--method',
    'weights',
    '--weights',
    '荷塘区=10,芦淞区=10,石峰区=10,天元区=10,株洲县=10,攸县=10,茶陵县=5,炎陵县=5,醴陵市=30',
    '--others',
    '0',
  );
  fenjie('taskbooks', at('株洲市.xlsx'), '-o', at('市调整任务书'), '--year', '2018', '--changed');
  fenjie(
    'new',
    '--from',
    at('市调整任务书', '醴陵市-工作目标分解任务书（第2版调整）.xlsx'),
    '--update',
    at('醴陵市.xlsx'),
  );
  fenjie('spread', at('醴陵市.xlsx'), '--indicator', '回归到位资金', '--method', 'even');
  fenjie('taskbooks', at('醴陵市.xlsx'), '-o', at('县调整任务书'), '--year', '2018', '--changed');
  fenjie('collect', at('醴陵市.xlsx'), at('镇报送'), '-o', at('醴陵市汇总.xlsx'));
  // The 重点任务 table: a 任务书 per responsible department.
  fenjie('taskbooks', path.join(out, 'zz-tasks-2017.xlsx'), '-o', path.join(out, '部门任务书'));
  // The 开发区 table's own 2020 figures against its stated growth rates (the source rounded its factors).
  fenjie('validate', path.join(out, 'zz-devzones-2016-2020.xlsx'));
  const { fill, messages } = require('../dist/locales');
  const { scriptLocale } = require('../dist/cli/lang');
  const t = messages(scriptLocale(process.env.FENJIE_LANG)).tools;
  process.stdout.write(`\n${fill(t.demoDone, { path: out })}\n`);
})().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
