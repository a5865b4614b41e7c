/**
 * Reports come back from the units: every file gets a verdict and clear issues, none crashes or stalls the
 * import, tampering with a target is caught, and the good ones are consolidated into 汇总 and 通报.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readCell } from '../src/xlsx';
import { tempDir } from './support/tmp';

const root = join(__dirname, '..');
const fenjie = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin', 'fenjie.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, FENJIE_LANG: 'zh-CN' },
    timeout: 120_000,
  });
/** Types into a unit's workbook as a unit would (openpyxl: cells only). */
const type = (src: string, dst: string, cells: Record<string, string | number>, sheet = '完成情况') =>
  execFileSync(
    '/usr/bin/python3',
    [
      join(__dirname, 'support', 'edit_workbook.py'),
      'openpyxl',
      src,
      dst,
      JSON.stringify(Object.entries(cells).map(([cell, value]) => ({ op: 'set', sheet, cell, value }))),
    ],
    { stdio: 'pipe' },
  );

/** 1—N月累计 for each of the three 湘商 targets (blocks start at rows 8, 23 and 38). */
/** With 填报人, 联系电话 and 填报日期 filled in, as a unit sends it (a test may type another date). */
const months = (...blocks: number[][]): Record<string, string | number> => ({
  D3: '张三',
  F3: '0731-1234567',
  B4: '2018-04-05',
  ...Object.fromEntries(blocks.flatMap((values, k) => values.map((v, m) => [`B${8 + 15 * k + m}`, v]))),
});

let dir: string;
let plan: string;
const unitFile = (unit: string) => join(dir, 'out', `${unit}-工作目标分解任务书.xlsx`);
interface Verdicts {
  files: {
    file: string;
    unit?: string;
    verdict: string;
    issues: { code: string; cell?: string; message: string }[];
  }[];
}

beforeAll(() => {
  dir = tempDir('collect');
  plan = join(dir, '湘商.xlsx');
  fenjie('new', 'zz-xiangshang-2017-2020', '-o', plan);
  fenjie('taskbooks', plan, '-o', join(dir, 'out'), '--year', '2018');
});

