/**
 * Every template's workbook, recalculated by LibreOffice: the unit rows hold the source figures and
 * the 合计, 下达目标 and 差额 formulas give the source totals.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFromTemplate, templates, type Plan } from '../../src/core';
import { messages } from '../../src/locales';
import { planWorkbook, readCell, workbookToBuffer } from '../../src/xlsx';
import { convertWithLibreOffice, readBytes } from '../support/libreoffice';
import { tempDir } from '../support/tmp';

const sourceTotals: Record<string, (number | string | null)[]> = {
  'zz-xiangshang-2017-2020': [500, 14, 20],
  'zz-devzones-2016-2020': [123557, 216102, 36501.2, 51241.5, 855680, 1343417],
  'hn-bonded-zones-2017': [null, 25.77, 50, 200],
  'zz-top500-2017-2020': [0, 0, 0, 0, 0, 0, 0],
};

const recalculated: Record<string, { plan: Plan; sheet: ExcelJS.Worksheet }> = {};

beforeAll(async () => {
  const dir = tempDir('lo');
  const files: string[] = [];
  const plans: Record<string, Plan> = {};
  for (const t of templates) {
    const { workbook, plans: placed } = planWorkbook(
      [createFromTemplate(t.id, `plan-${t.id}`)],
      messages('zh-CN').sheet,
    );
    plans[t.id] = placed[0];
    const file = join(dir, `${t.id}.xlsx`);
    writeFileSync(file, await workbookToBuffer(workbook));
    files.push(file);
  }
  const outputs = convertWithLibreOffice(files, 'xlsx', join(dir, 'recalculated'));
  for (const [k, t] of templates.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readBytes(outputs[k]) as unknown as ArrayBuffer);
    const plan = plans[t.id];
    recalculated[t.id] = { plan, sheet: wb.getWorksheet(plan.placement!.sheet)! };
  }
});

const cell = (id: string, row: number, col: number) => readCell(recalculated[id].sheet.getCell(row, col));
const rowValues = (id: string, row: number) =>
  recalculated[id].plan.placement!.columns.map((c) => cell(id, row, c));

describe('plan workbooks recalculated by LibreOffice', () => {
  it.each(templates.map((t) => t.id))(
    '%s: every unit row holds the source figures, in the source order',
    (id) => {
      const { plan } = recalculated[id];
      plan.units.forEach((unit, i) => {
        const row = plan.placement!.unitRows[i];
        // Printed with line breaks where a typesetter would put them; the text itself unchanged.
        expect(String(cell(id, row, plan.placement!.unitColumn)).replace(/\n/g, '')).toBe(unit.name);
        expect(rowValues(id, row).map((v) => (typeof v === 'string' ? v.replace(/\n/g, '') : v))).toEqual(
          plan.values[i],
        );
      });
    },
  );

  it.each(Object.keys(sourceTotals))('%s: the 合计 row gives the source totals', (id) => {
    const { plan } = recalculated[id];
    const totals = rowValues(id, plan.placement!.totalRow!);
    const expected = sourceTotals[id];
    totals.forEach((t, j) => {
      if (expected[j] === null) expect(t === null || t === '—').toBe(true);
      else expect(t).toBeCloseTo(expected[j] as number, 9);
    });
  });

  it('the 差额 row is 0 where the 合计 meets the 下达目标, and empty where no target was given', () => {
    const x = recalculated['zz-xiangshang-2017-2020'].plan.placement!;
    expect(rowValues('zz-xiangshang-2017-2020', x.differenceRow!)).toEqual([0, 0, 0]);
    const t = recalculated['zz-top500-2017-2020'].plan.placement!;
    expect(rowValues('zz-top500-2017-2020', t.differenceRow!)).toEqual([-2, -3, -3, -6, -5, -10, -20]);
    const c = recalculated['cz-investment-2017-2018'].plan.placement!;
    expect(rowValues('cz-investment-2017-2018', c.differenceRow!)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('the bonded zones show “—” where a zone was not yet open', () => {
    const { plan } = recalculated['hn-bonded-zones-2017'];
    const col = plan.placement!.columns[1];
    expect(plan.placement!.unitRows.map((r) => cell('hn-bonded-zones-2017', r, col))).toEqual([
      5.86,
      0.33,
      5.58,
      9.62,
      '—',
      4.38,
      '—',
    ]);
  });

  it('the task table keeps 88 tasks: 13 / 17 / 21 / 4 due by month and 33 持续推进', () => {
    const { plan } = recalculated['zz-tasks-2017'];
    const col = plan.placement!.columns[1];
    const deadlines = plan.placement!.unitRows.map((r) => cell('zz-tasks-2017', r, col));
    const count = (d: string) => deadlines.filter((x) => x === d).length;
    expect(deadlines).toHaveLength(88);
    expect(['2017年12月', '2018年6月', '2018年12月', '2020年12月', '持续推进'].map(count)).toEqual([
      13, 17, 21, 4, 33,
    ]);
  });
});

describe('printing', () => {
  it('the 湘商 and 开发区 sheets print on one A4 page each; the task table runs to several, headers repeated', () => {
    const dir = tempDir('pdf');
    const files = ['zz-xiangshang-2017-2020', 'zz-devzones-2016-2020', 'zz-tasks-2017'].map((id) =>
      join(dir, `${id}.xlsx`),
    );
    return Promise.all(
      files.map(async (file, k) => {
        const id = ['zz-xiangshang-2017-2020', 'zz-devzones-2016-2020', 'zz-tasks-2017'][k];
        const { workbook } = planWorkbook([createFromTemplate(id, 'p')], messages('zh-CN').sheet);
        writeFileSync(file, await workbookToBuffer(workbook));
      }),
    ).then(() => {
      const pdfs = convertWithLibreOffice(files, 'pdf', join(dir, 'pdf'));
      const info = pdfs.map((pdf) => execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));
      const pages = info.map((i) => Number(/Pages:\s+(\d+)/.exec(i)![1]));
      expect(pages.slice(0, 2)).toEqual([1, 1]);
      expect(pages[2]).toBeGreaterThan(3);
      // A4 is 595 × 842 points, either way round.
      for (const i of info)
        expect(
          /Page size:\s+([\d.]+) x ([\d.]+)/
            .exec(i)!
            .slice(1, 3)
            .map((x) => Math.round(Number(x)))
            .sort(),
        ).toEqual([595, 842]);
      // The rendered page has ink on it: the title and the table, not an empty sheet.
      execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', pdfs[0], join(dir, 'page')]);
      expect(readBytes(join(dir, 'page-1.png')).length).toBeGreaterThan(5000);
    });
  });
});
