/**
 * The 通报 as the document a bureau sends out: `fenjie collect … --bulletin 通报.docx` writes a GB/T 9704 page
 * (A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines), every part valid against wml.xsd, every sentence one
 * paragraph, the figures the 汇总's; LibreOffice renders it with page numbers. Refusals write nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readCell } from '../../src/xlsx';
import { fenjieIn } from '../support/fenjie';
import { convertWithLibreOffice } from '../support/libreoffice';
import { packageProblems } from '../support/ooxml';
import { tempDir } from '../support/tmp';

let dir: string;
let plan: string;

const fill = (unit: string, months: number[], out: string) =>
  execFileSync('/usr/bin/python3', [
    join(__dirname, '..', 'support', 'edit_workbook.py'),
    'openpyxl',
    join(dir, '任务书', `${unit}-工作目标分解任务书.xlsx`),
    out,
    JSON.stringify([
      ...months.map((v, m) => ({ op: 'set', sheet: '完成情况', cell: `B${8 + m}`, value: v })),
      { op: 'set', sheet: '完成情况', cell: 'B4', value: '2018-04-05' },
      { op: 'set', sheet: '完成情况', cell: 'D3', value: '张三' },
      { op: 'set', sheet: '完成情况', cell: 'F3', value: '0731-1234567' },
    ]),
  ]);

/** Each paragraph's text, in order. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );

beforeAll(() => {
  dir = tempDir('bulletin');
  plan = join(dir, '湘商.xlsx');
  fenjieIn(dir, 'new', 'zz-xiangshang-2017-2020', '-o', plan);
  fenjieIn(dir, 'taskbooks', plan, '-o', join(dir, '任务书'), '--year', '2018');
  mkdirSync(join(dir, '报送'));
  fill('高新区', [3, 6, 10], join(dir, '报送', '高新区.xlsx'));
  fill('石峰区', [1, 2, 4], join(dir, '报送', '石峰区.xlsx'));
});

describe('fenjie collect --bulletin 通报.docx', () => {
  it('writes a 公文 page whose parts are valid, whose sentences are whole paragraphs, with the 汇总’s figures', async () => {
    const run = fenjieIn(
      dir,
      'collect',
      plan,
      join(dir, '报送'),
      '-o',
      '汇总.xlsx',
      '--bulletin',
      '通报.docx',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('已生成通报 通报.docx。');
    const bytes = readFileSync(join(dir, '通报.docx'));
    expect(await packageProblems([{ name: '通报.docx', bytes }])).toEqual([]);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    // GB/T 9704-2012: A4; 天头 37 mm, 订口 28 mm; 版心 156 × 225 mm; 22 lines a page.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1984"[^>]*w:left="1587"/);
    expect(Number(/w:linePitch="(\d+)"/.exec(xml)![1]) * 22).toBeLessThanOrEqual(12756);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(xml).not.toContain('<w:br');
    const text = paragraphs(xml);
    expect(text).toEqual(
      expect.arrayContaining(['一、总体情况', '二、各单位情况', '三、报送情况', '株洲市人民政府']),
    );
    // The 汇总's city figure is the document's.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, '汇总.xlsx'));
    let done: unknown;
    wb.getWorksheet('汇总')!.eachRow((row) => {
      if (readCell(row.getCell(2)) === '全市') done = readCell(row.getCell(4));
    });
    expect(done).toBe(14);
    expect(text).toContain(
      '1—3月，全市回归到位资金累计完成14亿元，完成2018年目标任务的11.2%，低于序时进度13.8个百分点（10个单位中2个已报送，全市数只含已报送单位；芦淞区、荷塘区、云龙示范区等8个单位未报送）。',
    );
    expect(text).toContain('高新区累计完成10亿元，完成目标任务的50%，高于序时进度25个百分点（居第1位）。');
    expect(text.join('')).toContain('未报送：芦淞区、荷塘区');
    // Page numbers — 1 —: odd pages on the right, even on the left.
    expect(xml).toContain('<w:footerReference w:type="even"');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /word\/footer\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(footers.some((f) => f.includes('<w:jc w:val="right"/>') && f.includes('PAGE'))).toBe(true);
    expect(footers.some((f) => f.includes('<w:jc w:val="left"/>') && f.includes('PAGE'))).toBe(true);
  });

  it('LibreOffice renders it on A4 with its page numbers', () => {
    const out = join(dir, 'pdf');
    convertWithLibreOffice([join(dir, '通报.docx')], 'pdf', out);
    const info = execFileSync('pdfinfo', [join(out, '通报.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const text = execFileSync('pdftotext', ['-raw', join(out, '通报.pdf'), '-'], { encoding: 'utf8' });
    for (let n = 1; n <= pages; n++) expect(text).toContain(`— ${n} —`);
    process.stdout.write(`bulletin: ${pages} pages\n`);
  });

  it.each([
    ['an existing file', () => writeFileSync(join(dir, '旧通报.docx'), 'old'), '旧通报.docx', '文件已存在'],
    ['a folder', () => mkdirSync(join(dir, '通报文件夹')), '通报文件夹', '是一个文件夹，不是文件'],
    ['a name that is no .docx', () => undefined, '通报.txt', '不是 .docx 文件名'],
  ])('refuses %s, and writes nothing', (_, make, name, words) => {
    make();
    const before = statSync(join(dir, '汇总.xlsx')).mtimeMs;
    const run = fenjieIn(dir, 'collect', plan, join(dir, '报送'), '-o', '汇总.xlsx', '--bulletin', name);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(words);
    expect(statSync(join(dir, '汇总.xlsx')).mtimeMs).toBe(before);
  });

  it('the plan’s settings sign it, address it and name the contact; a flag overrides each for one 通报', async () => {
    const set = fenjieIn(
      dir,
      'settings',
      plan,
      '--signer',
      '株洲市商务局',
      '--to',
      '各县市区人民政府',
      '--contact',
      '王敏，0731-28681234',
    );
    expect(set.status).toBe(0);
    expect(set.stdout).toContain(
      '联系人：王敏，0731-28681234；通报发文机关：株洲市商务局；通报主送：各县市区人民政府。',
    );
    const textOf = async (file: string) => {
      const zip = await JSZip.loadAsync(readFileSync(join(dir, file)));
      return paragraphs(await zip.file('word/document.xml')!.async('string'));
    };
    const run = (...args: string[]) =>
      fenjieIn(dir, 'collect', plan, join(dir, '报送'), '-o', '汇总2.xlsx', '--force', ...args);
    expect(run('--bulletin', '设置通报.docx').status).toBe(0);
    const text = await textOf('设置通报.docx');
    expect(text).toEqual(
      expect.arrayContaining(['各县市区人民政府：', '株洲市商务局', '（联系人：王敏，0731-28681234）']),
    );
    expect(text).not.toContain('株洲市人民政府');
    // The 汇总 keeps them: a 通报 written later from it alone says the same.
    expect(fenjieIn(dir, 'bulletin', '汇总2.xlsx', '-o', '后补通报.docx').status).toBe(0);
    expect(await textOf('后补通报.docx')).toEqual(
      expect.arrayContaining(['各县市区人民政府：', '株洲市商务局', '（联系人：王敏，0731-28681234）']),
    );
    expect(
      run('--bulletin', '改署通报.docx', '--issuer', '株洲市人民政府', '--contact', '李强，0731-22000000')
        .status,
    ).toBe(0);
    expect(await textOf('改署通报.docx')).toEqual(
      expect.arrayContaining(['株洲市人民政府', '（联系人：李强，0731-22000000）']),
    );
    // The 任务书 names the contact under 报送要求.
    expect(fenjieIn(dir, 'taskbooks', plan, '-o', join(dir, '任务书2'), '--year', '2018').status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, '任务书2', '高新区-工作目标分解任务书.xlsx'));
    const cells: string[] = [];
    wb.getWorksheet('高新区')!.eachRow((row) => row.eachCell((c) => cells.push(String(readCell(c) ?? ''))));
    expect(cells).toContain('联系人：王敏，0731-28681234。');
  });
});
