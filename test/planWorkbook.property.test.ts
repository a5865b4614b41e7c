/** Law: a plan written to a workbook and read back is the same plan (placement aside). */
import fc from 'fast-check';
import { PLAN_SCHEMA, fromScaled, type CellValue, type Column, type Indicator, type Plan } from '../src/core';
import { messages } from '../src/locales';
import { loadWorkbook, planWorkbook, readPlans, workbookToBuffer } from '../src/xlsx';

// Any text a cell can hold: Chinese, characters Excel forbids in sheet names, leading '=' and spaces.
const cellText = fc
  .string({
    unit: fc.constantFrom(..."高新区芦淞县市:/\\?*[]'=+-@ ab1—%,。\n".split('')),
    minLength: 1,
    maxLength: 60,
  })
  .filter((s) => s.trim() !== '' && s === s.trim());
const longName = fc.string({
  unit: fc.constantFrom(...'湖南株洲醴陵经济开发区[]:*?/\\'.split('')),
  minLength: 1,
  maxLength: 300,
});

const arbitraryPlan: fc.Arbitrary<Plan> = fc
  .record({
    title: fc.oneof(cellText, longName),
    unitNames: fc.uniqueArray(fc.oneof(cellText, longName), { minLength: 0, maxLength: 12 }),
    indicators: fc.array(
      fc.record({
        name: cellText,
        measure: fc.constantFrom('亿元', '万美元', '个', '%', ''),
        decimals: fc.integer({ min: 0, max: 3 }),
      }),
      { minLength: 0, maxLength: 3 },
    ),
    textColumns: fc.integer({ min: 0, max: 2 }),
    years: fc.integer({ min: 1, max: 3 }),
    seed: fc.infiniteStream(
      fc.oneof(fc.constant(null), fc.integer({ min: -10_000_000, max: 10_000_000 }), cellText),
    ),
    totals: fc.infiniteStream(fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined })),
  })
  .map(({ title, unitNames, indicators, textColumns, years, seed, totals }) => {
    const inds: Indicator[] = indicators.map((i, k) => ({
      id: `i${k}`,
      name: i.name,
      measure: i.measure,
      decimals: i.decimals,
      aggregate: i.measure === '%' ? 'none' : 'sum',
    }));
    const columns: Column[] = [
      ...Array.from({ length: textColumns }, (_, k): Column => ({
        id: `t${k}`,
        kind: k ? 'deadline' : 'text',
        label: `文本${k}`,
      })),
      ...inds.flatMap((ind) =>
        Array.from({ length: years }, (_, y): Column => ({
          id: `${ind.id}_${2017 + y}`,
          kind: 'figure',
          label: `${2017 + y}`,
          indicator: ind.id,
          period: `${2017 + y}`,
          role: y === 0 ? 'base' : 'target',
        })),
      ),
    ];
    const decimalsOfColumn = (c: Column) => inds.find((i) => i.id === c.indicator)?.decimals ?? 0;
    const it = seed[Symbol.iterator]();
    const values: CellValue[][] = unitNames.map(() =>
      columns.map((c) => {
        const v = it.next().value as CellValue;
        return typeof v === 'number' ? fromScaled(v, decimalsOfColumn(c)) : v;
      }),
    );
    const tt = totals[Symbol.iterator]();
    const controlTotals: Record<string, number> = {};
    for (const c of columns) {
      const t = tt.next().value as number | undefined;
      const ind = inds.find((i) => i.id === c.indicator);
      if (t !== undefined && c.role === 'target' && ind?.aggregate === 'sum')
        controlTotals[c.id] = fromScaled(t, ind.decimals);
    }
    return {
      schema: PLAN_SCHEMA,
      planId: 'p-prop',
      version: 1,
      template: 'custom',
      title,
      issuer: '株洲市人民政府',
      period: '2017—2019年',
      source: { document: '', appendix: '', date: '' },
      unitHeader: '县市区',
      totalLabel: '合计',
      units: unitNames.map((name, k) => ({ id: `u${k}`, name, kind: 'district' as const })),
      indicators: inds,
      columns,
      values,
      controlTotals,
      locks: [],
      notes: [],
    };
  });

const withoutPlacement = ({ placement: _placement, ...rest }: Plan) => rest;

/** A text column's line breaks are the sheet's layout (the sheet breaks 责任单位 to fit), not its content. */
const asReadBack = (plan: Plan): Plan => ({
  ...plan,
  values: plan.values.map((row) =>
    row.map((v, j) =>
      plan.columns[j].kind === 'text' && typeof v === 'string' ? v.replace(/\r?\n/g, '') : v,
    ),
  ),
});

describe('plan → workbook → plan', () => {
  it('is the identity (line breaks of text columns aside) for random plans: empty cells, long names, characters Excel forbids in sheet names', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPlan, async (plan) => {
        const { workbook } = planWorkbook([plan], messages('zh-CN').sheet);
        const back = readPlans(await loadWorkbook(await workbookToBuffer(workbook)));
        expect(back).toHaveLength(1);
        expect(back[0].placement?.sheet.length).toBeLessThanOrEqual(31);
        expect(withoutPlacement(back[0])).toEqual(asReadBack(plan));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the figures a planner typed into the sheet, and a 下达目标 changed in the sheet', async () => {
    const { createFromTemplate } = await import('../src/core');
    const { workbook, plans } = planWorkbook(
      [createFromTemplate('zz-xiangshang-2017-2020', 'p')],
      messages('zh-CN').sheet,
    );
    const placement = plans[0].placement!;
    const sheet = workbook.getWorksheet(placement.sheet)!;
    sheet.getCell(placement.unitRows[0], placement.columns[0]).value = 96;
    sheet.getCell(placement.unitRows[1], placement.columns[0]).value = '４８';
    sheet.getCell(placement.controlRow!, placement.columns[0]).value = 600;
    const [back] = readPlans(await loadWorkbook(await workbookToBuffer(workbook)));
    expect(back.values[0][0]).toBe(96);
    expect(back.values[1][0]).toBe('４８');
    expect(back.controlTotals['i1_2017-2020']).toBe(600);
  });
});

describe('a plan larger than one cell holds', () => {
  it('travels in chunks and reads back whole (2,000 units)', async () => {
    const { createCustomPlan } = await import('../src/core');
    const p = createCustomPlan(
      {
        units: Array.from({ length: 2000 }, (_, k) => `单位${k + 1}`),
        indicators: [{ name: '回归到位资金', measure: '亿元' }],
        years: ['2018', '2019'],
      },
      'big',
    );
    const plan = { ...p, values: p.units.map((_, k) => [k / 100, (k * 7) % 101]) };
    const { workbook } = planWorkbook([plan], messages('zh-CN').sheet);
    const meta = workbook.getWorksheet('_fenjie')!;
    expect(Number(meta.getCell(3, 1).value)).toBeGreaterThan(1);
    const [back] = readPlans(await loadWorkbook(await workbookToBuffer(workbook)));
    expect(withoutPlacement(back)).toEqual(plan);
  });
});
