/**
 * 同比 in the 汇总 and the 通报: from the 上年同期累计 a unit types (new 完成情况 sheets have the column), or from
 * last year's 汇总 (`--last-year`), and nothing at all where last year is unknown (never 0%). `fenjie bulletin`
 * writes any round's 通报 again from the 汇总 alone; what it cannot do it refuses, writing nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readCell } from '../src/xlsx';
import { fenjieIn } from './support/fenjie';
import { packageProblems } from './support/ooxml';
import { tempDir } from './support/tmp';

let dir: string;
let plan: string;

/** A unit's 完成情况 filled as a clerk would: 1—N月累计 in B, 上年同期累计 in C where it knows it. */
const fill = (
  year: number,
  unit: string,
  months: number[],
  out: string,
  lastYear: Record<number, number | string> = {},
  extra: object[] = [],
) =>
  execFileSync('/usr/bin/python3', [
    join(__dirname, 'support', 'edit_workbook.py'),
    'openpyxl',
    join(dir, `任务书${year}`, `${unit}-工作目标分解任务书.xlsx`),
    out,
    JSON.stringify([
      ...months.map((v, m) => ({ op: 'set', sheet: '完成情况', cell: `B${8 + m}`, value: v })),
      ...Object.entries(lastYear).map(([m, v]) => ({
        op: 'set',
        sheet: '完成情况',
        cell: `C${7 + Number(m)}`,
        value: v,
      })),
      { op: 'set', sheet: '完成情况', cell: 'B4', value: `${year}-04-05` },
      { op: 'set', sheet: '完成情况', cell: 'D3', value: '张三' },
      { op: 'set', sheet: '完成情况', cell: 'F3', value: '0731-1234567' },
      ...extra,
    ]),
  ]);

const paragraphs = async (path: string) => {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
};

/** The 汇总 sheet's rows as text, and the header row's cells. */
const summaryRows = async (path: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: unknown[][] = [];
  wb.getWorksheet('汇总')!.eachRow((row, r) => {
    rows[r] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => (rows[r][c] = readCell(cell)));
  });
  return rows;
};

/** A unit's 同比 on the first indicator: the column headed 同比增长（%）. */
const growthOf = (rows: unknown[][], unit: string) => {
  const col = rows[3].findIndex((h) => typeof h === 'string' && h.replace(/\n/g, '').startsWith('同比增长'));
  expect(col).toBeGreaterThan(0);
  return rows.find((r) => r?.[2] === unit)?.[col] ?? null;
};

beforeAll(() => {
  dir = tempDir('yoy');
  plan = join(dir, '湘商.xlsx');
  fenjieIn(dir, 'new', 'zz-xiangshang-2017-2020', '-o', plan);
  for (const year of [2017, 2018])
    fenjieIn(dir, 'taskbooks', plan, '-o', join(dir, `任务书${year}`), '--year', String(year));
  mkdirSync(join(dir, '报送2017'));
  fill(2017, '高新区', [2, 4, 9], join(dir, '报送2017', '高新区.xlsx'));
  fill(2017, '石峰区', [1, 1, 2], join(dir, '报送2017', '石峰区.xlsx'));
  expect(fenjieIn(dir, 'collect', plan, '报送2017', '-o', '汇总-2017.xlsx').status).toBe(0);
  mkdirSync(join(dir, '报送'));
  // 高新区 knows last year's 1—3月 (8, where the 2017 汇总 says 9); 石峰区 leaves it empty.
  fill(2018, '高新区', [3, 6, 10], join(dir, '报送', '高新区.xlsx'), { 3: 8 });
  fill(2018, '石峰区', [1, 2, 4], join(dir, '报送', '石峰区.xlsx'));
});

