import {
  createCustomPlan,
  createFromTemplate,
  createValidator,
  planGrid,
  validate,
  type Issue,
  type Plan,
} from '../src/core';
import { describeIssue, messages } from '../src/locales';
import { planWorkbook } from '../src/xlsx';

/** A plan as placed on its sheet, so issues name sheet and cell. */
const placed = (id: string): Plan =>
  planWorkbook([createFromTemplate(id, 'p')], messages('zh-CN').sheet).plans[0];
const edit = (p: Plan, unit: number, column: number, value: Plan['values'][number][number]): Plan => ({
  ...p,
  values: p.values.map((row, i) => row.map((v, j) => (i === unit && j === column ? value : v))),
});
const codes = (issues: Issue[]) => issues.map((i) => `${i.severity}:${i.code}@${i.cell ?? ''}`);

describe('validating a plan', () => {
  it('the source tables as they stand have no errors', () => {
    for (const id of ['zz-xiangshang-2017-2020', 'hn-bonded-zones-2017', 'zz-tasks-2017']) {
      const p = placed(id);
      expect(validate(p, planGrid(p)).filter((i) => i.severity === 'error')).toEqual([]);
    }
  });

  it('a 合计 that misses 下达目标 by 0.01 亿元 is an error naming the cell and the difference', () => {
    const custom = createCustomPlan(
      {
        units: ['芙蓉区', '天心区', '岳麓区'],
        indicators: [{ name: '回归到位资金', measure: '亿元' }],
        years: ['2018'],
      },
      'p',
    );
    const filled = { ...custom, values: [[33.34], [33.33], [33.33]], controlTotals: { i1_2018: 100 } };
    const p = planWorkbook([filled], messages('zh-CN').sheet).plans[0];
    expect(validate(p, planGrid(p))).toEqual([]);
    const q = edit(p, 0, 0, 33.35);
    const issues = validate(q, planGrid(q)).filter((i) => i.code === 'total.missesControl');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: 'error',
      sheet: '工作目标任务分解（2018年）',
      cell: 'C10',
      expected: 100,
    });
    expect(issues[0].params).toMatchObject({ total: 100.01, control: 100, difference: 0.01 });
  });

  it('names text that is a number in disguise, with the number it would be', () => {
    const p = placed('zz-xiangshang-2017-2020');
    for (const [text, value] of [
      ['８０', 80],
      ['80亿元', 80],
      ['1,234', 1234],
      ['1\uFF0C234', 1234],
      [' 80 ', 80],
    ] as const) {
      const q = edit(p, 0, 0, text);
      const issue = validate(q, planGrid(q)).find((i) => i.code === 'cell.disguisedNumber');
      expect(issue).toMatchObject({ severity: 'error', cell: 'C5', unitName: '高新区', expected: value });
    }
  });

  it('finds Excel errors, plain text, negatives, fractions in counts and shares above 100', () => {
    let p = placed('zz-xiangshang-2017-2020');
    p = edit(p, 0, 0, '#REF!');
    p = edit(p, 1, 0, '待定');
    p = edit(p, 2, 0, -5);
    p = edit(p, 3, 1, 1.5);
    const found = codes(validate(p, planGrid(p)));
    expect(found).toEqual(
      expect.arrayContaining([
        'error:cell.excelError@C5',
        'error:cell.notANumber@C6',
        'error:cell.negative@C7',
        'error:cell.fractionInCount@D8',
      ]),
    );
    let s = placed('cz-structural-2017-2018');
    s = edit(s, 0, 8, 120);
    expect(codes(validate(s, planGrid(s)))).toContain('error:cell.shareOutOfRange@K5');
  });

  it('a 2020 target that does not follow the stated growth: a warning within the tolerance, an error beyond', () => {
    const p = placed('zz-devzones-2016-2020');
    const issues = validate(p, planGrid(p)).filter((i) => i.code === 'growth.offRule');
    // The source's 外资 and 内资 used rounded factors (1.36, 1.57): small deviations, warnings only; 进出口 follows 15% exactly.
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(issues.some((i) => i.column === 'trade_2020')).toBe(false);
    const q = edit(p, 0, 1, 52000);
    const err = validate(q, planGrid(q)).find((i) => i.code === 'growth.offRule' && i.unit === 'u01');
    expect(err).toMatchObject({ severity: 'error', cell: 'D5', expected: 47975 });
    expect(err!.params.deviation).toBeCloseTo(8.39, 1);
  });

  it('deadlines must be a month or 持续推进; a damaged month is named with what it should read', () => {
    let p = placed('zz-tasks-2017');
    p = edit(p, 0, 1, '20186');
    p = edit(p, 1, 1, '下半年');
    const issues = validate(p, planGrid(p));
    expect(issues.find((i) => i.code === 'deadline.damaged')?.params.suggestion).toBe('2018年6月');
    expect(issues.find((i) => i.code === 'deadline.invalid')?.unit).toBe('t02');
  });

  it('duplicate unit names are an error naming the first', () => {
    const p = placed('zz-xiangshang-2017-2020');
    const q = { ...p, units: p.units.map((u, i) => (i === 3 ? { ...u, name: '芦淞区' } : u)) };
    expect(validate(q, planGrid(q)).find((i) => i.code === 'unit.duplicate')).toMatchObject({
      cell: 'B8',
      params: { first: 'B6' },
    });
  });

  it('a formula where a figure belongs, and a figure where the 合计 formula belongs', () => {
    const p = placed('zz-xiangshang-2017-2020');
    const grid = {
      ...planGrid(p),
      formula: (i: number, j: number) => (i === 0 && j === 0 ? 'C6*2' : undefined),
      totalFormula: (j: number) => (j === 1 ? undefined : 'SUM()'),
      differenceFormula: () => 'IF()',
    };
    const found = codes(validate(p, grid));
    expect(found).toContain('warning:cell.formula@C5');
    expect(found).toContain('error:total.formulaReplaced@D15');
  });

  it('revalidating after one edit gives what a full validation gives', () => {
    const p = placed('zz-xiangshang-2017-2020');
    let current = p;
    const grid = { ...planGrid(p), value: (i: number, j: number) => current.values[i][j] };
    const v = createValidator(p, grid);
    expect(v.issues()).toEqual([]);
    current = edit(p, 4, 0, 55);
    const after = v.update([{ unit: 4, column: 0 }]);
    expect(codes(after)).toEqual(['error:total.missesControl@C17']);
    current = { ...current, controlTotals: { ...current.controlTotals, 'i1_2017-2020': 505 } };
    expect(v.update([{ control: 0 }], current)).toEqual([]);
  });
});

