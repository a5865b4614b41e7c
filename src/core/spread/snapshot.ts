import { a1 } from '../a1';
import { PlanError } from '../errors';
import { columnTitle, decimalsOf, isSummed, type Plan } from '../plan';
import type { Change, ChangeReason, Snapshot } from './types';

export const columnIndex = (plan: Plan, id: string): number => {
  const j = plan.columns.findIndex((c) => c.id === id);
  if (j < 0) throw new PlanError('spread.unknownColumn', { column: id });
  return j;
};

/** The year columns a phase or a fit works on: known, summed, at least one; the first one's decimals. */
export const yearColumns = (plan: Plan, ids: readonly string[]): { idx: number[]; decimals: number } => {
  const idx = ids.map((c) => columnIndex(plan, c));
  if (idx.length === 0) throw new PlanError('phase.noYears');
  for (const j of idx)
    if (!isSummed(plan, plan.columns[j]))
      throw new PlanError('spread.notSummed', { column: columnTitle(plan, plan.columns[j]) });
  return { idx, decimals: decimalsOf(plan, plan.columns[idx[0]]) };
};

export const cellOf = (plan: Plan, unit: number, column: number): string | undefined =>
  plan.placement && a1(plan.placement.unitRows[unit], plan.placement.columns[column]);

/** Notes a cell's change (none when the figure is the same to the bit). */
export const recordChange = (
  changes: Change[],
  plan: Plan,
  i: number,
  j: number,
  before: Change['before'],
  after: Change['after'],
  why: ChangeReason,
): void => {
  if (!Object.is(before, after))
    changes.push({
      unit: plan.units[i].id,
      column: plan.columns[j].id,
      cell: cellOf(plan, i, j),
      before,
      after,
      why,
    });
};

export const takeSnapshot = (plan: Plan, columns: readonly string[]): Snapshot => {
  const idx = columns.map((c) => columnIndex(plan, c));
  return {
    columns: [...columns],
    values: plan.values.map((row) => idx.map((j) => row[j])),
    controlTotals: Object.fromEntries(columns.map((c) => [c, plan.controlTotals[c] ?? null])),
  };
};

/** The plan as it was before the spread, bit for bit, and what changed back. */
export const restoreSnapshot = (plan: Plan, snapshot: Snapshot): { plan: Plan; changes: Change[] } => {
  if (snapshot.values.length !== plan.units.length)
    throw new PlanError('spread.snapshotMismatch', { units: plan.units.length });
  const idx = snapshot.columns.map((c) => columnIndex(plan, c));
  const changes: Change[] = [];
  const values = plan.values.map((row, i) => {
    const next = [...row];
    idx.forEach((j, k) => {
      recordChange(changes, plan, i, j, row[j], snapshot.values[i][k], 'restored');
      next[j] = snapshot.values[i][k];
    });
    return next;
  });
  const controlTotals = { ...plan.controlTotals };
  for (const [c, v] of Object.entries(snapshot.controlTotals)) {
    if (v === null) delete controlTotals[c];
    else controlTotals[c] = v;
  }
  return { plan: { ...plan, values, controlTotals }, changes };
};
