import { PlanError } from '../errors';
import { figureProblem, fromScaled, maxExactFigure, roundTo, toScaled } from '../fixed';
import { figureValue } from '../figures';
import { NOT_APPLICABLE, columnTitle, decimalsOf, isSummed, type Plan } from '../plan';
import {
  allocateByWeights,
  allocateWithBounds,
  integerWeights,
  type Allocation,
  type Bounds,
} from './allocate';
import { cellOf, columnIndex, recordChange, takeSnapshot } from './snapshot';
import type { Change, SpreadMethod, SpreadRequest, Snapshot } from './types';

export interface SpreadResult {
  plan: Plan;
  changes: Change[];
  snapshot: Snapshot;
  /** The cells that took the +1 of the last digit so the sum meets the total. */
  roundedUp: { unit: string; column: string; cell?: string }[];
}

const unitIndex = (plan: Plan, id: string): number => {
  const i = plan.units.findIndex((u) => u.id === id);
  if (i < 0) throw new PlanError('spread.unknownUnit', { unit: id });
  return i;
};

const checkFinite = (
  value: number,
  code: 'spread.badTotal' | 'spread.badWeight' | 'spread.badBound',
): void => {
  if (!Number.isFinite(value)) throw new PlanError(code, { value: String(value) });
};

/**
 * A figure the spread is asked to meet or keep (the total, a floor, a cap, a locked unit's figure) must be
 * one the column can hold exactly: not negative, no more decimals than the indicator, within exact range.
 */
const checkExact = (
  value: number,
  decimals: number,
  what: 'total' | 'floor' | 'cap' | 'locked',
  params: Record<string, string | number>,
): void => {
  const problem = figureProblem(value, decimals);
  if (problem)
    throw new PlanError(`spread.${what}.${problem}`, {
      value,
      decimals,
      max: maxExactFigure(decimals),
      ...params,
    });
};

/** Integer weights for the free units, by the method; refused when they cannot share anything. */
const weightsFor = (plan: Plan, j: number, free: number[], method: SpreadMethod): bigint[] => {
  const name = columnTitle(plan, plan.columns[j]);
  /** `source`: the column the weights were read from, so a negative one is named by its cell. */
  const nonNegative = (xs: number[], source: number | undefined, allZeroCode: string): bigint[] => {
    const bad = xs.findIndex((x) => x < 0);
    if (bad >= 0) {
      const cell = source === undefined ? undefined : cellOf(plan, free[bad], source);
      const place = cell && plan.placement ? `${plan.placement.sheet}!${cell} ` : '';
      throw new PlanError('spread.negativeWeight', {
        place,
        unit: plan.units[free[bad]].name,
        value: xs[bad],
      });
    }
    const w = integerWeights(xs);
    if (w.every((x) => x === 0n)) throw new PlanError(allZeroCode, { column: name });
    return w;
  };
  switch (method.kind) {
    case 'even':
      return free.map(() => 1n);
    case 'proportional':
      return nonNegative(
        free.map((i) => figureValue(plan.values[i][j]) ?? 0),
        j,
        'spread.proportionalAllZero',
      );
    case 'reference': {
      const r = columnIndex(plan, method.column);
      return nonNegative(
        free.map((i) => figureValue(plan.values[i][r]) ?? 0),
        r,
        'spread.referenceAllZero',
      );
    }
    case 'weights': {
      for (const id of Object.keys(method.weights)) unitIndex(plan, id);
      // A unit left out of the weights would silently get 0: name them unless the planner said what they get.
      const unnamed = free.filter((i) => method.weights[plan.units[i].id] === undefined);
      if (unnamed.length > 0 && method.others === undefined)
        throw new PlanError('spread.weightsMissing', {
          count: unnamed.length,
          units: unnamed.map((i) => plan.units[i].name).join('、'),
        });
      const xs = free.map((i) => method.weights[plan.units[i].id] ?? method.others ?? 0);
      xs.forEach((x) => checkFinite(x, 'spread.badWeight'));
      return nonNegative(xs, undefined, 'spread.weightsAllZero');
    }
    case 'growth': {
      const b = columnIndex(plan, method.from);
      const grown = free.map((i) => {
        const rate = method.rates?.[plan.units[i].id] ?? method.rate;
        return (figureValue(plan.values[i][b]) ?? 0) * (1 + rate) ** method.years;
      });
      return nonNegative(
        grown.map((x) => Math.round(x * 1e6) / 1e6),
        b,
        'spread.referenceAllZero',
      );
    }
  }
};

/** Growth without a total: each unit's target is its base grown and rounded, nothing shared. */
const grownFigures = (
  plan: Plan,
  free: number[],
  method: Extract<SpreadMethod, { kind: 'growth' }>,
  decimals: number,
) => {
  const b = columnIndex(plan, method.from);
  // No base typed yet: growth on nothing is nothing to write, and the planner should hear why.
  if (free.length > 0 && free.every((i) => figureValue(plan.values[i][b]) === undefined))
    throw new PlanError('spread.noBase', { base: columnTitle(plan, plan.columns[b]) });
  return free.map((i) => {
    const base = figureValue(plan.values[i][b]);
    const rate = method.rates?.[plan.units[i].id] ?? method.rate;
    return base === undefined ? null : roundTo(base * (1 + rate) ** method.years, decimals);
  });
};

/**
 * Recomputes one column's figures: the total shared over the units that are not locked, rounded to
 * the indicator's decimals with the sum exactly the total. Checked at the entry; refuses what cannot
 * be met and says why.
 */
