import { PlanError } from '../errors';

/**
 * Splitting a whole number (a total in units of the last decimal) over integer weights, exactly:
 * each share is ⌊total × w / W⌋, and the remainder goes one by one to the largest remainders,
 * ties to the larger weight, then to the earlier unit. BigInt keeps every step exact.
 */
export interface Allocation {
  shares: number[];
  /** Indices that got the +1 of the last digit. */
  roundedUp: number[];
}

export const allocateByWeights = (total: number, weights: readonly bigint[]): Allocation => {
  const sign = total < 0 ? -1 : 1;
  const t = BigInt(Math.abs(total));
  const w = weights.reduce((a, b) => a + b, 0n);
  if (w === 0n) return { shares: weights.map(() => 0), roundedUp: [] };
  const base = weights.map((x) => (t * x) / w);
  const rest = weights.map((x) => (t * x) % w);
  let left = Number(t - base.reduce((a, b) => a + b, 0n));
  const order = weights
    .map((_, i) => i)
    .filter((i) => rest[i] > 0n)
    .sort((a, b) =>
      rest[b] > rest[a]
        ? 1
        : rest[b] < rest[a]
          ? -1
          : weights[b] > weights[a]
            ? 1
            : weights[b] < weights[a]
              ? -1
              : a - b,
    );
  const roundedUp: number[] = [];
  for (const i of order) {
    if (left <= 0) break;
    base[i] += 1n;
    roundedUp.push(i);
    left--;
  }
  return { shares: base.map((x) => sign * Number(x)), roundedUp: roundedUp.sort((a, b) => a - b) };
};

/** Weights that are decimals (0.3, 1.25) as exact integers: scaled by a common power of ten. */
export const integerWeights = (weights: readonly number[]): bigint[] => {
  const decimals = Math.min(
    9,
    Math.max(
      0,
      ...weights.map((x) =>
        Number.isInteger(x) ? 0 : (String(x).split('.')[1] ?? '').replace(/e.*$/, '').length,
      ),
    ),
  );
  return weights.map((x) => BigInt(Math.round(x * 10 ** decimals)));
};

export interface Bounds {
  floor?: number;
  cap?: number;
}

/**
 * Proportional shares that respect each unit's floor and cap: shares that break a bound are held
 * at it and the rest is shared again among the others, until none breaks one. The caller has
 * checked that the bounds can be met.
 */
export const allocateWithBounds = (
  total: number,
  weights: readonly bigint[],
  bounds: readonly Bounds[],
): Allocation => {
  const fixed = new Map<number, number>();
  for (;;) {
    const free = weights.map((_, i) => i).filter((i) => !fixed.has(i));
    const remaining = total - [...fixed.values()].reduce((a, b) => a + b, 0);
    const freeWeights = free.map((i) => weights[i]);
    const sumW = freeWeights.reduce((a, b) => a + b, 0n);
    // Unrounded shares as exact fractions compared against bounds.
    const raw = free.map((i) => (sumW === 0n ? 0 : (remaining * Number(weights[i])) / Number(sumW)));
    const low = free.filter((i, k) => bounds[i].floor !== undefined && raw[k] < bounds[i].floor!);
    const high = free.filter((i, k) => bounds[i].cap !== undefined && raw[k] > bounds[i].cap!);
    if (sumW === 0n && remaining !== 0) throw new PlanError('spread.noWeightLeft', { remaining });
    if (low.length === 0 && high.length === 0) {
      const inner = allocateByWeights(remaining, freeWeights);
      const shares = weights.map((_, i) => fixed.get(i) ?? 0);
      free.forEach((i, k) => (shares[i] = inner.shares[k]));
      return { shares, roundedUp: inner.roundedUp.map((k) => free[k]).sort((a, b) => a - b) };
    }
    const deficit = low.reduce((s, i) => s + bounds[i].floor! - raw[free.indexOf(i)], 0);
    const excess = high.reduce((s, i) => s + raw[free.indexOf(i)] - bounds[i].cap!, 0);
    if (deficit >= excess) for (const i of low) fixed.set(i, bounds[i].floor!);
    else for (const i of high) fixed.set(i, bounds[i].cap!);
  }
};
