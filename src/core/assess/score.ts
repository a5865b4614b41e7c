import { roundTo } from '../fixed';
import type { AssessmentRules, IndicatorRule } from './rules';

/** What a unit brings to its 考核: per indicator rule its 完成率 (null: no figure), its 报送纪律, the planner's 加分/扣分. */
export interface UnitRecord {
  unit: string;
  rates: (number | null)[];
  /** Per rule: the unit has no target on that indicator (“—”), so it is not scored on it: full 分值. */
  noTarget?: boolean[];
  /** The months late and the months with no accepted report (1—12). */
  lateMonths: number[];
  missingMonths: number[];
  /** Of the missing months, those whose report was 退回 and never sent again: said so, scored as 漏报. */
  returnedMonths?: number[];
  /** Typed by the planner, each with its 说明. */
  plus?: { points: number; reason: string };
  minus?: { points: number; reason: string };
}

export interface UnitScore {
  unit: string;
  scores: number[];
  bonus: number;
  discipline: number;
  total: number;
  /** 1 for the highest 总分; equal totals share one (并列). */
  rank: number;
  grade: string;
  /** The indicators whose 完成率 fell below their 否决线 (no figure counts as below). */
  veto: { indicator: string; rate: number | null; line: number }[];
  /** Among the lowest N by 总分 (N from the 考核办法; units tied at the line are all in). */
  interview: boolean;
}

/** An indicator's 得分 from its 完成率, as its rule says (no figure scores nothing). */
export const indicatorScore = (rule: IndicatorRule, rate: number | null): number => {
  if (rate === null) return 0;
  const r = Math.max(0, rate);
  switch (rule.method) {
    case '按比例':
      return roundTo((rule.points * Math.min(r, 100)) / 100, 2);
    case '完成即满分':
      return r >= 100 ? roundTo(rule.points, 2) : 0;
    case '分档': {
      const band = (rule.bands ?? []).find((b) => r >= b.atLeast);
      return roundTo((rule.points * (band ? band.share : (rule.below ?? 0))) / 100, 2);
    }
  }
};

/** 超额加分: for each point above 100 %, at most the cap. */
export const bonusScore = (rule: IndicatorRule, rate: number | null): number =>
  rate === null || !rule.bonusPerPoint
    ? 0
    : roundTo(Math.min(rule.bonusCap ?? Infinity, Math.max(0, rate - 100) * rule.bonusPerPoint), 2);

/**
 * Every unit scored by the 考核办法: 得分 per indicator, 超额加分, 报送纪律扣分, the planner's 加分 and 扣分, 总分, 排名
 * (ties 并列), 等次 (by score, 优秀 limited by share where the rules say 按名次), and 否决 (never above the lowest grade).
 */
export const assessUnits = (rules: AssessmentRules, units: readonly UnitRecord[]): UnitScore[] => {
  const scored = units.map((u) => {
    const free = (k: number) => u.noTarget?.[k] === true;
    const scores = rules.indicators.map((r, k) =>
      free(k) ? roundTo(r.points, 2) : indicatorScore(r, u.rates[k] ?? null),
    );
    const bonus = roundTo(
      rules.indicators.reduce((a, r, k) => a + (free(k) ? 0 : bonusScore(r, u.rates[k] ?? null)), 0),
      2,
    );
    const discipline = roundTo(u.lateMonths.length * rules.late + u.missingMonths.length * rules.missing, 2);
    // Deductions take a score to 0, never below: a 总分 is out of the total, as the 考核办法 writes it.
    const total = Math.max(
      0,
      roundTo(
        scores.reduce((a, b) => a + b, 0) +
          bonus -
          discipline +
          (u.plus?.points ?? 0) -
          (u.minus?.points ?? 0),
        2,
      ),
    );
    const veto = rules.indicators.flatMap((r, k) => {
      const rate = u.rates[k] ?? null;
      return !free(k) && r.vetoBelow !== undefined && r.vetoBelow > 0 && (rate === null || rate < r.vetoBelow)
        ? [{ indicator: r.indicator, rate, line: r.vetoBelow }]
        : [];
    });
    return {
      unit: u.unit,
      scores,
      bonus,
      discipline,
      total,
      rank: 0,
      grade: rules.grades.lowest,
      veto,
      interview: false,
    };
  });
  const order = [...scored].sort((a, b) => b.total - a.total);
  order.forEach((s, k) => (s.rank = k > 0 && order[k - 1].total === s.total ? order[k - 1].rank : k + 1));
  // The lowest N: a unit with fewer than N below it — unless every unit scored the same, when none is lowest.
  for (const s of scored)
    s.interview =
      scored.some((o) => o.total > s.total) &&
      scored.filter((o) => o.total < s.total).length < rules.interviewLowest;
  const g = rules.grades;
  // 按名次: 优秀 for at most topShare % of the units (at least one), by rank; the rest by score.
  const topSeats =
    g.topShare === undefined ? Infinity : Math.max(1, Math.floor((units.length * g.topShare) / 100));
  for (const s of scored) {
    if (s.veto.length > 0) continue;
    const band = g.bands.find((b) => s.total >= b.atLeast);
    if (!band) continue;
    s.grade = band === g.bands[0] && s.rank > topSeats ? (g.bands[1]?.grade ?? g.lowest) : band.grade;
  }
  return scored;
};
