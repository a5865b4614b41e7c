/**
 * The laws of a 考核办法, whatever its rules: raising a 完成率 never lowers a unit's 总分; a unit at or above
 * 100 % on every indicator with no deduction scores at least the full total (exactly it without 超额加分); a
 * vetoed unit is never above 不合格; equal totals share a rank.
 */
import fc from 'fast-check';
import { assessUnits, checkRules, type AssessmentRules, type IndicatorRule } from '../src/core';

const rule: fc.Arbitrary<Omit<IndicatorRule, 'points'>> = fc.oneof(
  fc.record({ indicator: fc.constant('x'), method: fc.constant('按比例' as const) }),
  fc.record({ indicator: fc.constant('x'), method: fc.constant('完成即满分' as const) }),
  fc.uniqueArray(fc.integer({ min: 1, max: 150 }), { minLength: 1, maxLength: 4 }).chain((lines) =>
    fc
      .uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: lines.length, maxLength: lines.length })
      .map((shares) => ({
        indicator: 'x',
        method: '分档' as const,
        bands: [...lines]
          .sort((a, b) => b - a)
          .map((atLeast, k) => ({ atLeast, share: [...shares].sort((a, b) => b - a)[k] })),
        below: 0,
      })),
  ),
);

const rules: fc.Arbitrary<AssessmentRules> = fc
  .array(
    fc.tuple(
      rule,
      fc.integer({ min: 1, max: 60 }),
      fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((rows) => {
    const total = rows.reduce((a, [, p]) => a + p, 0);
    return {
      indicators: rows.map(([r, points, bonusPerPoint, bonusCap, vetoBelow], k) => ({
        ...r,
        indicator: `指标${k + 1}`,
        points,
        bonusPerPoint,
        bonusCap,
        vetoBelow,
      })),
      late: 1,
      missing: 2,
      grades: {
        bands: [
          { grade: '优秀', atLeast: total * 0.9 },
          { grade: '良好', atLeast: total * 0.8 },
          { grade: '合格', atLeast: total * 0.6 },
        ],
        lowest: '不合格',
      },
      total,
      interviewLowest: 1,
    };
  });

const rate = fc.option(
  fc.double({ min: 0, max: 250, noNaN: true }).map((r) => Math.round(r * 10) / 10),
  {
    nil: null,
  },
);

describe('考核 laws', () => {
  it('raising one 完成率 never lowers the 总分', () => {
    fc.assert(
      fc.property(
        rules,
        fc.array(rate, { minLength: 5, maxLength: 5 }),
        fc.nat(4),
        fc.double({ min: 0, max: 80, noNaN: true }),
        (r, rates, k, up) => {
          checkRules(r, '考核办法');
          const i = k % r.indicators.length;
          const higher = [...rates];
          higher[i] = (rates[i] ?? 0) + Math.round(up * 10) / 10;
          const [a, b] = assessUnits(r, [
            { unit: 'a', rates, lateMonths: [], missingMonths: [] },
            { unit: 'b', rates: higher, lateMonths: [], missingMonths: [] },
          ]);
          expect(b.total).toBeGreaterThanOrEqual(a.total);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('at or above 100 % everywhere with no deduction: at least the full total, exactly it without 超额加分', () => {
    fc.assert(
      fc.property(
        rules,
        fc.array(fc.double({ min: 100, max: 250, noNaN: true }), { minLength: 5, maxLength: 5 }),
        (r, rates) => {
          const [s] = assessUnits(r, [{ unit: 'a', rates, lateMonths: [], missingMonths: [] }]);
          const full = r.indicators.every(
            (x) => x.method !== '分档' || (x.bands![0].share === 100 && x.bands![0].atLeast <= 100),
          );
          if (!full) return;
          expect(s.total).toBeGreaterThanOrEqual(r.total - 1e-9);
          const [exact] = assessUnits(r, [
            { unit: 'a', rates: rates.map(() => 100), lateMonths: [], missingMonths: [] },
          ]);
          expect(exact.total).toBeCloseTo(r.total, 6);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a vetoed unit is never above 不合格, and equal totals share a rank', () => {
    fc.assert(
      fc.property(
        rules,
        fc.array(fc.array(rate, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
        (r, all) => {
          const scores = assessUnits(
            r,
            all.map((rates, k) => ({ unit: `u${k}`, rates, lateMonths: [], missingMonths: [] })),
          );
          for (const s of scores) {
            if (s.veto.length > 0) expect(s.grade).toBe('不合格');
            for (const t of scores) if (t.total === s.total) expect(t.rank).toBe(s.rank);
            expect(s.rank).toBe(1 + scores.filter((t) => t.total > s.total).length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
