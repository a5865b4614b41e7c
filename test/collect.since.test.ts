/**
 * A target over several years (湘商 2017—2020年) is reported year by year against the year's target; the
 * 汇总 and the 通报 keep the total since 2017 beside it, from the earlier years' 汇总: collected into the same
 * file year after year, or an earlier year's 汇总 put among the reports. Without one, no partial total.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readCell } from '../src/xlsx';
import { fenjieIn } from './support/fenjie';
import { tempDir } from './support/tmp';

let dir: string;
let plan: string;

/** 1—N月累计 of the first 湘商 target (rows 8–19 of 完成情况), with the 填报 fields filled. */
const fill = (year: number, unit: string, months: number[], out: string) =>
  execFileSync(
    '/usr/bin/python3',
    [
      join(__dirname, 'support', 'edit_workbook.py'),
      'openpyxl',
      join(dir, `任务书${year}`, `${unit}-工作目标分解任务书.xlsx`),
      out,
      JSON.stringify([
        ...months.map((v, m) => ({ op: 'set', sheet: '完成情况', cell: `B${8 + m}`, value: v })),
        { op: 'set', sheet: '完成情况', cell: 'B4', value: `${year + (months.length === 12 ? 1 : 0)}-01-05` },
        { op: 'set', sheet: '完成情况', cell: 'D3', value: '张三' },
        { op: 'set', sheet: '完成情况', cell: 'F3', value: '0731-1234567' },
      ]),
    ],
    { stdio: 'pipe' },
  );

const rows = async (file: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('汇总')!;
  const grid: unknown[][] = [];
  sheet.eachRow((row, r) => (grid[r] = Array.from({ length: 12 }, (_, c) => readCell(row.getCell(c + 1)))));
  const text = (name: string) => {
    const lines: string[] = [];
    wb.getWorksheet(name)!.eachRow((row) =>
      row.eachCell((c) => lines.push(String(readCell(c) ?? '').replace(/\n/g, ''))),
    );
    return lines;
  };
  return {
    header: grid[3].map((h) => String(h ?? '').replace(/\n/g, '')),
    of: (name: string) => grid.find((r) => r && r[1] === name)?.slice(2, 10),
    notes: text('汇总').join('\n'),
    bulletin: text('通报'),
  };
};

beforeAll(() => {
  dir = tempDir('since');
  plan = join(dir, '湘商.xlsx');
  fenjieIn(dir, 'new', 'zz-xiangshang-2017-2020', '-o', plan);
  for (const year of [2017, 2018]) {
    fenjieIn(dir, 'taskbooks', plan, '-o', join(dir, `任务书${year}`), '--year', String(year));
    mkdirSync(join(dir, `报送${year}`));
  }
  // 2017 to December: 高新区 18 of its 20 for the year, 石峰区 12 of 10; 2018 to March: 10 and 4. The city's
  // 2017—2020年 target is 500亿元.
  fill(2017, '高新区', [...Array(11).fill(1), 18], join(dir, '报送2017', '高新区.xlsx'));
  fill(2017, '石峰区', [...Array(11).fill(1), 12], join(dir, '报送2017', '石峰区.xlsx'));
  fill(2018, '高新区', [3, 6, 10], join(dir, '报送2018', '高新区.xlsx'));
  fill(2018, '石峰区', [1, 2, 4], join(dir, '报送2018', '石峰区.xlsx'));
});