describe('fenjie collect', () => {
  it('gives every file a verdict, catches tampering and bad figures, and consolidates the good ones', async () => {
    const r = (name: string) => join(dir, name);
    type(unitFile('高新区'), r('gx.xlsx'), {
      ...months([10, 25, 31], [0, 1, 1], [0, 0, 1]),
      B4: '2018-04-05',
    });
    type(unitFile('石峰区'), r('sf.xlsx'), months([4, 9, 15], [0, 0, 0], [0, 1, 1]));
    type(unitFile('芦淞区'), r('ls-target.xlsx'), { B8: 3, H6: 20 });
    type(unitFile('荷塘区'), r('ht-text.xlsx'), { B8: 3, B9: '8亿元', B10: '=HYPERLINK("http://x","y")' });
    type(unitFile('醴陵市'), r('ll-falls.xlsx'), { B8: 9, B9: 5 });
    type(unitFile('攸县'), r('yx-empty.xlsx'), {});
    // The hidden record edited by hand: its hash no longer matches.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(unitFile('茶陵县'));
    const meta = wb.getWorksheet('_fenjie')!;
    // 茶陵县's 2018 target: 10, a quarter of its 40 for 2017—2020年.
    meta.getCell('A4').value = String(readCell(meta.getCell('A4'))).replace('"value":10,', '"value":1,');
    await wb.xlsx.writeFile(r('cl-record.xlsx'));
    // A good report with a macro project added: read, the macro ignored and said.
    const zip = await JSZip.loadAsync(readFileSync(r('sf.xlsx')));
    zip.file('xl/vbaProject.bin', 'Attribute VB_Name = "x"');
    writeFileSync(r('sf-macro.xlsm'), await zip.generateAsync({ type: 'nodebuffer' }));
    // Not workbooks at all.
    writeFileSync(r('data.xlsx'), '单位,完成\n高新区,31\n');
    writeFileSync(r('cut.xlsx'), readFileSync(r('gx.xlsx')).subarray(0, 3000));
    const bomb = new JSZip();
    bomb.file('xl/workbook.xml', Buffer.alloc(80 * 1024 * 1024));
    writeFileSync(r('bomb.xlsx'), await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    copyFileSync(plan, r('plan-copy.xlsx'));

    const files = [
      'gx',
      'sf',
      'ls-target',
      'ht-text',
      'll-falls',
      'yx-empty',
      'cl-record',
      'data',
      'cut',
      'bomb',
      'plan-copy',
    ].map((n) => r(`${n}.xlsx`));
    files.push(r('sf-macro.xlsm'));
    const started = Date.now();
    const out = fenjie('collect', plan, ...files, '-o', r('汇总.xlsx'), '--json');
    const seconds = (Date.now() - started) / 1000;
    const peak = spawnSync(
      '/usr/bin/time',
      ['-f', '%M', process.execPath, join(root, 'bin', 'fenjie.js'), 'collect', plan, ...files],
      {
        encoding: 'utf8',
      },
    )
      .stderr.trim()
      .split('\n')
      .pop();
    process.stdout.write(
      `collect: ${files.length} files (one an 80 MB zip bomb) in ${seconds.toFixed(2)} s, peak memory ${(Number(peak) / 1024).toFixed(0)} MB\n`,
    );
    expect(Number(peak) / 1024).toBeLessThan(400);
    expect(out.status).toBe(1);
    const v = JSON.parse(out.stdout) as Verdicts;
    const by = Object.fromEntries(v.files.map((f) => [f.file, f]));
    const codes = (name: string) => by[name].issues.map((i) => i.code);
    expect(v.files).toHaveLength(files.length);
    expect(by['gx.xlsx'].verdict).toBe('pass');
    expect(by['sf-macro.xlsm']).toMatchObject({ verdict: 'notes' });
    expect(codes('sf-macro.xlsm')).toContain('report.ignored.macros');
    expect(by['ls-target.xlsx'].issues.find((i) => i.code === 'report.targetAltered')).toMatchObject({
      cell: 'H6',
    });
    expect(codes('ht-text.xlsx')).toEqual(
      expect.arrayContaining(['report.disguisedNumber', 'report.notANumber']),
    );
    expect(codes('ll-falls.xlsx')).toContain('report.cumulativeDecreases');
    // An empty report points at the first cell the unit was to type in.
    expect(by['yx-empty.xlsx'].issues.find((i) => i.code === 'report.empty')).toMatchObject({ cell: 'B8' });
    expect(codes('cl-record.xlsx')).toContain('report.signatureBad');
    for (const name of [
      'ls-target.xlsx',
      'ht-text.xlsx',
      'll-falls.xlsx',
      'yx-empty.xlsx',
      'cl-record.xlsx',
      'data.xlsx',
      'cut.xlsx',
      'bomb.xlsx',
      'plan-copy.xlsx',
    ])
      expect([name, by[name].verdict]).toEqual([name, 'returned']);
    expect(codes('bomb.xlsx')).toEqual(['report.zipBomb']);
    expect(codes('plan-copy.xlsx')).toEqual(['report.notOurs']);

    // 汇总: 高新区 31 of 80 亿元 by March, first; 石峰区 15 of 40, second; the city's 46.
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(r('汇总.xlsx'));
    const sheet = summary.getWorksheet('汇总')!;
    const rowOf = (name: string) => {
      let found = 0;
      sheet.eachRow((row, k) => {
        if (readCell(row.getCell(2)) === name) found = k;
      });
      return [3, 4, 5, 6, 7, 8].map((c) => readCell(sheet.getCell(found, c)));
    };
    // 2018's targets: a quarter of each unit's 2017—2020年 target, against 2018's three months.
    expect(rowOf('高新区')).toEqual([20, 31, 155, 25, 130, 1]);
    expect(rowOf('石峰区')).toEqual([10, 15, 150, 25, 125, 2]);
    expect(rowOf('芦淞区')).toEqual([10, null, null, 25, null, '—']);
    expect(rowOf('全市')[1]).toBe(46);
    const bulletin = summary.getWorksheet('通报')!;
    const text: string[] = [];
    // Each sentence as printed, over as many lines as it needs.
    bulletin.eachRow((row) => text.push(String(readCell(row.getCell(1))).replace(/\n/g, '')));
    expect(text).toContain(
      '1—3月，全市回归到位资金累计完成46亿元，完成2018年目标任务的36.8%，高于序时进度11.8个百分点（10个单位中2个已报送，全市数只含已报送单位；云龙示范区、株洲县、茶陵县等4个单位未报送，芦淞区、荷塘区、醴陵市等4个单位的报送被退回）。',
    );
    // Of the two that reported: never read as the whole city's list.
    expect(text).toContain('已报送的2个单位中，慢于序时进度的：无。');
    expect(text.join('')).toContain('未报送：');
    // A bar chart of 完成率 by unit, one series per indicator, drawn from the 汇总's own cells.
    const parts = await JSZip.loadAsync(readFileSync(r('汇总.xlsx')));
    const chart = await parts.file('xl/charts/chart1.xml')!.async('string');
    expect(chart).toContain("<c:f>'汇总'!$B$4:$B$13</c:f>");
    expect(chart).toContain("<c:f>'汇总'!$E$4:$E$13</c:f>");
    expect((chart.match(/<c:ser>/g) ?? []).length).toBe(3);
  });

  it('every file returned: the 汇总 is still of the year they were issued for', () => {
    const out = JSON.parse(fenjie('collect', plan, unitFile('炎陵县'), '--json').stdout) as Verdicts & {
      year: number;
    };
    expect(out.files.map((f) => f.verdict)).toEqual(['returned']);
    expect(out.year).toBe(2018);
  });

  it('two reports of one unit: the newer 填报日期 is used, the other said', () => {
    const r = (name: string) => join(dir, name);
    type(unitFile('株洲县'), r('zz-old.xlsx'), { ...months([5], [0], [0]), B4: '2018-03-05' });
    type(unitFile('株洲县'), r('zz-new.xlsx'), { ...months([6, 12], [0, 1], [0, 0]), B4: '2018-04-05' });
    const v = JSON.parse(
      fenjie('collect', plan, r('zz-old.xlsx'), r('zz-new.xlsx'), '--json').stdout,
    ) as Verdicts;
    expect(v.files.map((f) => f.verdict)).toEqual(['notes', 'pass']);
    expect(v.files[0].issues.map((i) => i.code)).toContain('report.duplicate');
  });
});

describe('more hostile files', () => {
  it('encrypted, empty, too large, entity bombs, other plans, months not yet ended: each a verdict, quickly', async () => {
    const r = (name: string) => join(dir, name);
    type(unitFile('高新区'), r('base.xlsx'), months([1], [0], [0]));
    const base = readFileSync(r('base.xlsx'));
    writeFileSync(
      r('locked.xlsx'),
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(512),
        Buffer.from('EncryptionInfo', 'utf16le'),
      ]),
    );
    writeFileSync(r('empty.xlsx'), Buffer.alloc(0));
    writeFileSync(r('huge.xlsx'), Buffer.alloc(21 * 1024 * 1024, 1));
    // A sheet whose XML declares entities that would expand a billion times: refused unread (Excel and WPS
    // never write a DTD), never expanded.
    const zip = await JSZip.loadAsync(base);
    const sheetPath = Object.keys(zip.files).find((f) => /worksheets\/sheet2\.xml$/.test(f))!;
    const xml = await zip.file(sheetPath)!.async('string');
    const laughs =
      '<!DOCTYPE lolz [<!ENTITY lol "lol">' +
      Array.from({ length: 9 }, (_, k) => `<!ENTITY lol${k + 1} "${`&lol${k || ''};`.repeat(10)}">`).join(
        '',
      ) +
      ']>';
    zip.file(
      sheetPath,
      (xml.includes('?>') ? xml.replace('?>', `?>${laughs}`) : `${laughs}${xml}`).replace(
        '<sheetData>',
        '<sheetData><row r="99"><c r="A99" t="inlineStr"><is><t>&lol9;</t></is></c></row>',
      ),
    );
    writeFileSync(r('laughs.xlsx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const linked = await JSZip.loadAsync(base);
    linked.file('xl/externalLinks/externalLink1.xml', '<externalLink/>');
    linked.file('xl/embeddings/oleObject1.bin', 'x');
    writeFileSync(
      r('links.xlsx'),
      await linked.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
    );
    // A unit workbook of another plan, and one whose months have not ended (a plan for this year).
    const otherDir = tempDir('other');
    const other = join(otherDir, 'other.xlsx');
    fenjie('new', 'zz-xiangshang-2017-2020', '-o', other);
    fenjie('taskbooks', other, '-o', join(otherDir, 'out'), '--year', '2018');
    type(
      join(otherDir, 'out', '高新区-工作目标分解任务书.xlsx'),
      r('other-plan.xlsx'),
      months([1], [0], [0]),
    );
    const year = new Date().getFullYear();
    const now = join(otherDir, 'now.xlsx');
    fenjie(
      'new',
      'custom',
      '--units',
      '甲区,乙区',
      '--indicators',
      '到位资金:亿元',
      '--years',
      String(year),
      '-o',
      now,
    );
    fenjie('spread', now, '--indicator', '到位资金', '--total', '10', '--method', 'even');
    fenjie('taskbooks', now, '-o', join(otherDir, 'now'));
    type(join(otherDir, 'now', '甲区-工作目标分解任务书.xlsx'), r('future.xlsx'), { B19: 5 });

    const started = Date.now();
    const res = fenjie(
      'collect',
      plan,
      ...['locked', 'empty', 'huge', 'laughs', 'links', 'other-plan'].map((n) => r(`${n}.xlsx`)),
      '--json',
    );
    process.stdout.write(`collect: 6 hostile files in ${((Date.now() - started) / 1000).toFixed(2)} s\n`);
    const by = Object.fromEntries((JSON.parse(res.stdout) as Verdicts).files.map((f) => [f.file, f]));
    expect(by['locked.xlsx'].verdict).toBe('returned');
    expect(by['empty.xlsx'].verdict).toBe('returned');
    expect(by['huge.xlsx'].issues.map((i) => i.code)).toEqual(['report.tooLarge']);
    expect(by['laughs.xlsx'].issues).toEqual([
      expect.objectContaining({
        code: 'report.notWorkbook',
        params: expect.objectContaining({ kind: 'dtd' }),
      }),
    ]);
    expect(by['links.xlsx'].verdict).not.toBe('returned');
    expect(by['links.xlsx'].issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['report.ignored.externalLinks', 'report.ignored.embedded']),
    );
    expect(by['other-plan.xlsx'].issues.map((i) => i.code)).toEqual(['report.otherPlan']);
    const future = JSON.parse(fenjie('collect', now, r('future.xlsx'), '--json').stdout) as Verdicts;
    expect(future.files[0].issues.map((i) => i.code)).toContain('report.monthNotEnded');
  });
});

