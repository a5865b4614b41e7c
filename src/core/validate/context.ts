import { a1 } from '../a1';
import {
  decimalsOf,
  indicatorOf,
  isCountMeasure,
  isShareMeasure,
  isSummed,
  takesControlTotal,
  type Plan,
} from '../plan';
import type { Issue, Severity } from './types';

/** What the rules need to know of each column, worked out once per plan. */
export interface ColumnFacts {
  decimals: number;
  scale: number;
  summed: boolean;
  count: boolean;
  share: boolean;
  target: boolean;
}

export const columnFacts = (plan: Plan): ColumnFacts[] =>
  plan.columns.map((c) => {
    const ind = indicatorOf(plan, c);
    const decimals = decimalsOf(plan, c);
    return {
      decimals,
      scale: 10 ** decimals,
      summed: isSummed(plan, c),
      count: ind !== undefined && isCountMeasure(ind.measure),
      share: ind !== undefined && isShareMeasure(ind.measure),
      target: takesControlTotal(plan, c),
    };
  });

/** An issue about a whole column, at its 合计 (or another summary row's) cell. */
export const columnIssue = (
  plan: Plan,
  j: number,
  row: number | undefined,
  severity: Severity,
  code: string,
  params: Issue['params'],
  expected?: number,
): Issue => {
  const p = plan.placement;
  const column = plan.columns[j];
  return {
    severity,
    code,
    sheet: p?.sheet,
    cell: p && row !== undefined ? a1(row, p.columns[j]) : undefined,
    column: column.id,
    indicator: indicatorOf(plan, column)?.name ?? column.label,
    period: column.label,
    params,
    ...(expected === undefined ? {} : { expected }),
  };
};

/** An issue about one unit's cell, with its address and names filled in. */
export const cellIssue = (
  plan: Plan,
  i: number,
  j: number,
  severity: Severity,
  code: string,
  params: Issue['params'] = {},
  expected?: number,
): Issue => ({
  ...columnIssue(plan, j, plan.placement?.unitRows[i], severity, code, params, expected),
  unit: plan.units[i].id,
  unitName: plan.units[i].name,
});
