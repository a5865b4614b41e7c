/** Laws of spreading: the total is met exactly, locks never move, shares keep their order, undo is exact. */
import fc from 'fast-check';
import { PlanError, createCustomPlan, restoreSnapshot, spread, toScaled, type Plan } from '../src/core';

const planWith = (figures: (number | null)[], decimals: number, measure = '亿元'): Plan => {
  const p = createCustomPlan(
    {
      units: figures.map((_, k) => `单位${k + 1}`),
      indicators: [{ name: '指标', measure, decimals }],
      years: ['2018'],
    },
    'p',
  );
  return { ...p, values: figures.map((f) => [f]) };
};

const scenario = fc
  .record({
    decimals: fc.integer({ min: 0, max: 2 }),
    scaled: fc.array(fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }), {
      minLength: 1,
      maxLength: 40,
    }),
    total: fc.integer({ min: -1_000, max: 10_000_000 }),
    lockMask: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    method: fc.constantFrom('proportional', 'even', 'weights'),
    weights: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 40, maxLength: 40 }),
  })
  .map((s) => {
    const figures = s.scaled.map((v) => (v === null ? null : v / 10 ** s.decimals));
    const plan = planWith(figures, s.decimals);
    const locks = plan.units.filter((_, k) => s.lockMask[k] && k % 3 === 0).map((u) => u.id);
    const method =
      s.method === 'weights'
        ? {
            kind: 'weights' as const,
            weights: Object.fromEntries(plan.units.map((u, k) => [u.id, s.weights[k]])),
          }
        : { kind: s.method as 'proportional' | 'even' };
    return { plan, total: s.total / 10 ** s.decimals, locks, method, decimals: s.decimals };
  });

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

let refused = 0;
let tried = 0;
const attempt = (s: Scenario) => {
  tried++;
  try {
    return spread(s.plan, { column: 'i1_2018', total: s.total, method: s.method, locks: s.locks });
  } catch (e) {
    if (e instanceof PlanError) {
      refused++; // refused with a reason: allowed, never a wrong answer
      return undefined;
    }
    throw e;
  }
};

describe('spreading, as laws', () => {
  afterAll(() => {
    // The laws say something only if most scenarios are spread, not refused.
    expect(refused / tried).toBeLessThan(0.5);
  });

  it('the units sum exactly to the total, at the indicator’s precision', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = attempt(s);
        if (!r) return;
        const sum = r.plan.values.reduce(
          (a, row) => a + (typeof row[0] === 'number' ? toScaled(row[0], s.decimals) : 0),
          0,
        );
        expect(sum).toBe(toScaled(s.total, s.decimals));
      }),
      { numRuns: 400 },
    );
  });

  it('locked cells never move', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = attempt(s);
        if (!r) return;
        s.plan.units.forEach((u, i) => {
          if (s.locks.includes(u.id)) expect(r.plan.values[i][0]).toBe(s.plan.values[i][0]);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('no figure goes negative unless the total is', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = attempt(s);
        if (!r || s.total < 0) return;
        for (const row of r.plan.values)
          if (typeof row[0] === 'number') expect(row[0]).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });

  it('proportional spreading keeps the order of the units’ shares', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        if (s.method.kind !== 'proportional' || s.total < 0) return;
        const r = attempt(s);
        if (!r) return;
        const free = s.plan.units.map((u, i) => i).filter((i) => !s.locks.includes(s.plan.units[i].id));
        const before = (i: number) => (s.plan.values[i][0] as number | null) ?? 0;
        const after = (i: number) => r.plan.values[i][0] as number;
        for (const a of free)
          for (const b of free) if (before(a) > before(b)) expect(after(a)).toBeGreaterThanOrEqual(after(b));
      }),
      { numRuns: 300 },
    );
  });

  it('the snapshot restores the grid bit for bit', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = attempt(s);
        if (!r) return;
        const back = restoreSnapshot(r.plan, r.snapshot).plan;
        expect(back.values).toEqual(s.plan.values);
        back.values.forEach((row, i) => expect(Object.is(row[0], s.plan.values[i][0])).toBe(true));
        expect(back.controlTotals).toEqual(s.plan.controlTotals);
      }),
      { numRuns: 300 },
    );
  });
});

/** Whole numbers of the last decimal, exactly: 36501.2 at 1 decimal → 365012n; undefined when not a whole number. */
const exactScaled = (value: number, decimals: number): bigint | undefined => {
  const text = String(value); // the shortest decimal that reads back as this double
  if (/e-/.test(text)) return undefined;
  if (/e\+/.test(text)) return BigInt(value) * 10n ** BigInt(decimals);
  const [whole, fraction = ''] = text.split('.');
  if (fraction.length > decimals) return undefined;
  return BigInt(whole + fraction.padEnd(decimals, '0'));
};

const anyFigure = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 1_000_000 }), weight: 6 },
  { arbitrary: fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100), weight: 3 },
  { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      0.5,
      0.005,
      1e-9,
      -1,
      2 ** 53,
      2 ** 53 + 2,
      1e17,
      1e30,
      Number('99999999999999999'),
      613.37,
    ),
    weight: 1,
  },
);

const hostile = fc
  .record({
    decimals: fc.integer({ min: 0, max: 2 }),
    figures: fc.array(fc.option(anyFigure, { nil: null }), { minLength: 1, maxLength: 12 }),
    total: anyFigure,
    lockMask: fc.array(
      fc.integer({ min: 0, max: 4 }).map((k) => k === 0),
      { minLength: 12, maxLength: 12 },
    ),
    floor: fc.option(anyFigure, { nil: undefined }),
    cap: fc.option(anyFigure, { nil: undefined }),
    method: fc.constantFrom('proportional', 'even'),
  })
  .map((s) => {
    const plan = planWith(s.figures, s.decimals);
    const locks = plan.units.filter((_, k) => s.lockMask[k]).map((u) => u.id);
    const last = plan.units[plan.units.length - 1].id;
    return {
      ...s,
      plan,
      locks,
      floors: s.floor === undefined ? undefined : { [last]: s.floor },
      caps: s.cap === undefined ? undefined : { [last]: s.cap },
    };
  });

describe('every spread either meets its total exactly or is refused', () => {
  it('over totals, locked figures, floors and caps of every kind: negative, too fine, beyond 2^53', () => {
    let accepted = 0;
    fc.assert(
      fc.property(hostile, (s) => {
        let r;
        try {
          r = spread(s.plan, {
            column: 'i1_2018',
            total: s.total,
            method: { kind: s.method as 'proportional' | 'even' },
            locks: s.locks,
            floors: s.floors,
            caps: s.caps,
          });
        } catch (e) {
          if (e instanceof PlanError) return;
          throw e;
        }
        accepted++;
        const total = exactScaled(s.total, s.decimals);
        expect(total).toBeDefined();
        expect(s.total).toBeGreaterThanOrEqual(0);
        let sum = 0n;
        for (const row of r.plan.values) {
          if (typeof row[0] !== 'number') continue;
          const scaled = exactScaled(row[0], s.decimals);
          expect(scaled).toBeDefined();
          expect(row[0]).toBeGreaterThanOrEqual(0);
          sum += scaled!;
        }
        expect(sum).toBe(total);
      }),
      { numRuns: 1500 },
    );
    // The law says something only if some hostile requests are met, not all refused.
    expect(accepted).toBeGreaterThan(50);
  });
});
