/**
 * One small hostile file does not stop the round: a report whose hidden record sheet has a cell at
 * XFD1048576 (10 KB on disk, a 1,048,576 × 16,384 grid to a reader that fills one in) is returned in one
 * sentence naming the sheet and the cell, the three good reports beside it make the 汇总; a cell at A1048576
 * alone is the same, not a "damaged record"; a plan with such a cell is refused in words, not a stack trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { REPORT_LIMITS, readReport } from '../src/xlsx';
import { fenjieIn } from './support/fenjie';
import { tempDir } from './support/tmp';

const dir = tempDir('farcell');
const issued = (unit: string) => join(dir, '任务书', `${unit}-工作目标分解任务书.xlsx`);

/** A unit's 任务书 filled in as its clerk would: 1—3月 of each target, signed and dated. */
const filled = async (unit: string, to: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(issued(unit));
  const sheet = wb.getWorksheet('完成情况')!;
  for (const [cell, v] of Object.entries({
    B8: 1,
    B9: 2,
    B10: 3,
    B23: 0,
    B24: 0,
    B25: 0,
    B38: 0,
    B39: 0,
    B40: 0,
  }))
    sheet.getCell(cell).value = v;
  sheet.getCell('D3').value = '张三';
  sheet.getCell('F3').value = '0731-1234567';
  sheet.getCell('B4').value = '2018-04-03';
  await wb.xlsx.writeFile(to);
};

