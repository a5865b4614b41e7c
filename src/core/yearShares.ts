import { PlanError } from './errors';
import type { Plan } from './plan';
import { fractionalCountShare, yearsOf } from './report/record';

/**
 * The percent of a target over several years due in each year, as the planner sets it (rising shares: 20,
 * 25, 25, 30); `undefined` goes back to even shares. Checked: a target column over several years, every one
 * of its years named once, none negative, summing to 100.
 */
export const setYearShares = (
  plan: Plan,
  columnId: string,
  shares: Record<string, number> | undefined,
): Plan => {
  const column = plan.columns.find((c) => c.id === columnId);
  const years = yearsOf(column?.period ?? column?.label ?? '');
  if (!column || column.role !== 'target' || years.length < 2)
    throw new PlanError('shares.notMultiYear', { column: column?.label ?? columnId });
  if (shares !== undefined) {
    const named = Object.keys(shares).map(Number).sort();
    if (named.length !== years.length || named.some((y, k) => y !== years[k]))
      throw new PlanError('shares.years', { column: column.label, years: years.join('、') });
    const negative = Object.entries(shares).find(([, v]) => !Number.isFinite(v) || v < 0);
    if (negative) throw new PlanError('shares.negative', { year: negative[0], value: negative[1] });
    const sum = Object.values(shares).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 100) > 1e-6) throw new PlanError('shares.sum', { sum: Math.round(sum * 1000) / 1000 });
    // A count is whole: shares that give a unit 0.25个 in a year are refused (even shares may: then the
    // period's target stands undivided and is read since it began).
    const j = plan.columns.indexOf(column);
    for (const year of years) {
      const f = fractionalCountShare(plan, j, year, shares);
      if (f)
        throw new PlanError('shares.fractionalCount', {
          column: column.label,
          year,
          percent: f.percent,
          unit: f.unit,
          value: f.value,
          share: f.share,
        });
    }
  }
  return {
    ...plan,
    columns: plan.columns.map((c) => {
      if (c.id !== columnId) return c;
      const { yearShares: _old, ...rest } = c;
      return shares === undefined ? rest : { ...rest, yearShares: shares };
    }),
  };
};