describe('the 下达目标 and targets still to be filled', () => {
  it('a 下达目标 typed with more decimals than the indicator, negative or too large is an error at its cell', () => {
    const p = placed('zz-xiangshang-2017-2020');
    for (const [control, code] of [
      [0.5, 'control.tooPrecise'],
      [-5, 'control.negative'],
      [1e30, 'control.tooLarge'],
    ] as const) {
      const issues = validate(
        { ...p, controlTotals: { ...p.controlTotals, 'i1_2017-2020': control } },
        planGrid(p),
      );
      const issue = issues.find((i) => i.code === code)!;
      expect(issue).toMatchObject({ severity: 'error', cell: 'C16', indicator: '回归到位资金' });
    }
    const half = validate({ ...p, controlTotals: { ...p.controlTotals, 'i1_2017-2020': 0.5 } }, planGrid(p));
    expect(describeIssue(half.find((i) => i.code === 'control.tooPrecise')!)).toBe(
      '下达目标0.5的小数位多于本指标的0位，分解无法恰好等于它',
    );
  });

  it('a fresh plan that still has to be spread says so once per column, with what fills it', () => {
    const p = placed('zz-top500-2017-2020');
    const issues = validate(p, planGrid(p));
    const unfilled = issues.filter((i) => i.code === 'column.unfilled');
    expect(unfilled).toHaveLength(p.columns.length);
    expect(issues.filter((i) => i.code === 'cell.empty')).toEqual([]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]); // nothing is wrong, only still to do
    const hq = unfilled.find((i) => i.indicator === '新引进企业地区总部等功能性机构')!;
    expect(describeIssue(hq)).toBe(
      '10个单位尚未填写目标（高新区、芦淞区、石峰区、荷塘区、云龙示范区…）。可用“分解”（命令行 fenjie spread）把下达目标20分到各单位',
    );
    expect(describeIssue(hq, 'en-US')).toContain('10 units have no target yet');
  });

  it('one empty target among filled ones is still named by its own cell', () => {
    const p = placed('zz-xiangshang-2017-2020');
    const issues = validate(edit(p, 2, 0, null), planGrid(edit(p, 2, 0, null)));
    expect(codes(issues.filter((i) => i.code === 'cell.empty'))).toEqual(['warning:cell.empty@C7']);
  });
});
