import { isSummaryRecord } from './summarySchema';
import { PlanError } from '../errors';
import type { Plan } from '../plan';
import { signatureState } from '../signing';
import { roundTo } from '../fixed';
import { reportedDecimals, yearsOf } from './record';
import { type Consolidation, type SummaryRecord, type SummaryRound } from './summary';

/** A 汇总's record as stored, if it is one: a damaged or foreign one gives no earlier figures. */
export const summaryRecordOf = (json: string | undefined): SummaryRecord | undefined => {
  if (json === undefined) return undefined;
  try {
    const r = JSON.parse(json) as unknown;
    return isSummaryRecord(r) ? r : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Whether a 汇总 found among the reports may give earlier years' figures: this plan's, and signed by it where
 * the plan signs (its plan id is in every unit's record, so anyone can write a 汇总 that names it).
 */
export const summaryUsable = (plan: Pick<Plan, 'planId' | 'signing'>, record: SummaryRecord): boolean =>
  record.planId === plan.planId && (!plan.signing || signatureState(plan.signing, record) === 'signed');

/** A 汇总 the planner names (to add to, for last year, to assess): refused when signed by another key. */
export const checkSummarySignature = (
  plan: Pick<Plan, 'planId' | 'signing'>,
  record: SummaryRecord,
  file: string,
): void => {
  if (record.planId === plan.planId && signatureState(plan.signing, record) === 'forged')
    throw new PlanError('summary.forged', { file });
};

/** An earlier year's figures as its 汇总 kept them: the latest round collected for that year. */
interface YearFigures {
  year: number;
  month: number;
  units: Record<string, Record<string, number | null>>;
  city: Record<string, number | null>;
}

const latestOfYear = (records: readonly SummaryRecord[], planId: string, year: number) => {
  let best: SummaryRound | undefined;
  for (const record of records) {
    if (record.planId !== planId) continue;
    for (const round of record.rounds) {
      // Rounds written before the figures were kept (no `units`) cannot give a unit's total.
      if ((round.year ?? record.year) !== year || round.units === undefined) continue;
      if (!best || round.month > best.month || (round.month === best.month && round.at > best.at))
        best = round;
    }
  }
  return best;
};

const numbers = (row: unknown): Record<string, number | null> =>
  Object.fromEntries(
    Object.entries(row && typeof row === 'object' ? row : {}).map(([k, v]) => [
      k,
      typeof v === 'number' && Number.isFinite(v) ? v : null,
    ]),
  );

const figuresOf = (round: SummaryRound, year: number): YearFigures => ({
  year,
  month: round.month,
  units: Object.fromEntries(Object.entries(round.units ?? {}).map(([name, row]) => [name, numbers(row)])),
  city: numbers(round.done),
});

/**
 * For a target over several years (2017—2020年), the total since its first year beside the year's: the
 * earlier years' figures from their 汇总 (the latest round of each), this round's added. Left out, and the
 * missing years named, when an earlier year's 汇总 is not at hand: a partial total would read as the whole.
 */
export const withSinceStart = (
  c: Consolidation,
  planId: string,
  earlier: readonly SummaryRecord[],
): Consolidation => {
  const first = c.targets.find((t) => t.whole)?.whole;
  if (!first) return c;
  const from = yearsOf(first.label)[0] ?? c.year;
  const before = Array.from({ length: Math.max(0, c.year - from) }, (_, k) => from + k);
  const found: YearFigures[] = [];
  const missing: number[] = [];
  for (const year of before) {
    const round = latestOfYear(earlier, planId, year);
    if (round) found.push(figuresOf(round, year));
    else missing.push(year);
  }
  const since = { from, years: found.map((f) => ({ year: f.year, month: f.month })), missing };
  if (missing.length > 0) return { ...c, since };
  // A unit missing from an earlier year's 汇总 has no total since: unknown, not that year taken as 0.
  const add = (
    t: Consolidation['targets'][number],
    current: number | null,
    earlierOf: (f: YearFigures) => number | null | undefined,
  ) =>
    current === null || found.some((f) => earlierOf(f) === undefined)
      ? null
      : roundTo(
          found.reduce((s, f) => s + (earlierOf(f) ?? 0), current),
          reportedDecimals(t),
        );
  const rate = (done: number | null, whole: number | null | undefined) =>
    done === null || !whole ? null : roundTo((done / whole) * 100, 1);
  return {
    ...c,
    since,
    units: c.units.map((u) => ({
      ...u,
      standings: u.standings.map((s, k) => {
        const t = c.targets[k];
        if (!t.whole) return s;
        const done = add(t, u.reported ? s.done : null, (f) => f.units[u.name]?.[t.column]);
        return { ...s, since: { done, rate: rate(done, s.whole) } };
      }),
    })),
    city: c.city.map((s, k) => {
      const t = c.targets[k];
      if (!t.whole) return s;
      const done = add(t, s.done, (f) => f.city[t.column]);
      return { ...s, since: { done, rate: rate(done, s.whole) } };
    }),
  };
};