describe('collecting again', () => {
  it('updates the 汇总 and 通报 and keeps the earlier rounds, dated, in 历史; never writes over another file', async () => {
    const r = (name: string) => join(dir, name);
    type(unitFile('高新区'), r('h-gx.xlsx'), months([10], [0], [0]));
    type(unitFile('石峰区'), r('h-sf.xlsx'), months([4, 9], [0, 0], [0, 1]));
    const out = r('历史汇总.xlsx');
    expect(fenjie('collect', plan, r('h-gx.xlsx'), '-o', out).status).toBe(0);
    expect(fenjie('collect', plan, r('h-gx.xlsx'), r('h-sf.xlsx'), '-o', out).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['汇总', '通报', '历史', '_fenjie']);
    const history = wb.getWorksheet('历史')!;
    expect([3, 4, 5].map((c) => readCell(history.getCell(2, c)))).toEqual([1, 1, 0]);
    expect([3, 4, 5].map((c) => readCell(history.getCell(3, c)))).toEqual([2, 2, 0]);
    expect(String(readCell(history.getCell(3, 1)))).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    const refused = fenjie('collect', plan, r('h-gx.xlsx'), '-o', plan);
    expect(refused.stderr).toContain('不是本计划的汇总工作簿');
  });
});

describe('a new issue of targets', () => {
  it('makes a new plan version; a report against the old one is taken against the new targets, and said', () => {
    const d = tempDir('version');
    const p = join(d, 'p.xlsx');
    fenjie('new', 'zz-xiangshang-2017-2020', '-o', p);
    fenjie('taskbooks', p, '-o', join(d, 'v1'), '--year', '2018');
    type(join(d, 'v1', '高新区-工作目标分解任务书.xlsx'), join(d, 'old.xlsx'), months([1], [0], [0]));
    expect(fenjie('taskbooks', p, '-o', join(d, 'again'), '--year', '2018').stdout).not.toContain('第2版');
    fenjie('spread', p, '--indicator', '回归到位资金', '--total', '600');
    expect(fenjie('taskbooks', p, '-o', join(d, 'v2'), '--year', '2018').stdout).toContain('计划升为第2版');
    const v = JSON.parse(fenjie('collect', p, join(d, 'old.xlsx'), '--json').stdout) as Verdicts;
    // Only 回归到位资金 changed: one 提示, naming both figures; its 1 is read against the new target.
    expect(v.files[0].verdict).toBe('notes');
    expect(v.files[0].issues.map((i) => i.code)).toEqual(['report.targetChanged']);
    expect(v.files[0].issues[0].message).toMatch(
      /“回归到位资金”第1版下达[\d.]+，现为第2版[\d.]+；按[\d.]+计算完成率/,
    );
    type(join(d, 'v2', '高新区-工作目标分解任务书.xlsx'), join(d, 'new.xlsx'), months([1], [0], [0]));
    expect(
      (JSON.parse(fenjie('collect', p, join(d, 'new.xlsx'), '--json').stdout) as Verdicts).files[0].verdict,
    ).toBe('pass');
  });
});