describe('同比', () => {
  it('from the typed 上年同期累计: shown where typed, nothing where not, and the city unknown', async () => {
    const run = fenjieIn(dir, 'collect', plan, '报送', '-o', '汇总.xlsx', '--bulletin', '通报.docx');
    expect(run.status).toBe(0);
    const rows = await summaryRows(join(dir, '汇总.xlsx'));
    expect(growthOf(rows, '高新区')).toBe(25);
    expect(growthOf(rows, '石峰区')).toBeNull();
    expect(growthOf(rows, '全市')).toBeNull();
    const text = await paragraphs(join(dir, '通报.docx'));
    expect(text).toContain(
      '高新区累计完成10亿元，完成目标任务的50%，高于序时进度25个百分点，同比增长25%（居第1位）。',
    );
    expect(text).toContain('石峰区累计完成4亿元，完成目标任务的40%，高于序时进度15个百分点（居第2位）。');
    expect(text.join('')).not.toMatch(/同比增长0%|同比下降0%/);
    expect(text.find((p) => p.startsWith('1—3月，全市回归到位资金'))).not.toContain('同比');
  });

  it('from last year’s 汇总: every unit’s and the city’s, with a 提示 where the typed figure differs', async () => {
    const run = fenjieIn(
      dir,
      'collect',
      plan,
      '报送',
      '-o',
      '汇总-b.xlsx',
      '--last-year',
      '汇总-2017.xlsx',
      '--bulletin',
      '通报-b.docx',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/高新区.*通过（有提示）.*上年同期累计填为8，上年汇总“汇总-2017.xlsx”中为9/);
    expect(run.stdout).toContain('同比按上年汇总“汇总-2017.xlsx”中2017年1—3月的数字计算。');
    const rows = await summaryRows(join(dir, '汇总-b.xlsx'));
    expect(growthOf(rows, '高新区')).toBe(11.1); // (10 − 9) / 9
    expect(growthOf(rows, '石峰区')).toBe(100); // (4 − 2) / 2
    expect(growthOf(rows, '全市')).toBe(27.3); // (14 − 11) / 11
    const text = await paragraphs(join(dir, '通报-b.docx'));
    expect(text.find((p) => p.startsWith('1—3月，全市回归到位资金'))).toContain('同比增长27.3%');
  });

  it('refuses a last year’s 汇总 without the round of the same months, writing nothing', () => {
    const run = fenjieIn(
      dir,
      'collect',
      plan,
      '报送',
      '-o',
      '汇总-c.xlsx',
      '--last-year',
      '汇总-2017.xlsx',
      '--month',
      '2',
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('上年汇总“汇总-2017.xlsx”中没有2017年1—2月的一轮（该年已有：1—3月）');
    expect(existsSync(join(dir, '汇总-c.xlsx'))).toBe(false);
    const notSummary = fenjieIn(
      dir,
      'collect',
      plan,
      '报送',
      '-o',
      '汇总-c.xlsx',
      '--last-year',
      '湘商.xlsx',
    );
    expect(notSummary.status).toBe(2);
    expect(notSummary.stderr).toContain('“湘商.xlsx”不是汇总工作簿');
    expect(existsSync(join(dir, '汇总-c.xlsx'))).toBe(false);
  });

  it('a slip in the optional 上年同期 is a 提示, never a reason to return the report', () => {
    mkdirSync(join(dir, '报送x'));
    fill(2018, '芦淞区', [1, 2, 3], join(dir, '报送x', '芦淞区.xlsx'), { 3: '约9' });
    fill(2018, '荷塘区', [1, 2, 3], join(dir, '报送x', '荷塘区.xlsx'), { 3: '８' });
    const run = fenjieIn(dir, 'collect', plan, '报送x', '-o', '汇总-x.xlsx');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /芦淞区\.xlsx\s+芦淞区\s+3月\s+通过（有提示）.*上年同期累计“约9”不是有效的数字/,
    );
    expect(run.stdout).toMatch(
      /荷塘区\.xlsx\s+荷塘区\s+3月\s+通过（有提示）.*上年同期累计“８”填成了文本（应为8）/,
    );
  });

  it('reads a 完成情况 without the 上年同期 column (issued before it) as it is, with no 同比', async () => {
    mkdirSync(join(dir, '旧报送'));
    // The sheet as issued before: no 上年同期累计 column (the cells to its right moved left).
    fill(2018, '高新区', [3, 6, 10], join(dir, '旧报送', '高新区.xlsx'), {}, [
      { op: 'deleteColumns', sheet: '完成情况', col: 3 },
    ]);
    const run = fenjieIn(dir, 'collect', plan, '旧报送', '-o', '汇总-old.xlsx');
    expect(run.stdout).toMatch(/高新区\.xlsx\s+高新区\s+3月\s+通过/);
    expect(run.status).toBe(0);
    const rows = await summaryRows(join(dir, '汇总-old.xlsx'));
    expect(rows.find((r) => r?.[2] === '高新区')?.[4]).toBe(10);
    expect(rows[3].some((h) => typeof h === 'string' && h.includes('同比'))).toBe(false);
  });
});

