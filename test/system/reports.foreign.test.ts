/**
 * Reports as other programs write them: XML with namespace prefixes (the Open XML SDK, export tools),
 * and the formats clerks pick in WPS's “另存为” (.xls, .et, .ods). Ours is read by the standard; theirs is
 * named with what to do.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { checkReport, createFromTemplate, type Plan } from '../../src/core';
import { describeIssue, messages, reportWords } from '../../src/locales';
import { planWorkbook, readReport, unitTaskbookWorkbook } from '../../src/xlsx';
import { convertWithLibreOffice } from '../support/libreoffice';
import { packageProblems } from '../support/ooxml';
import { tempDir } from '../support/tmp';

const m = messages('zh-CN');
const words = reportWords(m);
const today = new Date('2026-11-24');
let plan: Plan;
let good: Buffer;

beforeAll(async () => {
  plan = planWorkbook([createFromTemplate('zz-xiangshang-2017-2020', 'p')], m.sheet).plans[0];
  const wb = unitTaskbookWorkbook(plan, 7, 2018, { taskbook: m.taskbook, report: m.report });
  const sheet = wb.getWorksheet('完成情况')!;
  for (const [cell, v] of [
    ['B8', 3],
    ['B9', 7],
    ['B23', 1],
    ['B24', 1],
    ['B38', 0],
    ['B39', 1],
    ['D3', '张三'],
    ['F3', '0731-1234567'],
    ['B4', '2018-04-05'],
  ] as const)
    sheet.getCell(cell).value = v;
  good = Buffer.from(await wb.xlsx.writeBuffer());
});

const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main': 'x',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
};

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The same part, every element of these namespaces under a prefix and attributes in reverse order. */
const prefixed = (xml: string): string => {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'];
  const parser = new SaxesParser({ xmlns: true });
  const nameOf = (tag: SaxesTagNS) => (PREFIXES[tag.uri] ? `${PREFIXES[tag.uri]}:${tag.local}` : tag.name);
  parser.on('opentag', (tag) => {
    const attrs = Object.values(tag.attributes)
      .map((a) =>
        a.name === 'xmlns' && PREFIXES[a.value]
          ? ` xmlns:${PREFIXES[a.value]}="${a.value}"`
          : ` ${a.name}="${escape(a.value)}"`,
      )
      .reverse()
      .join('');
    out.push(`<${nameOf(tag)}${attrs}>`);
  });
  parser.on('closetag', (tag) => out.push(`</${nameOf(tag)}>`));
  parser.on('text', (t) => out.push(escape(t)));
  parser.write(xml).close();
  return out.join('');
};

const rewritten = async (bytes: Uint8Array): Promise<Buffer> => {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files))
    if (/\.(xml|rels)$/.test(name)) zip.file(name, prefixed(await zip.file(name)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};

const verdict = (file: string, bytes: Uint8Array) => checkReport(plan, readReport(file, bytes), today, words);
const summary = (r: ReturnType<typeof verdict>) => ({
  verdict: r.verdict,
  unit: r.unit?.name,
  month: r.month,
  figures: r.figures,
  issues: r.issues.map((i) => `${i.code}@${i.cell ?? ''}`),
});

describe('a report whose XML uses namespace prefixes', () => {
  it('is schema-valid, and gets the verdict of its unprefixed copy', async () => {
    const other = await rewritten(good);
    await expect((await JSZip.loadAsync(other)).file('xl/workbook.xml')!.async('string')).resolves.toMatch(
      /^<\?xml[^>]*>\s*<x:workbook /,
    );
    expect(await packageProblems([{ name: '攸县.xlsx', bytes: other }])).toEqual([]);
    const plain = verdict('攸县.xlsx', good);
    expect(plain).toMatchObject({ verdict: 'pass', month: 2, unit: { name: '攸县' } });
    expect(summary(verdict('攸县.xlsx', other))).toEqual(summary(plain));
  });
});

describe('a report saved in another format', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('foreign');
    writeFileSync(join(dir, '芦淞区.xlsx'), good);
    convertWithLibreOffice([join(dir, '芦淞区.xlsx')], 'xls', dir);
    convertWithLibreOffice([join(dir, '芦淞区.xlsx')], 'ods', dir);
    // WPS's own .et is a compound file like an .xls; only its name tells them apart.
    copyFileSync(join(dir, '芦淞区.xls'), join(dir, '芦淞区.et'));
  }, 200_000);

  it.each([
    [
      '芦淞区.xls',
      '芦淞区.xls 是 Excel 97-2003 格式（.xls），请在 WPS 或 Excel 中打开，“另存为”Excel 工作簿（.xlsx）后再报送',
    ],
    ['芦淞区.et', '芦淞区.et 是 WPS 表格格式（.et），请在 WPS 中打开，“另存为”Excel 工作簿（.xlsx）后再报送'],
    [
      '芦淞区.ods',
      '芦淞区.ods 是 OpenDocument 表格格式（.ods），请在 WPS 或 LibreOffice 中打开，“另存为”Excel 工作簿（.xlsx）后再报送',
    ],
  ])('%s is returned, naming its format and what to do', (file, words) => {
    const r = verdict(file, readFileSync(join(dir, file)));
    expect(r.verdict).toBe('returned');
    expect(r.issues.map((i) => describeIssue(i))).toEqual([words]);
  });
});