describe('2017年以来累计', () => {
  it('the first year: the total since 2017 is the year’s, against the 2017—2020年 target', async () => {
    const out = join(dir, '汇总2017.xlsx');
    const run = fenjieIn(dir, 'collect', plan, join(dir, '报送2017'), '-o', out);
    expect(run.stdout).toContain('本轮：2017年1—12月');
    const s = await rows(out);
    expect(s.header.slice(8, 10)).toEqual(['2017年以来累计', '完成2017—2020年目标（%）']);
    // 高新区: 18 of 20 for 2017, 18 of 80 for 2017—2020年 (22.5 %).
    expect(s.of('高新区')).toEqual([20, 18, 90, 100, -10, 2, 18, 22.5]);
    expect(s.of('石峰区')).toEqual([10, 12, 120, 100, 20, 1, 12, 30]);
    expect(s.bulletin).toContain('2017年以来累计完成30亿元，完成2017—2020年目标任务的6%。');
  });

  it('collected into the same 汇总 the next year: 2017’s December and 2018’s March added, 历史 keeps both years', async () => {
    const out = join(dir, '同一汇总.xlsx');
    copyFileSync(join(dir, '汇总2017.xlsx'), out);
    const run = fenjieIn(dir, 'collect', plan, join(dir, '报送2018'), '-o', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2017年以来累计为此前各年汇总的最后一轮（2017年1—12月）与本年之和。');
    const s = await rows(out);
    // 2018: 10 of 20 by March; since 2017: 18 + 10 = 28 of 80.
    expect(s.of('高新区')).toEqual([20, 10, 50, 25, 25, 1, 28, 35]);
    expect(s.of('石峰区')).toEqual([10, 4, 40, 25, 15, 2, 16, 40]);
    expect(s.of('全市')?.slice(6)).toEqual([44, 8.8]);
    expect(s.bulletin).toContain('2017年以来累计完成44亿元，完成2017—2020年目标任务的8.8%。');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const history = wb.getWorksheet('历史')!;
    expect([2, 3].map((r) => [2, 3].map((c) => readCell(history.getCell(r, c))))).toEqual([
      [2017, 12],
      [2018, 3],
    ]);
  });

  it('an earlier year’s 汇总 among the reports gives its figures, and is not read as a report', async () => {
    copyFileSync(join(dir, '汇总2017.xlsx'), join(dir, '报送2018', '汇总2017.xlsx'));
    const out = join(dir, '汇总2018.xlsx');
    const run = fenjieIn(dir, 'collect', plan, join(dir, '报送2018'), '-o', out);
    expect(run.stdout).toContain('已跳过 汇总2017.xlsx：这是汇总工作簿，不是报送。');
    expect((await rows(out)).of('高新区')?.slice(6)).toEqual([28, 35]);
  });

  it('equal 完成率 share a 位次; headers break between words; the 通报 sentences are whole paragraphs', async () => {
    const tied = join(dir, '报送并列');
    mkdirSync(tied);
    copyFileSync(join(dir, '报送2018', '高新区.xlsx'), join(tied, '高新区.xlsx'));
    copyFileSync(join(dir, '报送2018', '石峰区.xlsx'), join(tied, '石峰区.xlsx'));
    // 芦淞区 5 of 10 by March: 50 %, as 高新区's 10 of 20.
    fill(2018, '芦淞区', [1, 3, 5], join(tied, '芦淞区.xlsx'));
    const out = join(dir, '汇总并列.xlsx');
    fenjieIn(dir, 'collect', plan, tied, '-o', out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('汇总')!;
    const rankOf = (name: string) => {
      let rank: unknown;
      sheet.eachRow((row) => {
        if (readCell(row.getCell(2)) === name) rank = readCell(row.getCell(8));
      });
      return rank;
    };
    expect(['高新区', '芦淞区', '石峰区'].map(rankOf)).toEqual([1, 1, 3]);
    const headers: string[] = [];
    sheet.getRow(3).eachCell((c) => headers.push(String(readCell(c) ?? '')));
    for (const h of headers.filter((x) => x.includes('\n')))
      expect(h).toMatch(
        /^(1—3月\n累计完成|2017年以来\n累计完成|完成率\n（%）|序时进度\n（%）|差距\n（个百分点）|2017年以来\n累计|完成2017—2020年\n目标（%）)$/,
      );
    expect(headers.join('')).not.toMatch(/累\n计|进\n度|百\n分/);
    const bulletin: string[] = [];
    wb.getWorksheet('通报')!.eachRow((row, r) => {
      if (r > 1) bulletin.push(String(readCell(row.getCell(1)) ?? ''));
    });
    expect(bulletin.filter((line) => line.includes('\n'))).toEqual([]);
    expect(bulletin).toContain(
      '高新区累计完成10亿元，完成目标任务的50%，高于序时进度25个百分点（居第1位）。',
    );
    expect(bulletin).toContain('芦淞区累计完成5亿元，完成目标任务的50%，高于序时进度25个百分点（居第1位）。');
  });

  it('no 2017 汇总 at hand: no partial total, and the note says which year is missing', async () => {
    const alone = join(dir, '报送2018only');
    mkdirSync(alone);
    copyFileSync(join(dir, '报送2018', '高新区.xlsx'), join(alone, '高新区.xlsx'));
    const out = join(dir, '汇总2018无上年.xlsx');
    fenjieIn(dir, 'collect', plan, alone, '-o', out);
    const s = await rows(out);
    // The next indicator's columns follow the 位次 straight away.
    expect(s.header.slice(7, 9)).toEqual(['位次', '目标']);
    expect(s.notes).toContain('未列2017年以来累计：没有找到2017年的汇总。');
    expect(s.bulletin.join('')).not.toContain('以来累计完成');
  });

  it('the year’s 考核 of a target over several years is against what is due by the year’s end', () => {
    const scored = (summary: string) => {
      const r = fenjieIn(dir, 'assess', plan, summary, '-o', join(dir, `考核-${summary}`), '--json');
      expect(r.status).toBe(0);
      return JSON.parse(r.stdout) as { units: { unit: string; rates: (number | null)[] }[]; notes: string[] };
    };
    // 2018: 高新区 28 since 2017 of the 40 due by the end of 2018 (half of its 80): 70 %; 石峰区 16 of 20.
    const s = scored('同一汇总.xlsx');
    const rate = (name: string) => s.units.find((u) => u.unit === name)?.rates[0];
    expect([rate('高新区'), rate('石峰区')]).toEqual([70, 80]);
    // Without 2017's figures: against 2018's own target (10 of 20), and said.
    const alone = scored('汇总2018无上年.xlsx');
    expect(alone.units.find((u) => u.unit === '高新区')?.rates[0]).toBe(50);
    expect(alone.notes.join('')).toContain('“回归到位资金”2018年以前各年的完成数');
  });
});
