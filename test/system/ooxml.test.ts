/**
 * Every workbook the product writes passes the ECMA-376 schemas, every relationship finds its part and
 * every part has a content type: Excel "repairs" (and drops) what does not, LibreOffice says nothing.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { applyMarkupCompatibility, packageProblems } from '../support/ooxml';
import { fenjieIn } from '../support/fenjie';
import { tempDir } from '../support/tmp';

const root = join(__dirname, '..', '..');
const fenjie = (cwd: string, ...args: string[]) => {
  const r = fenjieIn(cwd, ...args);
  if (r.status !== 0 && r.status !== 1) throw new Error(`fenjie ${args.join(' ')}: ${r.stderr}`);
  return r;
};
const edit = (src: string, dst: string, edits: object[]) =>
  execFileSync(
    '/usr/bin/python3',
    [join(__dirname, '..', 'support', 'edit_workbook.py'), 'uno', src, dst, JSON.stringify(edits)],
    {
      stdio: 'pipe',
    },
  );
const walk = (d: string): string[] =>
  readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));

const SHEET = '湘商回归分解';
let demo: string;
let more: string;

beforeAll(() => {
  // The demo writes what a newcomer opens first: every template's plan, a spread, 任务书 both ways, the
  // departments' 任务书, reports filled in and returned through another writer, the 汇总 with its chart.
  demo = tempDir('ooxml-demo');
  execFileSync(process.execPath, [join(root, 'scripts', 'demo.js')], {
    env: { ...process.env, FENJIE_DEMO_OUT: demo },
    stdio: 'pipe',
  });
  // What the demo does not: undo, units added and removed after LibreOffice edited the sheet, departments
  // renamed, a 汇总 written twice (two rounds in 历史).
  more = tempDir('ooxml-more');
  fenjie(more, 'new', 'zz-xiangshang-2017-2020', '-o', 'plan.xlsx');
  copyFileSync(join(more, 'plan.xlsx'), join(more, '撤销.xlsx'));
  fenjie(more, 'spread', '撤销.xlsx', '--indicator', '回归到位资金', '--total', '600');
  fenjie(more, 'undo', '撤销.xlsx');
  edit(join(more, 'plan.xlsx'), join(more, '加单位.xlsx'), [
    { op: 'insertRows', sheet: SHEET, row: 6, count: 1 },
    { op: 'set', sheet: SHEET, cell: 'B6', value: '新单位' },
    { op: 'set', sheet: SHEET, cell: 'C6', value: 9 },
  ]);
  fenjie(more, 'units', 'add', '加单位.xlsx');
  edit(join(more, 'plan.xlsx'), join(more, '减单位.xlsx'), [
    { op: 'deleteRows', sheet: SHEET, row: 7, count: 1 },
  ]);
  fenjie(more, 'units', 'remove', '减单位.xlsx', '石峰区');
  fenjie(more, 'units', 'rename', 'plan.xlsx', '攸县', '攸县人民政府');
  fenjie(more, 'new', 'zz-tasks-2017', '-o', '任务.xlsx');
  fenjie(more, 'departments', '任务.xlsx', '--rename', '市商务粮食局=市商务局');
  const reports = walk(join(demo, '报送'));
  fenjie(more, 'collect', join(demo, 'zz-xiangshang-2017-2020-600.xlsx'), ...reports, '-o', '汇总.xlsx');
  fenjie(more, 'collect', join(demo, 'zz-xiangshang-2017-2020-600.xlsx'), ...reports, '-o', '汇总.xlsx');
}, 300_000);

const files = (dir: string) =>
  walk(dir)
    .filter((f) => f.endsWith('.xlsx') || f.endsWith('.docx'))
    .map((f) => ({ name: relative(dir, f), bytes: readFileSync(f) }));

describe('the workbooks we write open in Excel without repair', () => {
  it('every part of every workbook of the demo passes the schemas', async () => {
    const written = files(demo);
    expect(written.length).toBeGreaterThan(60);
    expect(written.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        '汇总.xlsx',
        '通报.docx',
        '考核.xlsx',
        '考核结果通报.docx',
        '报送/高新区-完成情况.xlsx',
        '任务书/全部任务书.xlsx',
      ]),
    );
    expect(await packageProblems(written)).toEqual([]);
  });

  it('so does every workbook after undo, units, departments and a second round of collect', async () => {
    expect(await packageProblems(files(more))).toEqual([]);
  });

  it('a part out of the schema’s order is caught, naming the file, the part and the element', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(demo, '汇总.xlsx')));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    const misordered = chart.replace(
      /<c:crossAx val="2"\/><c:tickLblSkip val="1"\/>/,
      '<c:tickLblSkip val="1"/><c:crossAx val="2"/>',
    );
    expect(misordered).not.toBe(chart);
    zip.file('xl/charts/chart1.xml', misordered);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file(
      'xl/worksheets/sheet1.xml',
      sheet.replace(/(<sheetViews>.*?<\/sheetViews>)(<sheetFormatPr[^>]*\/>)?/, '$2$1'),
    );
    zip.remove('xl/styles.xml');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const problems = await packageProblems([{ name: '坏汇总.xlsx', bytes }]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^坏汇总\.xlsx: xl\/charts\/chart1\.xml: .*tickLblSkip.*not expected/),
        expect.stringMatching(/^坏汇总\.xlsx: .*xl\/styles\.xml.*not in the package/),
      ]),
    );
  });
});

describe('markup compatibility, applied as Office applies it', () => {
  it('drops ignorable namespaces and xml:space, and keeps the fallback of alternate content', () => {
    const xml =
      '<w xmlns="urn:main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
      'xmlns:x14ac="urn:x14ac" mc:Ignorable="x14ac"><r x14ac:dyDescent="0.25"><t xml:space="preserve"> a&amp;b </t>' +
      '<x14ac:extra/></r><mc:AlternateContent><mc:Choice Requires="x14ac"><new/></mc:Choice>' +
      '<mc:Fallback><old/></mc:Fallback></mc:AlternateContent></w>';
    expect(applyMarkupCompatibility(xml)).toBe(
      '<w xmlns="urn:main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
        'xmlns:x14ac="urn:x14ac"><r><t> a&amp;b </t></r><old></old></w>',
    );
  });
});
