import { a1 } from '../a1';
import { figureValue } from '../figures';
import { roundTo } from '../fixed';
import { decimalsOf, type Plan } from '../plan';
import { columnIndex } from './snapshot';
import type { SpreadResult } from './spread';

/** A row of the table a spread writes besides the units: its 下达目标 (written) and its 合计 (recomputed). */
export interface TotalLine {
  kind: 'control' | 'total';
  cell?: string;
  before: number | null;
  after: number | null;
  /** Whether applying writes this cell (the 合计 is the sheet's own formula). */
  written: boolean;
}

const sum = (plan: Plan, j: number) =>
  roundTo(
    plan.values.reduce((s, row) => s + (figureValue(row[j]) ?? 0), 0),
    decimalsOf(plan, plan.columns[j]),
  );

/**
 * What a spread does to the column's 下达目标 and 合计, so a preview shows every cell that changes: a total
 * typed as 1,200 and read as 1200 is seen before it is written, and the notice can count it.
 */
export const totalLines = (before: Plan, result: SpreadResult, column: string): TotalLine[] => {
  const j = columnIndex(before, column);
  const p = before.placement;
  const cell = (row: number | undefined) => (p && row !== undefined ? a1(row, p.columns[j]) : undefined);
  const control = {
    kind: 'control' as const,
    cell: cell(p?.controlRow),
    before: before.controlTotals[column] ?? null,
    after: result.plan.controlTotals[column] ?? null,
    written: true,
  };
  const total = {
    kind: 'total' as const,
    cell: cell(p?.totalRow),
    before: sum(before, j),
    after: sum(result.plan, j),
    written: false,
  };
  // In the sheet's order: 合计 above 下达目标.
  return [total, control].filter((t) => t.before !== t.after);
};
