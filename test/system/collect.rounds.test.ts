/**
 * A month's round of reports as a planner collects it, with the slips clerks make, filled in by LibreOffice
 * itself (UNO), and the 全市 figures and the names the 汇总 and the 通报 then carry.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fenjieIn } from '../support/fenjie';
import { tempDir } from '../support/tmp';

const root = join(__dirname, '..', '..');
const fenjie = fenjieIn;

/** 1—N月累计 of the three 湘商 targets start at rows 8, 23 and 38 of 完成情况. */
const typed = (blocks: number[][], date = '2018-04-05') => [
  ...blocks.flatMap((months, k) =>
    months.map((v, m) => ({ op: 'set', sheet: '完成情况', cell: `B${8 + 15 * k + m}`, value: v })),
  ),
  { op: 'set', sheet: '完成情况', cell: 'B4', value: date },
  { op: 'set', sheet: '完成情况', cell: 'D3', value: '张三' },
  { op: 'set', sheet: '完成情况', cell: 'F3', value: '0731-1234567' },
];

let dir: string;
const issued = (unit: string) => join(dir, '任务书', `${unit}-工作目标分解任务书.xlsx`);
const fill = (
  unit: string,
  blocks: number[][],
  out = join(dir, '报送', `${unit}.xlsx`),
  date = '2018-04-05',
) =>
  execFileSync(
    '/usr/bin/python3',
    [
      join(__dirname, '..', 'support', 'edit_workbook.py'),
      'uno',
      issued(unit),
      out,
      JSON.stringify(typed(blocks, date)),
    ],
    { stdio: 'pipe' },
  );

interface Verdicts {
  round: { year: number; month: number };
  files: {
    file: string;
    unit?: string;
    verdict: string;
    month: number;
    issues: { code: string; cell?: string; message: string }[];
  }[];
  late: { name: string; month: number }[];
  overdue: { name: string; filed: string; due: string }[];
  notReported: string[];
  skipped: string[];
}

const sheetText = async (file: string, sheet: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.getWorksheet(sheet)!.eachRow((row) =>
    row.eachCell((c) => out.push(String(c.value ?? '').replace(/\n/g, ''))),
  );
  return out;
};

beforeAll(() => {
  dir = tempDir('rounds');
  expect(fenjie(dir, 'new', 'zz-xiangshang-2017-2020', '-o', '湘商.xlsx').status).toBe(0);
  expect(fenjie(dir, 'taskbooks', '湘商.xlsx', '-o', '任务书', '--year', '2018').status).toBe(0);
  mkdirSync(join(dir, '报送'));
  // Five units report 1—3月; 攸县 sends its 1—2月 file again; 醴陵市's clerk also typed April.
  fill('高新区', [
    [10, 20, 30],
    [0, 1, 1],
    [0, 0, 1],
  ]);
  fill('芦淞区', [
    [2, 4, 6],
    [0, 0, 1],
    [0, 0, 0],
  ]);
  fill('石峰区', [
    [1, 2, 3],
    [0, 0, 0],
    [0, 1, 1],
  ]);
  // 荷塘区 files on 4月8日, after the 报送日 (每月5日前报送).
  fill(
    '荷塘区',
    [
      [1, 2, 4],
      [0, 0, 0],
      [0, 0, 1],
    ],
    undefined,
    '2018-04-08',
  );
  fill('攸县', [
    [3, 8],
    [0, 1],
    [0, 0],
  ]);
  fill('醴陵市', [
    [2, 5, 9, 12],
    [0, 0, 1, 1],
    [0, 1, 1, 1],
  ]);
}, 300_000);

describe('one round of reports', () => {
  let v: Verdicts;
  beforeAll(() => {
    const r = fenjie(dir, 'collect', '湘商.xlsx', '报送', '-o', '汇总.xlsx', '--json');
    expect(r.status).toBe(0);
    v = JSON.parse(r.stdout) as Verdicts;
  });

  it('is the month most reports reached, not the latest month anyone typed', () => {
    expect(v.round).toMatchObject({ year: 2018, month: 3 });
  });

  it('a report that stops before the round is a note, listed as 未报至本月 and left out of the 全市 figure', async () => {
    const yx = v.files.find((f) => f.unit === '攸县')!;
    expect(yx.verdict).toBe('notes');
    expect(yx.issues.map((i) => i.message)).toContain(
      '报送至2月，本轮为1—3月：列为未报至本月，不计入本轮全市合计',
    );
    expect(v.late).toEqual([{ name: '攸县', month: 2 }]);
    expect([...v.notReported].sort()).toEqual(['云龙示范区', '株洲县', '炎陵县', '茶陵县'].sort());
    const summary = await sheetText(join(dir, '汇总.xlsx'), '汇总');
    expect(summary).toContain('攸县（截至2月）');
    expect(summary).toContain('未报至本月：攸县（截至2月）。');
    // 全市 1—3月: 30 + 6 + 3 + 4 + 9 (醴陵市 at March); 攸县's 8 is not in it.
    const bulletin = await sheetText(join(dir, '汇总.xlsx'), '通报');
    expect(bulletin.join('')).toContain('1—3月，全市回归到位资金累计完成52亿元');
    expect(bulletin).toContain('未报至本月：攸县（截至2月）。');
  });

  it('a report filed after the 报送日 is 迟报 in the 汇总 and the 通报, with both dates; its figures count', async () => {
    expect(v.overdue).toEqual([{ name: '荷塘区', filed: '2018-04-08', due: '2018-04-05' }]);
    for (const sheet of ['汇总', '通报'])
      expect(await sheetText(join(dir, '汇总.xlsx'), sheet)).toContain(
        '迟报：荷塘区（4月8日填报，报送日为4月5日）。',
      );
  });

  it('a report with a later month is taken at the round’s month, naming the cells beyond it', () => {
    const ll = v.files.find((f) => f.unit === '醴陵市')!;
    expect(ll).toMatchObject({ verdict: 'notes', month: 3 });
    const note = ll.issues.find((i) => i.code === 'report.beyondRound')!;
    expect(note.message).toBe('本轮为1—3月，B11、B26、B41 填了之后月份的数字：按3月的累计汇总');
  });

  it('collecting the same round again replaces it in 历史', async () => {
    expect(fenjie(dir, 'collect', '湘商.xlsx', '报送', '-o', '汇总.xlsx').status).toBe(0);
    const history = await sheetText(join(dir, '汇总.xlsx'), '历史');
    expect(history.filter((c) => /^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(c))).toHaveLength(1);
    // --month 2 is another round: both are kept, in month order.
    expect(fenjie(dir, 'collect', '湘商.xlsx', '报送', '--month', '2', '-o', '汇总.xlsx').status).toBe(0);
    const two = await sheetText(join(dir, '汇总.xlsx'), '历史');
    expect(two.filter((c) => /^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(c))).toHaveLength(2);
  });
});

