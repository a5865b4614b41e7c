import { PlanError } from '../errors';
import { figureValue } from '../figures';
import { fromScaled, toScaled } from '../fixed';
import type { Plan } from '../plan';
import { allocateByWeights } from './allocate';
import { cellOf, columnIndex, recordChange, takeSnapshot, yearColumns } from './snapshot';
import type { Change } from './types';
import type { SpreadResult } from './spread';

/** Year weights growing at `rate` a year: 1, (1+r), (1+r)², … as exact integers. */
const growingWeights = (years: number, rate: number): bigint[] =>
  Array.from({ length: years }, (_, k) => BigInt(Math.round((1 + rate) ** k * 1e9)));

/** A multi-year total phased into years growing at `rate` a year, summing exactly to the total. */
export const phaseTotal = (total: number, years: number, rate: number, decimals: number): number[] => {
  if (years < 1) throw new PlanError('phase.noYears');
  if (!(rate > -1)) throw new PlanError('phase.badRate', { rate });
  return allocateByWeights(toScaled(total, decimals), growingWeights(years, rate)).shares.map((s) =>
    fromScaled(s, decimals),
  );
};

export interface PhaseRequest {
  /** The year columns, earliest first. */
  columns: string[];
  rate: number;
  /** Where each unit's multi-year total comes from: a column (2017—2020年) or the sum of its year figures. */
  from?: string;
}

/**
 * Each unit's multi-year total phased into its year columns growing at `rate` a year (湘商回归 总量
 * growing 20% a year). Locked cells keep their figures; the unit's other years absorb the rest.
 */
export const phase = (plan: Plan, request: PhaseRequest): SpreadResult => {
  const { idx, decimals } = yearColumns(plan, request.columns);
  const from = request.from === undefined ? undefined : columnIndex(plan, request.from);
  const weights = growingWeights(idx.length, request.rate);
  const locked = new Set(plan.locks.map((l) => `${l.unit}\u0000${l.column}`));
  const values = plan.values.map((row) => [...row]);
  const changes: Change[] = [];
  const roundedUp: SpreadResult['roundedUp'] = [];
  plan.units.forEach((unit, i) => {
    const total =
      from === undefined
        ? idx.reduce((s, j) => s + toScaled(figureValue(plan.values[i][j]) ?? 0, decimals), 0)
        : toScaled(figureValue(plan.values[i][from]) ?? 0, decimals);
    const isLocked = idx.map((j) => locked.has(`${unit.id}\u0000${plan.columns[j].id}`));
    const lockedSum = idx.reduce(
      (s, j, k) => (isLocked[k] ? s + toScaled(figureValue(plan.values[i][j]) ?? 0, decimals) : s),
      0,
    );
    const open = idx.map((_, k) => k).filter((k) => !isLocked[k]);
    if (open.length === 0) return;
    if (total - lockedSum < 0 && total >= 0)
      throw new PlanError('spread.locksExceedTotal', {
        locked: fromScaled(lockedSum, decimals),
        total: fromScaled(total, decimals),
      });
    const allocation = allocateByWeights(
      total - lockedSum,
      open.map((k) => weights[k]),
    );
    open.forEach((k, n) => {
      const j = idx[k];
      const after = fromScaled(allocation.shares[n], decimals);
      const up = allocation.roundedUp.includes(n);
      values[i][j] = after;
      if (up) roundedUp.push({ unit: unit.id, column: plan.columns[j].id, cell: cellOf(plan, i, j) });
      recordChange(changes, plan, i, j, plan.values[i][j], after, up ? 'roundedUp' : 'spread');
    });
  });
  const snapshot = takeSnapshot(plan, request.columns);
  return { plan: { ...plan, values, undo: snapshot }, changes, snapshot, roundedUp };
};
