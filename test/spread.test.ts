import {
  createCustomPlan,
  createFromTemplate,
  fit,
  phase,
  phaseTotal,
  restoreSnapshot,
  spread,
  sumScaled,
  type Plan,
} from '../src/core';
import { describeError, messages } from '../src/locales';
import { planWorkbook } from '../src/xlsx';
import { planErrorOf } from './support/planError';
import type { SpreadRequest } from '../src/core';

const xiangshang = () => createFromTemplate('zz-xiangshang-2017-2020', 'p');
const col = (p: Plan, id: string) => p.values.map((r) => r[p.columns.findIndex((c) => c.id === id)]);
const unitId = (p: Plan, name: string) => p.units.find((u) => u.name === name)!.id;

describe('spreading a control total over the units', () => {
  it('spreading 600 in proportion keeps each unit’s share: 96 / 48 / 48 / 48 / 60 / 60 / 96 / 60 / 48 / 36', () => {
    const r = spread(xiangshang(), { column: 'i1_2017-2020', total: 600, method: { kind: 'proportional' } });
    expect(col(r.plan, 'i1_2017-2020')).toEqual([96, 48, 48, 48, 60, 60, 96, 60, 48, 36]);
    expect(r.plan.controlTotals['i1_2017-2020']).toBe(600);
    expect(r.roundedUp).toEqual([]);
    expect(r.changes).toHaveLength(10);
  });

  it('the 总部 column spread to 20 gives whole numbers summing to 20, and names the cells that took the +1', () => {
    const r = spread(xiangshang(), { column: 'i2_2017-2020', total: 20, method: { kind: 'proportional' } });
    const figures = col(r.plan, 'i2_2017-2020') as number[];
    expect(figures.every(Number.isInteger)).toBe(true);
    expect(figures.reduce((a, b) => a + b, 0)).toBe(20);
    // 14 → 20: each share × 20/14, floors sum to 15; the 5 largest remainders take the +1, ties to the earlier unit.
    // 醴陵市 and 攸县 (2.86) first; of the seven at 1.43, the three earliest.
    expect(figures).toEqual([4, 2, 2, 2, 1, 1, 3, 3, 1, 1]);
    const up = ['u02', 'u03', 'u04', 'u07', 'u08'];
    expect(r.roundedUp.map((x) => x.unit)).toEqual(up);
    expect(r.changes.filter((c) => c.why === 'roundedUp').map((c) => c.unit)).toEqual(up);
  });

  it('locking 高新区 at 80 spreads the other 520 over the rest', () => {
    const p = xiangshang();
    const r = spread(p, {
      column: 'i1_2017-2020',
      total: 600,
      method: { kind: 'proportional' },
      locks: [unitId(p, '高新区')],
    });
    const figures = col(r.plan, 'i1_2017-2020') as number[];
    expect(figures[0]).toBe(80);
    expect(figures.reduce((a, b) => a + b, 0)).toBe(600);
    expect(r.changes.find((c) => c.unit === 'u01')).toBeUndefined();
  });

  it('spreads evenly and by weights, to the hundredth of 亿元', () => {
    const p = createCustomPlan(
      { units: ['甲', '乙', '丙'], indicators: [{ name: '到位资金', measure: '亿元' }], years: ['2018'] },
      'p',
    );
    const even = spread(p, { column: 'i1_2018', total: 100, method: { kind: 'even' } });
    expect(col(even.plan, 'i1_2018')).toEqual([33.34, 33.33, 33.33]);
    const weighted = spread(p, {
      column: 'i1_2018',
      total: 10,
      method: { kind: 'weights', weights: { u01: 2, u02: 1, u03: 1 } },
    });
    expect(col(weighted.plan, 'i1_2018')).toEqual([5, 2.5, 2.5]);
  });

  it('honours floors and caps, and refuses caps that cannot hold the total', () => {
    const p = xiangshang();
    const r = spread(p, {
      column: 'i1_2017-2020',
      total: 600,
      method: { kind: 'proportional' },
      caps: { u01: 85 },
      floors: { u10: 50 },
    });
    const figures = col(r.plan, 'i1_2017-2020') as number[];
    expect(figures[0]).toBe(85);
    expect(figures[9]).toBe(50);
    expect(figures.reduce((a, b) => a + b, 0)).toBe(600);
    const caps = Object.fromEntries(p.units.map((u) => [u.id, 50]));
    const e = planErrorOf(() =>
      spread(p, { column: 'i1_2017-2020', total: 600, method: { kind: 'even' }, caps }),
    );
    expect(e.code).toBe('spread.capsTooLow');
    expect(describeError(e)).toBe('各单位上限合计500不足可分解的600。');
  });

  it('refuses locks that exceed the total, and says why', () => {
    const p = xiangshang();
    const e = planErrorOf(() =>
      spread(p, {
        column: 'i1_2017-2020',
        total: 100,
        method: { kind: 'proportional' },
        locks: ['u01', 'u07'],
      }),
    );
    expect(describeError(e)).toContain('锁定单位的合计160已超过总数100');
  });

  it('refuses proportional spreading over all-empty figures and suggests spreading evenly', () => {
    const p = createFromTemplate('zz-top500-2017-2020', 'p');
    const e = planErrorOf(() => spread(p, { column: 'hq_2017-2020', method: { kind: 'proportional' } }));
    expect(e.code).toBe('spread.proportionalAllZero');
    expect(describeError(e)).toContain('--method even');
    const even = spread(p, { column: 'hq_2017-2020', method: { kind: 'even' } });
    expect(col(even.plan, 'hq_2017-2020')).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
  });

  it('a negative base is refused with the sheet and cell it sits in', () => {
    const p = planWorkbook([xiangshang()], messages('zh-CN').sheet).plans[0];
    const bad = { ...p, values: p.values.map((row, i) => (i === 2 ? [-5, ...row.slice(1)] : row)) };
    const e = planErrorOf(() =>
      spread(bad, { column: 'i1_2017-2020', total: 600, method: { kind: 'proportional' } }),
    );
    expect(describeError(e)).toBe('湘商回归分解!C7 “石峰区”的基数为负（-5），不能按比例分解。');
  });

  it('a column without a total is named by its indicator and year', () => {
    const p = createFromTemplate('cz-investment-2017-2018', 'p');
    const e = planErrorOf(() => spread(p, { column: 'funds_2018', method: { kind: 'even' } }));
    expect(describeError(e)).toBe('“实际到位资金 2018年”没有下达目标：请给出要分解的总数。');
  });

  it('never spreads a percentage', () => {
    const p = createFromTemplate('cz-structural-2017-2018', 'p');
    expect(
      planErrorOf(() => spread(p, { column: 'servicesShare_2017', total: 30, method: { kind: 'even' } }))
        .code,
    ).toBe('spread.notSummed');
  });

  it('leaves a zone marked “—” as it is', () => {
    const p = createFromTemplate('hn-bonded-zones-2017', 'p');
    const r = spread(p, { column: 'trade_2016', total: 30, method: { kind: 'proportional' } });
    expect(col(r.plan, 'trade_2016').filter((v) => v === '—')).toHaveLength(2);
    expect(
      sumScaled(
        col(r.plan, 'trade_2016').filter((v): v is number => typeof v === 'number'),
        2,
      ),
    ).toBe(30);
  });

  it('undo restores the figures and the control total exactly', () => {
    const p = xiangshang();
    const r = spread(p, { column: 'i1_2017-2020', total: 613, method: { kind: 'proportional' } });
    const back = restoreSnapshot(r.plan, r.snapshot);
    expect(back.plan.values).toEqual(p.values);
    expect(back.plan.controlTotals).toEqual(p.controlTotals);
    expect(back.changes.every((c) => c.why === 'restored')).toBe(true);
  });
});