describe('fenjie bulletin 汇总.xlsx', () => {
  it('writes a round’s 通报 again from the 汇总 alone: the same words as when it was collected', async () => {
    const run = fenjieIn(dir, 'bulletin', '汇总-b.xlsx', '-o', '再次.docx', '--round', '2018-03');
    expect(run.status).toBe(0);
    const again = await paragraphs(join(dir, '再次.docx'));
    const first = await paragraphs(join(dir, '通报-b.docx'));
    // The date is the day it is written; everything else is the round's.
    expect(again.slice(0, -1)).toEqual(first.slice(0, -1));
    expect(again).toContain('四、下步要求');
    const bytes = readFileSync(join(dir, '再次.docx'));
    expect(await packageProblems([{ name: '再次.docx', bytes }])).toEqual([]);
    // The chart: an SVG with its PNG, as wide as the 版心.
    const zip = await JSZip.loadAsync(bytes);
    expect(
      Object.keys(zip.files)
        .filter((f) => /^word\/media\//.test(f))
        .sort(),
    ).toEqual(['word/media/image1.png', 'word/media/image1.svg']);
    const svg = await zip.file('word/media/image1.svg')!.async('string');
    for (const unit of ['高新区', '芦淞区', '荷塘区', '石峰区', '炎陵县']) expect(svg).toContain(`>${unit}<`);
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
  });

  it.each([
    [
      'a round it does not have',
      ['汇总-b.xlsx', '-o', 'x.docx', '--round', '2018-05'],
      '没有2018年1—5月这一轮（已有：2018年1—3月）',
    ],
    ['a round written wrongly', ['汇总-b.xlsx', '-o', 'x.docx', '--round', '三月'], '轮次“三月”写法不对'],
    ['a file that is no 汇总', ['湘商.xlsx', '-o', 'x.docx'], '“湘商.xlsx”不是汇总工作簿'],
    ['no output', ['汇总-b.xlsx'], '请用 -o 给出写入的通报文件'],
    ['an existing file', ['汇总-b.xlsx', '-o', '再次.docx'], '文件已存在'],
  ])('refuses %s, and writes nothing', (_, args, words) => {
    const run = fenjieIn(dir, 'bulletin', ...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(words);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });

  it('signs as the bureau asked, and never names a document anything but .docx, even with --force', async () => {
    const run = fenjieIn(dir, 'bulletin', '汇总-b.xlsx', '-o', '商务局.docx', '--issuer', '株洲市商务局');
    expect(run.status).toBe(0);
    expect(await paragraphs(join(dir, '商务局.docx'))).toContain('株洲市商务局');
    const pdf = fenjieIn(dir, 'bulletin', '汇总-b.xlsx', '-o', '通报.pdf', '--force');
    expect(pdf.status).toBe(2);
    expect(existsSync(join(dir, '通报.pdf'))).toBe(false);
  });

  it('refuses a plan that is not the 汇总’s', () => {
    const other = join(dir, '其他.xlsx');
    fenjieIn(dir, 'new', 'zz-top500-2017-2020', '-o', other);
    const run = fenjieIn(dir, 'bulletin', '汇总-b.xlsx', '-o', 'x.docx', '--plan', other);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('汇总“汇总-b.xlsx”不是计划');
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });
});