/** The same file with one more cell, far out, in the sheet whose name is given (its XML part found by name). */
const withFarCell = async (from: string, to: string, sheetName: string, cell: string) => {
  const zip = await JSZip.loadAsync(readFileSync(from));
  const book = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const id = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(book)![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
  const part = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`;
  const xml = await zip.file(part)!.async('string');
  const row = /\d+$/.exec(cell)![0];
  zip.file(
    part,
    xml
      .replace('</sheetData>', `<row r="${row}"><c r="${cell}"><v>1</v></c></row></sheetData>`)
      .replace('<sheetData/>', `<sheetData><row r="${row}"><c r="${cell}"><v>1</v></c></row></sheetData>`),
  );
  writeFileSync(to, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
};

beforeAll(async () => {
  expect(fenjieIn(dir, 'new', 'zz-xiangshang-2017-2020', '-o', '湘商.xlsx').status).toBe(0);
  expect(fenjieIn(dir, 'taskbooks', '湘商.xlsx', '-o', '任务书', '--year', '2018').status).toBe(0);
  for (const unit of ['高新区', '芦淞区', '石峰区', '荷塘区', '攸县'])
    await filled(unit, join(dir, `${unit}.xlsx`));
}, 120_000);

describe('a far cell in a returned report', () => {
  it('at XFD1048576 in the hidden record: returned in one sentence, the other three make the 汇总', async () => {
    await withFarCell(join(dir, '荷塘区.xlsx'), join(dir, '报送-荷塘区.xlsx'), '_fenjie', 'XFD1048576');
    await withFarCell(join(dir, '攸县.xlsx'), join(dir, '报送-攸县.xlsx'), '_fenjie', 'A1048576');
    const files = ['高新区.xlsx', '芦淞区.xlsx', '石峰区.xlsx', '报送-荷塘区.xlsx', '报送-攸县.xlsx'];
    const r = fenjieIn(dir, 'collect', '湘商.xlsx', ...files, '-o', '汇总.xlsx', '--json');
    expect(r.stderr).toBe('');
    const v = JSON.parse(r.stdout) as {
      files: { file: string; verdict: string; issues: { message: string }[] }[];
    };
    const verdict = (file: string) => v.files.find((f) => f.file.endsWith(file))!;
    expect(verdict('报送-荷塘区.xlsx').verdict).toBe('returned');
    expect(verdict('报送-荷塘区.xlsx').issues.map((i) => i.message)).toEqual([
      '工作表“_fenjie”的单元格 XFD1048576 超出本工具的表格范围（至多10000行、200列），未读取：请删去表格以外的内容后重新报送',
    ]);
    expect(verdict('报送-攸县.xlsx').issues.map((i) => i.message)).toEqual([
      '工作表“_fenjie”的单元格 A1048576 超出本工具的表格范围（至多10000行、200列），未读取：请删去表格以外的内容后重新报送',
    ]);
    for (const good of ['高新区.xlsx', '芦淞区.xlsx', '石峰区.xlsx'])
      expect(verdict(good).verdict).not.toBe('returned');
    // Exit 1: reports were returned; the 汇总 of the three is written all the same.
    expect(r.status).toBe(1);
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(join(dir, '汇总.xlsx'));
    const names: string[] = [];
    summary.getWorksheet('汇总')!.eachRow((row) => names.push(String(row.getCell(2).value ?? '')));
    expect(names).toEqual(expect.arrayContaining(['高新区', '芦淞区', '石峰区']));
  });

  it('100,000 nested elements after the sheet data: returned in one sentence, at once', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, '荷塘区.xlsx')));
    const part = Object.keys(zip.files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))!;
    const xml = await zip.file(part)!.async('string');
    const deep = `${'<x:a xmlns:x="urn:x">'.repeat(100_000)}${'</x:a>'.repeat(100_000)}`;
    // Stored, not deflated: past the inflation check, as a sender who knows it would make it.
    zip.file(part, xml.replace('</sheetData>', `</sheetData>${deep}`), { compression: 'STORE' });
    writeFileSync(
      join(dir, '深-荷塘区.xlsx'),
      await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
    );
    const started = Date.now();
    const r = fenjieIn(
      dir,
      'collect',
      '湘商.xlsx',
      '高新区.xlsx',
      '深-荷塘区.xlsx',
      '-o',
      '深汇总.xlsx',
      '--json',
    );
    const v = JSON.parse(r.stdout) as {
      files: { file: string; verdict: string; issues: { message: string }[] }[];
    };
    const bad = v.files.find((f) => f.file.endsWith('深-荷塘区.xlsx'))!;
    expect([bad.verdict, bad.issues.map((i) => i.message)]).toEqual([
      'returned',
      [
        '工作表“荷塘区”的 XML 嵌套超过100层，不是 Excel、WPS 或 LibreOffice 保存的工作簿，未读取：请在表格软件中另存为 .xlsx 后重新报送',
      ],
    ]);
    expect(v.files.find((f) => f.file.endsWith('高新区.xlsx'))!.verdict).not.toBe('returned');
    process.stdout.write(`deep nesting: judged with the round in ${Date.now() - started} ms\n`);
  });

  it('a far cell in the plan’s record is refused in words, naming the sheet and the cell', async () => {
    await withFarCell(join(dir, '湘商.xlsx'), join(dir, '远.xlsx'), '_fenjie', 'XFD1048576');
    const r = fenjieIn(dir, 'collect', '远.xlsx', '高新区.xlsx', '-o', '远汇总.xlsx');
    expect([r.status, r.stderr.trim()]).toEqual([
      2,
      '错误：“远.xlsx”的工作表“_fenjie”在 XFD1048576 有内容，超出计划表的范围（至多200000行、2000列），未读取：请删去表格以外远处的内容后再试。',
    ]);
  });

  it('a far cell on the plan sheet stops a command that edits the plan (through ExcelJS) in words too', async () => {
    await withFarCell(join(dir, '湘商.xlsx'), join(dir, '远表.xlsx'), '湘商回归分解', 'B300000');
    const r = fenjieIn(dir, 'spread', '远表.xlsx', '--indicator', '回归到位资金');
    expect([r.status, r.stderr.trim()]).toEqual([
      2,
      '错误：“远表.xlsx”的工作表“湘商回归分解”在 B300000 有内容，超出计划表的范围（至多200000行、2000列），未读取：请删去表格以外远处的内容后再试。',
    ]);
  });

  it('a plan of a few hundred KB that unzips to 153 MB is refused before it is inflated, by every reader', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, '湘商.xlsx')));
    const part = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(part)!.async('string');
    zip.file(part, xml.replace('</worksheet>', `<!--${' '.repeat(160_000_000)}--></worksheet>`));
    writeFileSync(
      join(dir, '膨胀.xlsx'),
      await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
    );
    for (const args of [
      ['validate'],
      ['spread', '--indicator', '回归到位资金'],
      ['shares', '--indicator', '回归到位资金'],
    ]) {
      const r = fenjieIn(dir, args[0], '膨胀.xlsx', ...args.slice(1));
      expect([args[0], r.status, r.stderr.trim()]).toEqual([
        args[0],
        2,
        '错误：“膨胀.xlsx”解压后过大（153 MB）或压缩比异常，可能是恶意文件，未读取。',
      ]);
    }
  });
});

describe('a time budget per file', () => {
  it('a file still being read when its budget is spent is refused in words (the budget made tiny here)', async () => {
    const many = join(dir, '多.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, '高新区.xlsx')));
    const book = await zip.file('xl/workbook.xml')!.async('string');
    expect(book).toContain('完成情况');
    const part = Object.keys(zip.files).find((n) => /worksheets\/sheet2\.xml$/.test(n))!;
    const xml = await zip.file(part)!.async('string');
    const rows = Array.from(
      { length: 100 },
      (_, r) =>
        `<row r="${200 + r}">${Array.from({ length: 100 }, (_, c) => `<c r="${colName(c)}${200 + r}"><v>1</v></c>`).join('')}</row>`,
    ).join('');
    zip.file(part, xml.replace('</sheetData>', `${rows}</sheetData>`));
    writeFileSync(many, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const bytes = readFileSync(many);
    expect(readReport('多.xlsx', bytes).unreadable).toBeUndefined();
    const before = REPORT_LIMITS.seconds;
    REPORT_LIMITS.seconds = 1e-6;
    try {
      expect(readReport('多.xlsx', bytes).unreadable).toEqual({
        code: 'report.tooSlow',
        params: { file: '多.xlsx', seconds: 1e-6 },
      });
    } finally {
      REPORT_LIMITS.seconds = before;
    }
  });
});

const colName = (c: number): string =>
  c < 26 ? String.fromCharCode(65 + c) : colName(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26));