describe('a total the spread cannot meet exactly is refused', () => {
  const spreadTotal = (total: number, extra: Partial<SpreadRequest> = {}) =>
    spread(xiangshang(), { column: 'i1_2017-2020', total, method: { kind: 'proportional' }, ...extra });

  it('a negative total, in words', () => {
    const e = planErrorOf(() => spreadTotal(-5));
    expect(e.code).toBe('spread.total.negative');
    expect(describeError(e)).toBe('总数不能为负数（-5）。');
  });

  it('0.5 of a whole-亿元 indicator, naming the indicator and its decimals', () => {
    const e = planErrorOf(() => spreadTotal(0.5));
    expect(describeError(e)).toContain('总数0.5的小数位多于“回归到位资金 2017—2020年”的0位');
    expect(describeError(e, 'en-US')).toContain('more decimals than the 0 of');
  });

  it('totals past the range where whole numbers of the last decimal are exact', () => {
    for (const total of [Number('99999999999999999'), 1e30, Number.MAX_SAFE_INTEGER + 1])
      expect(planErrorOf(() => spreadTotal(total)).code).toBe('spread.total.tooLarge');
    expect(describeError(planErrorOf(() => spreadTotal(1e30)))).toContain('超过9007199254740991');
  });

  it('floors, caps and locked figures by the same rule', () => {
    const p = xiangshang();
    const gx = unitId(p, '高新区');
    expect(planErrorOf(() => spreadTotal(600, { floors: { [gx]: -1 } })).code).toBe('spread.floor.negative');
    expect(planErrorOf(() => spreadTotal(600, { caps: { [gx]: 80.5 } })).code).toBe('spread.cap.tooPrecise');
    const odd = { ...p, values: p.values.map((row, i) => (i === 0 ? [80.5, ...row.slice(1)] : row)) };
    const e = planErrorOf(() =>
      spread(odd, { column: 'i1_2017-2020', total: 600, method: { kind: 'proportional' }, locks: [gx] }),
    );
    expect(e.code).toBe('spread.locked.tooPrecise');
    expect(describeError(e)).toContain('锁定单位“高新区”的数80.5');
  });

  it('weights that leave units out name them, unless the others are given a weight', () => {
    const p = xiangshang();
    const weights = { [unitId(p, '高新区')]: 2, [unitId(p, '芦淞区')]: 1 };
    const e = planErrorOf(() =>
      spread(p, { column: 'i1_2017-2020', total: 600, method: { kind: 'weights', weights } }),
    );
    expect(e.code).toBe('spread.weightsMissing');
    expect(describeError(e)).toContain('有8个单位没有给出权重：石峰区、荷塘区');
    const r = spread(p, {
      column: 'i1_2017-2020',
      total: 600,
      method: { kind: 'weights', weights, others: 0 },
    });
    expect(col(r.plan, 'i1_2017-2020')).toEqual([400, 200, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('growth targets', () => {
  it('the 开发区 2020 进出口 recomputed from 2016 at 15% a year reproduces the source to the 万美元', () => {
    const p = createFromTemplate('zz-devzones-2016-2020', 'p');
    const source = col(p, 'trade_2020');
    const cleared = { ...p, values: p.values.map((r) => r.map((v, j) => (j === 1 ? null : v))) };
    const r = spread(cleared, {
      column: 'trade_2020',
      method: { kind: 'growth', from: 'trade_2016', rate: 0.15, years: 4 },
    });
    expect(col(r.plan, 'trade_2020')).toEqual(source);
  });

  it('growth with no base typed yet says so, instead of writing nothing in silence', () => {
    const p = createFromTemplate('zz-devzones-2016-2020', 'p');
    const empty = { ...p, values: p.values.map((r) => r.map(() => null)) };
    expect(() =>
      spread(empty, {
        column: 'trade_2020',
        method: { kind: 'growth', from: 'trade_2016', rate: 0.15, years: 4 },
      }),
    ).toThrow(expect.objectContaining({ code: 'spread.noBase' }));
  });

  it('phases 湘商回归500亿元 into four years growing 20% a year', () => {
    const years = phaseTotal(500, 4, 0.2, 0);
    expect(years).toEqual([93, 112, 134, 161]);
    expect(years.reduce((a, b) => a + b, 0)).toBe(500);
  });

  it('phases each unit’s total into its years, keeping a locked year', () => {
    const p = createCustomPlan(
      {
        units: ['高新区', '芦淞区'],
        indicators: [{ name: '回归到位资金', measure: '亿元', decimals: 0 }],
        years: ['2017', '2018', '2019', '2020'],
      },
      'p',
    );
    const filled = {
      ...p,
      values: [
        [80, 0, 0, 0],
        [40, 0, 0, 0],
      ],
      locks: [{ unit: 'u02', column: 'i1_2017' }],
    };
    const r = phase(filled, { columns: ['i1_2017', 'i1_2018', 'i1_2019', 'i1_2020'], rate: 0.2 });
    expect(r.plan.values[0]).toEqual([15, 18, 21, 26]);
    expect(r.plan.values[1][0]).toBe(40);
    expect((r.plan.values[1] as number[]).reduce((a, b) => a + b, 0)).toBe(40);
  });

  it('fits a unit × year block to its unit totals and its year totals at once', () => {
    const p = createCustomPlan(
      { units: ['甲', '乙', '丙'], indicators: [{ name: '项目', measure: '个' }], years: ['2017', '2018'] },
      'p',
    );
    const seeded = {
      ...p,
      values: [
        [3, 4],
        [5, 5],
        [1, 2],
      ],
    };
    const r = fit(seeded, {
      columns: ['i1_2017', 'i1_2018'],
      unitTotals: { u01: 10, u02: 12, u03: 5 },
      yearTotals: { i1_2017: 12, i1_2018: 15 },
    });
    const v = r.plan.values as number[][];
    expect(v.map((row) => row[0] + row[1])).toEqual([10, 12, 5]);
    expect([0, 1].map((k) => v.reduce((s, row) => s + row[k], 0))).toEqual([12, 15]);
    expect(v.flat().every(Number.isInteger)).toBe(true);
    expect(
      planErrorOf(() =>
        fit(seeded, { columns: ['i1_2017', 'i1_2018'], yearTotals: { i1_2017: 1, i1_2018: 1 } }),
      ).code,
    ).toBe('fit.totalsDisagree');
  });
});
