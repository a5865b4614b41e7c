// `npm run bench`: validation and spreading on plans of 100, 1,000 and 3,000 units × 20 indicators × 5 years.
// Prints figures (median of several runs); budgets in DESIGN.md: full validation < 20 ms, one edit < 2 ms.
'use strict';
const { performance } = require('perf_hooks');
const core = require('../dist/core');

const YEARS = ['2016', '2017', '2018', '2019', '2020'];

const bigPlan = (units) => {
  const indicators = Array.from({ length: 20 }, (_, k) => ({
    name: `指标${k + 1}`,
    measure: k % 5 === 4 ? '%' : k % 3 === 0 ? '个' : '亿元',
  }));
  const plan = core.createCustomPlan(
    { units: Array.from({ length: units }, (_, k) => `单位${k + 1}`), indicators, years: YEARS },
    'bench',
  );
  plan.indicators.forEach((ind, k) => {
    if (k % 4 === 1) ind.rule = { growth: { from: '2016', rate: 0.1 } };
  });
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  // Figures as a real plan has them: at the indicator's precision, growth targets following their rule.
  plan.values = plan.units.map(() => {
    const row = plan.columns.map((c) => {
      const ind = plan.indicators.find((i) => i.id === c.indicator);
      return ind.measure === '个'
        ? Math.floor(rand() * 20)
        : ind.measure === '%'
          ? Math.round(rand() * 1000) / 10
          : Math.round(rand() * 10000) / 100;
    });
    plan.columns.forEach((c, j) => {
      const ind = plan.indicators.find((i) => i.id === c.indicator);
      const g = ind.rule && ind.rule.growth;
      if (g && c.period !== '2016') {
        const base = row[plan.columns.findIndex((b) => b.indicator === ind.id && b.period === '2016')];
        row[j] = core.roundTo(base * (1 + g.rate) ** (Number(c.period) - 2016), core.decimalsOf(plan, c));
      }
    });
    return row;
  });
  for (const c of plan.columns) {
    if (!core.takesControlTotal(plan, c)) continue;
    const j = plan.columns.indexOf(c);
    plan.controlTotals[c.id] = core.sumScaled(
      plan.values.map((r) => r[j]),
      core.decimalsOf(plan, c),
    );
  }
  return plan;
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (runs, f) => {
  const out = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    f(k);
    out.push(performance.now() - t);
  }
  return median(out);
};

const rows = [];
for (const units of [100, 1000, 3000]) {
  const plan = bigPlan(units);
  let values = plan.values;
  const grid = {
    value: (i, j) => values[i][j],
    formula: () => undefined,
    unitName: (i) => plan.units[i].name,
  };
  const cells = units * plan.columns.length;
  time(3, () => core.validate(plan, grid)); // warm up
  const full = time(9, () => core.validate(plan, grid));
  const validator = core.createValidator(plan, grid);
  const edit = time(51, (k) => {
    const i = k % units;
    values[i][1] = values[i][1] + 1;
    validator.update([{ unit: i, column: 1 }]);
  });
  const spreadMs = time(9, () =>
    core.spread(plan, { column: plan.columns[1].id, total: 123457, method: { kind: 'proportional' } }),
  );
  const locked = plan.units.filter((_, k) => k % 10 === 0).map((u) => u.id);
  const spreadLocked = time(9, () =>
    core.spread(plan, {
      column: plan.columns[1].id,
      total: 123457,
      method: { kind: 'proportional' },
      locks: locked,
    }),
  );
  rows.push({ units, cells, full, edit, spreadMs, spreadLocked });
}

process.stdout.write(
  'units  cells    validate(full)  validate(1 edit)  spread(1 column)  spread(10% locked)\n',
);
for (const r of rows)
  process.stdout.write(
    `${String(r.units).padEnd(5)}  ${String(r.cells).padEnd(7)}  ${r.full.toFixed(2).padStart(11)} ms  ${r.edit.toFixed(3).padStart(13)} ms  ${r.spreadMs.toFixed(2).padStart(13)} ms  ${r.spreadLocked.toFixed(2).padStart(15)} ms\n`,
  );