export const spread = (plan: Plan, request: SpreadRequest): SpreadResult => {
  const j = columnIndex(plan, request.column);
  const column = plan.columns[j];
  if (!isSummed(plan, column)) throw new PlanError('spread.notSummed', { column: columnTitle(plan, column) });
  const decimals = decimalsOf(plan, column);
  const lockIds = new Set([
    ...plan.locks.filter((l) => l.column === column.id).map((l) => l.unit),
    ...(request.locks ?? []).map((id) => plan.units[unitIndex(plan, id)].id),
  ]);
  const held = plan.units.map((u, i) => lockIds.has(u.id) || plan.values[i][j] === NOT_APPLICABLE);
  const free = plan.units.map((_, i) => i).filter((i) => !held[i]);

  const method = request.method;
  const total = request.total ?? (method.kind === 'growth' ? undefined : plan.controlTotals[column.id]);
  let shares: (number | null)[];
  let roundedUpIdx: number[] = [];
  if (total === undefined) {
    if (method.kind !== 'growth')
      throw new PlanError('spread.noTotal', { column: columnTitle(plan, column) });
    shares = grownFigures(plan, free, method, decimals);
  } else {
    checkFinite(total, 'spread.badTotal');
    const columnName = columnTitle(plan, column);
    checkExact(total, decimals, 'total', { column: columnName });
    const totalScaled = toScaled(total, decimals);
    const lockedScaled = plan.units.reduce((s, unit, i) => {
      if (!held[i]) return s;
      const value = figureValue(plan.values[i][j]) ?? 0;
      const cell = cellOf(plan, i, j);
      checkExact(value, decimals, 'locked', {
        unit: unit.name,
        column: columnName,
        place: cell && plan.placement ? `${plan.placement.sheet}!${cell} ` : '',
      });
      return s + toScaled(value, decimals);
    }, 0);
    const remaining = totalScaled - lockedScaled;
    if (remaining < 0 && totalScaled >= 0)
      throw new PlanError('spread.locksExceedTotal', { locked: fromScaled(lockedScaled, decimals), total });
    if (free.length === 0) {
      if (remaining !== 0)
        throw new PlanError('spread.nothingToSpread', { total, locked: fromScaled(lockedScaled, decimals) });
      shares = [];
    } else {
      const allocation = allocate(
        plan,
        request,
        free,
        remaining,
        decimals,
        weightsFor(plan, j, free, method),
      );
      shares = allocation.shares.map((s) => fromScaled(s, decimals));
      roundedUpIdx = allocation.roundedUp;
    }
  }

  const snapshot = takeSnapshot(plan, [column.id]);
  const values = plan.values.map((row) => [...row]);
  const changes: Change[] = [];
  const roundedUpSet = new Set(roundedUpIdx.map((k) => free[k]));
  free.forEach((i, k) => {
    values[i][j] = shares[k];
    recordChange(
      changes,
      plan,
      i,
      j,
      plan.values[i][j],
      shares[k],
      roundedUpSet.has(i) ? 'roundedUp' : 'spread',
    );
  });
  const controlTotals = { ...plan.controlTotals };
  if (request.total !== undefined) controlTotals[column.id] = request.total;
  return {
    plan: { ...plan, values, controlTotals, undo: snapshot },
    changes,
    snapshot,
    roundedUp: [...roundedUpSet]
      .sort((a, b) => a - b)
      .map((i) => ({ unit: plan.units[i].id, column: column.id, cell: cellOf(plan, i, j) })),
  };
};

const allocate = (
  plan: Plan,
  request: SpreadRequest,
  free: number[],
  remaining: number,
  decimals: number,
  weights: bigint[],
): Allocation => {
  const boundOf = (
    table: Record<string, number> | undefined,
    i: number,
    what: 'floor' | 'cap',
  ): number | undefined => {
    const v = table?.[plan.units[i].id];
    if (v === undefined) return undefined;
    checkFinite(v, 'spread.badBound');
    checkExact(v, decimals, what, { unit: plan.units[i].name });
    return toScaled(v, decimals);
  };
  for (const id of [...Object.keys(request.floors ?? {}), ...Object.keys(request.caps ?? {})])
    unitIndex(plan, id);
  const bounds: Bounds[] = free.map((i) => ({
    floor: boundOf(request.floors, i, 'floor'),
    cap: boundOf(request.caps, i, 'cap'),
  }));
  if (bounds.every((b) => b.floor === undefined && b.cap === undefined))
    return allocateByWeights(remaining, weights);
  for (const [k, b] of bounds.entries())
    if (b.floor !== undefined && b.cap !== undefined && b.floor > b.cap)
      throw new PlanError('spread.floorAboveCap', { unit: plan.units[free[k]].name });
  const floors = bounds.reduce((s, b) => s + (b.floor ?? 0), 0);
  if (floors > remaining)
    throw new PlanError('spread.floorsTooHigh', {
      floors: fromScaled(floors, decimals),
      available: fromScaled(remaining, decimals),
    });
  if (bounds.every((b) => b.cap !== undefined)) {
    const caps = bounds.reduce((s, b) => s + (b.cap ?? 0), 0);
    if (caps < remaining)
      throw new PlanError('spread.capsTooLow', {
        caps: fromScaled(caps, decimals),
        needed: fromScaled(remaining, decimals),
      });
  }
  return allocateWithBounds(remaining, weights, bounds);
};
