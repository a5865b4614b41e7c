import { createFromTemplate, parsePlan, planSheetLayout, sumScaled, templates, type Plan } from '../src/core';
import { messages } from '../src/locales';

const plan = (id: string): Plan => createFromTemplate(id, 'test-plan');
const column = (p: Plan, id: string) => p.values.map((row) => row[p.columns.findIndex((c) => c.id === id)]);
const numbers = (xs: unknown[]) => xs.filter((x): x is number => typeof x === 'number');

describe('the built-in templates', () => {
  it.each(templates.map((t) => t.id))('%s makes a plan that passes its own schema', (id) => {
    expect(() => parsePlan(JSON.parse(JSON.stringify(plan(id))))).not.toThrow();
  });

  it('cite their source document, appendix and date', () => {
    for (const t of templates.filter((x) => x.id !== 'custom')) {
      expect(t.source.document).not.toBe('');
      expect(t.source.appendix).not.toBe('');
      expect(t.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('湘商 keeps the 10 units in the source order with 攸县 restored, totals 500 / 14 / 20', () => {
    const p = plan('zz-xiangshang-2017-2020');
    expect(p.units.map((u) => u.name)).toEqual([
      '高新区',
      '芦淞区',
      '石峰区',
      '荷塘区',
      '云龙示范区',
      '株洲县',
      '醴陵市',
      '攸县',
      '茶陵县',
      '炎陵县',
    ]);
    expect(p.columns.map((c) => sumScaled(numbers(column(p, c.id)), 0))).toEqual([500, 14, 20]);
    expect(Object.values(p.controlTotals)).toEqual([500, 14, 20]);
  });

  it('the task table keeps all 88 tasks in 8 sections with their deadlines restored', () => {
    const p = plan('zz-tasks-2017');
    expect(p.units).toHaveLength(88);
    expect(new Set(p.units.map((u) => u.section)).size).toBe(8);
    const counts: Record<string, number> = {};
    for (const d of column(p, 'deadline')) counts[String(d)] = (counts[String(d)] ?? 0) + 1;
    expect(counts).toEqual({
      '2017年12月': 13,
      '2018年6月': 17,
      '2018年12月': 21,
      '2020年12月': 4,
      持续推进: 33,
    });
    expect(p.units[37].name).toContain('合理补偿机制');
    expect(column(p, 'responsible')[37]).toBe('各县市区人民政府负责');
  });

  it('the bonded zones keep “—” for zones not yet open and total 25.77 / 50 / 200', () => {
    const p = plan('hn-bonded-zones-2017');
    expect(p.units[0].name).toBe('郴州综保区（出口加工区）');
    expect(column(p, 'trade_2016').filter((v) => v === '—')).toHaveLength(2);
    expect(
      ['trade_2016', 'trade_2017', 'trade_2020'].map((id) => sumScaled(numbers(column(p, id)), 2)),
    ).toEqual([25.77, 50, 200]);
  });

  it('the development zones total 123557, 216102, 36501.2, 51241.5, 855680, 1343417', () => {
    const p = plan('zz-devzones-2016-2020');
    expect(p.columns.map((c) => sumScaled(numbers(column(p, c.id)), 1))).toEqual([
      123557, 216102, 36501.2, 51241.5, 855680, 1343417,
    ]);
    expect(p.indicators.map((i) => i.rule?.growth?.rate)).toEqual([0.15, 0.08, 0.12]);
  });

  it('the 500强 table carries the city totals of the text and leaves the units to allocate', () => {
    const p = plan('zz-top500-2017-2020');
    expect(Object.values(p.controlTotals)).toEqual([2, 3, 3, 6, 5, 10, 20]);
    expect(p.values.flat().every((v) => v === null)).toBe(true);
  });

  it('郴州 has 13 units, its structural indicators name their departments, and the shares are not summed', () => {
    const inv = plan('cz-investment-2017-2018');
    const str = plan('cz-structural-2017-2018');
    expect(inv.units).toHaveLength(13);
    expect(inv.columns).toHaveLength(6);
    expect(str.indicators).toHaveLength(8);
    expect(str.indicators.every((i) => i.department)).toBe(true);
    expect(str.indicators.filter((i) => i.aggregate === 'none').map((i) => i.measure)).toEqual(['%', '%']);
  });
});

describe('plan sheets print as planners expect', () => {
  it('large figures carry thousands separators at the indicator’s decimals; summary rows are as tall as unit rows', () => {
    const plan = createFromTemplate('zz-devzones-2016-2020', 'p');
    const { layout, placement } = planSheetLayout(plan, messages('zh-CN').sheet, '表');
    const formats = new Set(
      layout.cells
        .filter((c) => c.row === placement.unitRows[0] && c.col >= 3)
        .map((c) => layout.styles[c.style!].numFmt),
    );
    expect([...formats].sort()).toEqual(['#,##0', '#,##0.0']);
    expect(layout.rowHeights[placement.totalRow!]).toBe(layout.rowHeights[placement.unitRows[0]]);
    expect(layout.rowHeights[placement.differenceRow!]).toBe(layout.rowHeights[placement.unitRows[0]]);
  });
});
