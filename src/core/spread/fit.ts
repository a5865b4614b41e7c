import { PlanError } from '../errors';
import { figureValue } from '../figures';
import { fromScaled, toScaled } from '../fixed';
import { columnTitle, type Plan } from '../plan';
import { recordChange, takeSnapshot, yearColumns } from './snapshot';
import type { Change } from './types';
import type { SpreadResult } from './spread';

/**
 * Rounds a non-negative real matrix whose row and column sums are whole numbers to a whole matrix
 * with the same sums, each cell its floor or its ceiling. Such a rounding always exists; it is found
 * as a flow: each row sends its deficit through cells with a fractional part to the columns.
 */
export const roundMatrix = (m: number[][], rowSums: number[], colSums: number[]): number[][] => {
  const EPS = 1e-9;
  const out = m.map((r) => r.map((x) => Math.floor(x + EPS)));
  const frac = m.map((r, i) => r.map((x, j) => x - out[i][j] > EPS));
  const rowNeed = rowSums.map((s, i) => s - out[i].reduce((a, b) => a + b, 0));
  const colNeed = colSums.map((s, j) => s - out.reduce((a, r) => a + r[j], 0));
  // Augmenting paths in the bipartite graph rows → cells → columns; a used cell can be undone.
  const findPath = (i: number, seen: Set<number>): number[] | undefined => {
    for (let j = 0; j < colNeed.length; j++) {
      if (!frac[i][j] || out[i][j] !== Math.floor(m[i][j] + EPS) || seen.has(j)) continue;
      seen.add(j);
      if (colNeed[j] > 0) return [i, j];
      for (let k = 0; k < rowNeed.length; k++) {
        if (k === i || out[k][j] === Math.floor(m[k][j] + EPS) || !frac[k][j]) continue;
        const rest = findPath(k, seen);
        if (rest) return [i, j, ...rest];
      }
    }
    return undefined;
  };
  for (let i = 0; i < rowNeed.length; i++) {
    while (rowNeed[i] > 0) {
      const path = findPath(i, new Set());
      if (!path) throw new PlanError('fit.noRounding');
      // path = [r0, c0, r1, c1, …]: raise (r0,c0), lower (r1,c0), raise (r1,c1), …
      for (let p = 0; p + 1 < path.length; p += 2) {
        out[path[p]][path[p + 1]] += 1;
        if (p + 2 < path.length) out[path[p + 2]][path[p + 1]] -= 1;
      }
      rowNeed[i]--;
      colNeed[path[path.length - 1]]--;
    }
  }
  return out;
};

/** Iterative proportional fitting of a seed to row and column totals (real numbers). */
export const fitProportionally = (
  seed: number[][],
  rows: number[],
  cols: number[],
  rounds = 500,
): number[][] => {
  let m = seed.map((r, i) => (r.every((x) => x === 0) && rows[i] > 0 ? r.map(() => 1) : [...r]));
  for (let t = 0; t < rounds; t++) {
    m = m.map((r, i) => {
      const s = r.reduce((a, b) => a + b, 0);
      return s === 0 ? r : r.map((x) => (x * rows[i]) / s);
    });
    let worst = 0;
    for (let j = 0; j < cols.length; j++) {
      const s = m.reduce((a, r) => a + r[j], 0);
      if (s > 0) for (const r of m) r[j] = (r[j] * cols[j]) / s;
      worst = Math.max(worst, Math.abs(s - cols[j]));
    }
    if (worst < 1e-9) break;
  }
  return m;
};

export interface FitRequest {
  /** The year columns of one indicator. */
  columns: string[];
  /** Each unit's total over the years, by unit id; defaults to its current sum. */
  unitTotals?: Record<string, number>;
  /** Each year's total, by column id; defaults to the columns' control totals. */
  yearTotals?: Record<string, number>;
}

/** A unit × year block fitted to both its unit totals and its year totals at once, in whole last digits. */
export const fit = (plan: Plan, request: FitRequest): SpreadResult => {
  const { idx, decimals } = yearColumns(plan, request.columns);
  const seed = plan.values.map((row) =>
    idx.map((j) => Math.max(0, toScaled(figureValue(row[j]) ?? 0, decimals))),
  );
  const rows = plan.units.map((u, i) =>
    request.unitTotals?.[u.id] !== undefined
      ? toScaled(request.unitTotals[u.id], decimals)
      : seed[i].reduce((a, b) => a + b, 0),
  );
  const cols = idx.map((j) => {
    const id = plan.columns[j].id;
    const t = request.yearTotals?.[id] ?? plan.controlTotals[id];
    if (t === undefined)
      throw new PlanError('spread.noTotal', { column: columnTitle(plan, plan.columns[j]) });
    return toScaled(t, decimals);
  });
  const sumRows = rows.reduce((a, b) => a + b, 0);
  const sumCols = cols.reduce((a, b) => a + b, 0);
  if (sumRows !== sumCols)
    throw new PlanError('fit.totalsDisagree', {
      units: fromScaled(sumRows, decimals),
      years: fromScaled(sumCols, decimals),
    });
  if (rows.some((r) => r < 0) || cols.some((c) => c < 0)) throw new PlanError('fit.negativeTotal');
  const whole = roundMatrix(fitProportionally(seed, rows, cols), rows, cols);
  const values = plan.values.map((row) => [...row]);
  const changes: Change[] = [];
  plan.units.forEach((_, i) =>
    idx.forEach((j, k) => {
      values[i][j] = fromScaled(whole[i][k], decimals);
      recordChange(changes, plan, i, j, plan.values[i][j], values[i][j], 'spread');
    }),
  );
  const snapshot = takeSnapshot(plan, request.columns);
  const controlTotals = { ...plan.controlTotals };
  idx.forEach((j, k) => (controlTotals[plan.columns[j].id] = fromScaled(cols[k], decimals)));
  return { plan: { ...plan, values, controlTotals, undo: snapshot }, changes, snapshot, roundedUp: [] };
};
