import { roundTo } from '../fixed';
import type { Plan } from '../plan';
import { cellIssue, type ColumnFacts } from './context';
import type { Issue, PlanGrid } from './types';

export const DEFAULT_GROWTH_TOLERANCE = 0.01;

/** A target column whose figures must follow base × (1 + rate)^years. */
export interface GrowthPair {
  base: number;
  target: number;
  years: number;
  rate: number;
  tolerance: number;
}

export const growthPairs = (plan: Plan, tolerance = DEFAULT_GROWTH_TOLERANCE): GrowthPair[] =>
  plan.indicators.flatMap((ind) => {
    const rule = ind.rule?.growth;
    if (!rule) return [];
    const base = plan.columns.findIndex((c) => c.indicator === ind.id && c.period === rule.from);
    if (base < 0 || !/^\d{4}$/.test(rule.from)) return [];
    return plan.columns.flatMap((c, target) =>
      c.indicator === ind.id &&
      c.role === 'target' &&
      c.period !== undefined &&
      /^\d{4}$/.test(c.period) &&
      Number(c.period) > Number(rule.from)
        ? [
            {
              base,
              target,
              years: Number(c.period) - Number(rule.from),
              rate: rule.rate,
              tolerance: rule.tolerance ?? tolerance,
            },
          ]
        : [],
    );
  });

/**
 * A target that does not follow its growth rule: the expected figure and the deviation in per cent,
 * a warning within the tolerance, an error beyond it. A base of 0 (破零) sets no expectation.
 */
export const growthIssue = (
  plan: Plan,
  facts: ColumnFacts[],
  grid: PlanGrid,
  pair: GrowthPair,
  i: number,
): Issue | undefined => {
  const base = grid.value(i, pair.base);
  const actual = grid.value(i, pair.target);
  if (typeof base !== 'number' || typeof actual !== 'number' || base <= 0) return undefined;
  const decimals = facts[pair.target].decimals;
  const exact = base * (1 + pair.rate) ** pair.years;
  const expected = roundTo(exact, decimals);
  if (roundTo(actual, decimals) === expected) return undefined;
  const deviation = (actual - exact) / exact;
  return cellIssue(
    plan,
    i,
    pair.target,
    Math.abs(deviation) <= pair.tolerance ? 'warning' : 'error',
    'growth.offRule',
    {
      base,
      rate: Number((pair.rate * 100).toFixed(4)),
      years: pair.years,
      expected,
      actual,
      deviation: Number((deviation * 100).toFixed(2)),
    },
    expected,
  );
};
