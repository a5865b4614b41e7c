import { createFromTemplate, createCustomPlan, parsePlan, parsePlanJson } from '../src/core';
import { describeError } from '../src/locales';
import { planErrorOf } from './support/planError';

const base = () => JSON.parse(JSON.stringify(createFromTemplate('zz-xiangshang-2017-2020', 'p1')));

describe('reading plan JSON', () => {
  it('names the field that is wrong, in Chinese', () => {
    const bad = base();
    bad.indicators[0].decimals = -1;
    const e = planErrorOf(() => parsePlan(bad));
    expect(e.code).toBe('plan.invalid');
    expect(describeError(e)).toContain('indicators.0.decimals');
  });

  it('refuses a grid that does not match the units', () => {
    const bad = base();
    bad.values.pop();
    expect(describeError(planErrorOf(() => parsePlan(bad)))).toContain('9 rows for 10 units');
  });

  it('refuses a lock on a unit the plan does not have', () => {
    const bad = base();
    bad.locks = [{ unit: 'u99', column: 'i1_2017-2020' }];
    expect(planErrorOf(() => parsePlan(bad)).params.path).toBe('locks.0');
  });

  it('refuses a figure column that names no indicator', () => {
    const bad = base();
    bad.columns[0].indicator = 'nope';
    expect(planErrorOf(() => parsePlan(bad)).params.path).toBe('columns.0.indicator');
  });

  it('says when the text is not JSON at all', () => {
    expect(planErrorOf(() => parsePlanJson('{"schema":')).code).toBe('plan.notJson');
  });

  it('a custom plan has one target column per indicator and year, counts whole', () => {
    const p = createCustomPlan(
      {
        units: ['芙蓉区', '天心区'],
        indicators: [
          { name: '回归到位资金', measure: '亿元' },
          { name: '回归总部经济个数', measure: '个' },
        ],
        years: ['2017', '2018'],
      },
      'p2',
    );
    expect(p.columns.map((c) => c.label)).toEqual(['2017年', '2018年', '2017年', '2018年']);
    expect(p.indicators.map((i) => i.decimals)).toEqual([2, 0]);
    expect(
      planErrorOf(() =>
        createCustomPlan(
          { units: ['a', 'a'], indicators: [{ name: 'x', measure: '个' }], years: ['2018'] },
          'p',
        ),
      ).code,
    ).toBe('custom.duplicateUnit');
    expect(
      describeError(
        planErrorOf(() =>
          createCustomPlan(
            { units: ['甲'], indicators: [{ name: '项目', measure: '个' }], years: ['2018', '2018'] },
            'p',
          ),
        ),
      ),
    ).toBe('年度“2018”重复出现。');
  });
});
