/**
 * A count is whole. 湘商's 回归总部经济个数 over 2017—2020年 gives most districts 1 个: its even yearly share
 * would be 0.25 个, so the period's target stands undivided and the figure is the total since 2017, on the
 * 完成情况, in the 汇总, the 通报 (sheet and document) and the 考核 alike. Reports filled with openpyxl.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readCell } from '../src/xlsx';
import { fenjieIn } from './support/fenjie';
import { tempDir } from './support/tmp';

let dir: string;
let plan: string;

/** A 2020 report: 回归到位资金 in rows 8–, 回归总部经济个数 (since 2017) in rows 23–, filed on `date`. */
const report = (unit: string, money: number[], counts: number[], date: string) =>
  execFileSync(
    '/usr/bin/python3',
    [
      join(__dirname, 'support', 'edit_workbook.py'),
      'openpyxl',
      join(dir, '任务书', `${unit}-工作目标分解任务书.xlsx`),
      join(dir, '报送', `${unit}.xlsx`),
      JSON.stringify([
        ...money.map((v, m) => ({ op: 'set', sheet: '完成情况', cell: `B${8 + m}`, value: v })),
        ...counts.map((v, m) => ({ op: 'set', sheet: '完成情况', cell: `B${23 + m}`, value: v })),
        ...money.map((_, m) => ({ op: 'set', sheet: '完成情况', cell: `B${38 + m}`, value: 0 })),
        { op: 'set', sheet: '完成情况', cell: 'B4', value: date },
        { op: 'set', sheet: '完成情况', cell: 'D3', value: '张三' },
        { op: 'set', sheet: '完成情况', cell: 'F3', value: '0731-1234567' },
      ]),
    ],
    { stdio: 'pipe' },
  );

const texts = async (file: string, sheet: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const lines: string[] = [];
  wb.getWorksheet(sheet)!.eachRow((row) =>
    row.eachCell((c) => lines.push(String(readCell(c) ?? '').replace(/\n/g, ''))),
  );
  return lines;
};

const row = async (file: string, unit: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let found: unknown[] = [];
  wb.getWorksheet('汇总')!.eachRow((r) => {
    if (readCell(r.getCell(2)) === unit)
      found = Array.from({ length: 6 }, (_, k) => readCell(r.getCell(9 + k)));
  });
  return found;
};

beforeAll(() => {
  dir = tempDir('counts');
  plan = join(dir, '湘商.xlsx');
  fenjieIn(dir, 'new', 'zz-xiangshang-2017-2020', '-o', plan);
  fenjieIn(dir, 'taskbooks', plan, '-o', join(dir, '任务书'), '--year', '2020');
  mkdirSync(join(dir, '报送'));
  // 芦淞区 has brought in its 1 总部 since 2017; 荷塘区 2 against its 1.
  report('芦淞区', [2, 4, 6], [1, 1, 1], '2020-04-03');
  report('荷塘区', [1, 2, 3], [1, 2, 2], '2020-04-02');
});

describe('a count over 2017—2020年 with 1 个 a district', () => {
  it('the 完成情况 shows the whole 1 个 and says the figure is since 2017', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, '任务书', '芦淞区-工作目标分解任务书.xlsx'));
    const sheet = wb.getWorksheet('完成情况')!;
    expect([readCell(sheet.getCell('E21')), readCell(sheet.getCell('H21'))]).toEqual([
      '目标（2017—2020年）',
      1,
    ]);
    // 序时进度 runs from January 2017: 3月 of 2020 is 39 of 48 months.
    expect(readCell(sheet.getCell('F25'))).toBe(81.3);
    expect(String(readCell(sheet.getCell('A35'))).replace(/\n/g, '')).toContain(
      '回归总部经济个数是个数，2017—2020年目标1个按年分不成整数，不拆分到各年；“1—N月累计完成”填2017年1月以来的累计数（含以前年度）',
    );
    // The money beside it is still the year's share.
    expect(readCell(sheet.getCell('H6'))).toBe(10);
  });

  it('the 汇总 and the 通报 read 1 of 1 (100 %), never 0.25 or 400 %', async () => {
    const out = join(dir, '汇总.xlsx');
    const run = fenjieIn(dir, 'collect', plan, join(dir, '报送'), '-o', out, '--month', '3');
    expect(run.status).toBe(0);
    // 目标, 2017年以来累计完成, 完成率, 序时进度, 差距, 位次.
    expect(await row(out, '芦淞区')).toEqual([1, 1, 100, 81.3, 18.7, 2]);
    expect(await row(out, '荷塘区')).toEqual([1, 2, 200, 81.3, 118.7, 1]);
    const summary = (await texts(out, '汇总')).join('\n');
    expect(summary).toContain('2017年以来累计完成');
    expect(summary).toContain('回归总部经济个数是个数，2017—2020年目标按年分不成整数，不拆分到各年');
    // The coverage was said with 回归到位资金, for the same 8 units missing.
    const bulletin = await texts(out, '通报');
    expect(bulletin).toContain(
      '2017年以来，全市回归总部经济个数累计完成3个，完成2017—2020年目标任务的21.4%，低于序时进度59.9个百分点。',
    );
    expect(bulletin).toContain(
      '芦淞区2017年以来累计完成1个，完成目标任务的100%，高于序时进度18.7个百分点（居第2位）。',
    );
    expect(bulletin.join('')).not.toMatch(/0\.25|400%/);

    expect(fenjieIn(dir, 'bulletin', out, '-o', '通报.docx').status).toBe(0);
    const xml = await (
      await JSZip.loadAsync(readFileSync(join(dir, '通报.docx')))
    )
      .file('word/document.xml')!
      .async('string');
    const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    expect(words).toContain('芦淞区2017年以来累计完成1个，完成目标任务的100%');
    // The chart draws each clock's 序时进度: the year's for the money, since 2017 for the count.
    const zip = await JSZip.loadAsync(readFileSync(join(dir, '通报.docx')));
    const svg = await zip.file(/\.svg$/)[0].async('string');
    expect(svg).toContain('回归到位资金、回归慈善公益资金序时进度25%');
    expect(svg).toContain('回归总部经济个数序时进度81.3%');
    expect(words).not.toMatch(/400%/);
  });

  it('the 考核 scores 1 of 1 as 100 % and 2 of 1 as 200 %, not 400 % and 800 %', () => {
    expect(fenjieIn(dir, 'assess', plan, '--init').status).toBe(0);
    const run = fenjieIn(dir, 'assess', plan, join(dir, '汇总.xlsx'), '-o', join(dir, '考核.xlsx'), '--json');
    expect(run.status).toBe(0);
    const units = JSON.parse(run.stdout).units as { unit: string; rates: (number | null)[] }[];
    const of = (name: string) => units.find((u) => u.unit === name)!.rates[1];
    expect([of('芦淞区'), of('荷塘区')]).toEqual([100, 200]);
  });

  it('fenjie shares refuses shares that split 1 个 into fractions, and takes whole ones', () => {
    const refused = fenjieIn(
      dir,
      'shares',
      plan,
      '--indicator',
      '回归总部经济个数',
      '--shares',
      '2017=20,2018=25,2019=25,2020=30',
    );
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      '“2017—2020年”是个数，不能分成小数：2017年的份额20%使高新区分得0.6个（其目标3个）。',
    );
    const whole = fenjieIn(
      dir,
      'shares',
      plan,
      '--indicator',
      '回归总部经济个数',
      '--shares',
      '2017=0,2018=0,2019=0,2020=100',
    );
    expect(whole.stderr).toBe('');
    expect(whole.status).toBe(0);
  });
});
