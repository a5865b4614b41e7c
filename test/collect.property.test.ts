/** Law: whatever a unit (or anyone) does to a returned workbook, the import gives it a verdict — it never throws or stalls. */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { checkReport, createFromTemplate, type Plan } from '../src/core';
import { messages, reportWords } from '../src/locales';
import { planWorkbook, readReport, unitTaskbookWorkbook } from '../src/xlsx';
import { readReportFile } from './support/excelJsReport';

const m = messages('zh-CN');
const words = reportWords(m);
let plan: Plan;
let good: Buffer;

beforeAll(async () => {
  plan = planWorkbook([createFromTemplate('zz-xiangshang-2017-2020', 'p')], m.sheet).plans[0];
  const wb = unitTaskbookWorkbook(plan, 0, 2018, { taskbook: m.taskbook, report: m.report });
  const sheet = wb.getWorksheet('完成情况')!;
  for (const cell of ['B8', 'B23', 'B38']) sheet.getCell(cell).value = 1;
  sheet.getCell('D3').value = '张三';
  sheet.getCell('F3').value = '0731-1234567';
  sheet.getCell('B4').value = '2018-04-05';
  good = Buffer.from(await wb.xlsx.writeBuffer());
});

const verdictOf = async (bytes: Uint8Array) => {
  const input = readReport('x.xlsx', bytes);
  return checkReport(plan, input, new Date('2026-11-24'), words);
};

describe('hostile reports, as laws', () => {
  it('the good report passes', async () => {
    expect((await verdictOf(good)).verdict).toBe('pass');
  });

  it('flipped, cut or padded bytes: a verdict every time, never an exception', async () => {
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (flips, cut) => {
          const bytes = Buffer.from(good);
          for (const [at, b] of flips) bytes[at % bytes.length] = b;
          const data = cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length);
          const t = Date.now();
          const r = await verdictOf(data);
          slowest = Math.max(slowest, Date.now() - t);
          expect(['pass', 'notes', 'returned']).toContain(r.verdict);
          if (r.verdict === 'returned') expect(r.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
    process.stdout.write(`byte mutations: slowest verdict ${slowest} ms\n`);
  });

  it('cells typed anywhere with anything, rows deleted, sheets renamed: a verdict, and a changed target is always caught', async () => {
    const value = fc.oneof(
      fc.double({ noNaN: true }),
      fc.integer(),
      fc.string(),
      fc.constantFrom('=1+1', '+86', '-5', '@SUM(A1)', '８０', '80亿元', '1,234', '', '#REF!'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 8 }), value), {
          maxLength: 8,
        }),
        fc.boolean(),
        fc.boolean(),
        async (edits, deleteRow, rename) => {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(good as unknown as ArrayBuffer);
          const sheet = wb.getWorksheet('完成情况')!;
          for (const [r, c, v] of edits) sheet.getCell(r, c).value = v;
          if (deleteRow) sheet.spliceRows(10, 1);
          if (rename) sheet.name = '完成';
          const bytes = Buffer.from(await wb.xlsx.writeBuffer());
          const r = await verdictOf(bytes);
          expect(['pass', 'notes', 'returned']).toContain(r.verdict);
          // ExcelJS, reading the same file its own way, comes to the same verdict.
          const oracle = checkReport(
            plan,
            await readReportFile('x.xlsx', bytes),
            new Date('2026-11-24'),
            words,
          );
          expect([r.verdict, r.issues.map((i) => `${i.code}@${i.cell ?? ''}`)]).toEqual([
            oracle.verdict,
            oracle.issues.map((i) => `${i.code}@${i.cell ?? ''}`),
          ]);
          // The target cells are H6, H21, H36: any other value there is caught.
          const touched = edits.filter(([row, col]) => col === 8 && [6, 21, 36].includes(row));
          const last = new Map(touched.map(([row, , v]) => [row, v]));
          const assigned: Record<number, number> = { 6: 80, 21: 3, 36: 3 };
          if ([...last].some(([row, v]) => v !== assigned[row]) && !deleteRow)
            expect(r.verdict).toBe('returned');
        },
      ),
      { numRuns: 60 },
    );
  });
});