describe('what the folder holds', () => {
  it('owner files, lock files, the 任务书 合订本 and a 汇总 among the reports are skipped with a note; the rest is read', () => {
    const folder = join(dir, '报送');
    copyFileSync(join(folder, '高新区.xlsx'), join(folder, '~$高新区.xlsx'));
    writeFileSync(join(folder, '.~lock.芦淞区.xlsx#'), 'soffice,host,2018-04-05');
    copyFileSync(join(dir, '汇总.xlsx'), join(folder, '汇总.xlsx'));
    // The 任务书 合订本 exported beside the units' workbooks, dropped in with the reports.
    copyFileSync(join(folder, '高新区.xlsx'), join(folder, '全部任务书.xlsx'));
    const r = fenjie(dir, 'collect', '湘商.xlsx', '报送');
    expect(r.stdout).toContain(
      '已跳过 全部任务书.xlsx：这是导出任务书时一并生成的合订本（供打印），不是报送。',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      '已跳过 ~$高新区.xlsx：这是 Excel、WPS 或 LibreOffice 打开工作簿时留下的临时文件，不是报送。',
    );
    expect(r.stdout).toContain('已跳过 .~lock.芦淞区.xlsx#');
    expect(r.stdout).toContain('已跳过 汇总.xlsx：这是汇总工作簿，不是报送。');
    expect(r.stdout).toContain('6个文件：');
    expect(r.stdout).toContain('未生成汇总（要生成请加 -o 汇总.xlsx）。');
    expect(readdirSync(folder).sort()).toContain('汇总.xlsx');
  });

  it('when nothing passes, no 汇总 is written and that is said', () => {
    const only = join(dir, '空');
    mkdirSync(only);
    copyFileSync(issued('茶陵县'), join(only, '茶陵县.xlsx'));
    const r = fenjie(dir, 'collect', '湘商.xlsx', '空', '-o', '空汇总.xlsx');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('没有通过的报送，未生成汇总“空汇总.xlsx”。');
    expect(readdirSync(dir)).not.toContain('空汇总.xlsx');
  });
});

describe('reports issued in Chinese, collected in English', () => {
  it('are read by the words they were issued in, and answered in English', () => {
    const r = spawnSync(
      process.execPath,
      [join(root, 'bin', 'fenjie.js'), 'collect', '湘商.xlsx', '报送', '--json'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, FENJIE_LANG: 'en-US' } },
    );
    const v = JSON.parse(r.stdout) as Verdicts;
    expect(v.round.month).toBe(3);
    expect(v.late).toEqual([{ name: '攸县', month: 2 }]);
    expect(v.files.find((f) => f.unit === '攸县')!.issues.map((i) => i.message)).toContain(
      'reported up to month 2, the round is months 1–3: listed as behind the round, left out of the city total',
    );
  });
});

describe('a round the planner chose', () => {
  it('takes later months at its month without a note to every unit; a returned unit is not also 未报送', () => {
    const r = fenjie(dir, 'collect', '湘商.xlsx', '报送', '空', '--month', '2', '--json');
    const v = JSON.parse(r.stdout) as Verdicts;
    expect(v.round.month).toBe(2);
    const gx = v.files.find((f) => f.unit === '高新区' && f.file === '高新区.xlsx')!;
    expect([gx.verdict, gx.month, gx.issues.map((i) => i.code)]).toEqual(['pass', 2, []]);
    // 茶陵县 sent an empty workbook (in 空/): returned, and so not among those who sent nothing.
    expect(v.files.find((f) => f.unit === '茶陵县')!.verdict).toBe('returned');
    expect(v.notReported).not.toContain('茶陵县');
  });
});
