import { PlanError } from '../errors';

/** How an indicator's 完成率 becomes its 得分, as a 考核办法 writes it. */
export type ScoringMethod = '按比例' | '完成即满分' | '分档';
export const SCORING_METHODS: readonly ScoringMethod[] = ['按比例', '完成即满分', '分档'];

/** 分档: at or above `atLeast` % the indicator earns `share` % of its 分值; below the lowest band, `below` %. */
export interface ScoreBand {
  atLeast: number;
  share: number;
  /** Where the band stands on the 考核办法 sheet, for messages. */
  cell?: string;
}

/** One row of the 考核办法: an indicator (of a year, where the plan has years) and how it is scored. */
export interface IndicatorRule {
  indicator: string;
  year?: number;
  points: number;
  method: ScoringMethod;
  /** 分档 only: highest band first. */
  bands?: ScoreBand[];
  /** 分档 only: the share below every band (0 unless the sheet says otherwise). */
  below?: number;
  /** 超额加分: points for each percentage point above 100 %, at most `bonusCap`. */
  bonusPerPoint?: number;
  bonusCap?: number;
  /** 否决线: a 完成率 below it vetoes the unit (一票否决). */
  vetoBelow?: number;
  /** Where the row stands on the 考核办法 sheet, for messages. */
  cell?: string;
}

/** 等次 by score (优秀 at or above 90 …), or 优秀 for at most a share of the units (按名次). */
export interface GradeRule {
  bands: { grade: string; atLeast: number }[];
  /** The grade below every band, and the one a vetoed unit gets: 不合格. */
  lowest: string;
  /** 按名次: at most this % of the units (rounded down, at least one) may be graded 优秀 (the first band). */
  topShare?: number;
}

export interface AssessmentRules {
  indicators: IndicatorRule[];
  /** 报送纪律: points off for each late report and each month with no accepted report. */
  late: number;
  missing: number;
  grades: GradeRule;
  /** The total the 分值 must sum to (100 by default). */
  total: number;
  /** 约谈: the lowest N units by 总分. */
  interviewLowest: number;
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/**
 * A 考核办法 checked before any unit is scored: 分值 not negative and summing to the stated total, a
 * 计分方式 from the list, bands from the highest down without overlap, shares between 0 and 100, grades in
 * order. The first fault is thrown, naming the sheet's cell.
 */
export const checkRules = (rules: AssessmentRules, sheet: string): AssessmentRules => {
  for (const r of rules.indicators) {
    const at = { sheet, cell: r.cell ?? '', indicator: r.indicator };
    if (!Number.isFinite(r.points) || r.points < 0)
      throw new PlanError('assess.negativePoints', { ...at, points: r.points });
    if (!SCORING_METHODS.includes(r.method))
      throw new PlanError('assess.unknownMethod', {
        ...at,
        method: String(r.method),
        methods: SCORING_METHODS.join('、'),
      });
    if (r.method === '分档') {
      const bands = r.bands ?? [];
      if (bands.length === 0) throw new PlanError('assess.noBands', at);
      bands.forEach((b, k) => {
        const here = { ...at, cell: b.cell ?? at.cell };
        if (!(b.share >= 0 && b.share <= 100))
          throw new PlanError('assess.bandShare', { ...here, share: b.share });
        const before = bands[k - 1];
        if (before && b.atLeast === before.atLeast)
          throw new PlanError('assess.bandsOverlap', { ...here, band: `≥${b.atLeast}%` });
        if (before && !(b.atLeast < before.atLeast && b.share <= before.share))
          throw new PlanError('assess.bandsOrder', {
            ...here,
            band: `≥${b.atLeast}%`,
            before: `≥${before.atLeast}%`,
          });
      });
      const last = bands[bands.length - 1];
      if ((r.below ?? 0) > last.share)
        throw new PlanError('assess.bandsOrder', {
          ...at,
          cell: last.cell ?? at.cell,
          band: '≥0%',
          before: `≥${last.atLeast}%`,
        });
    }
    for (const [key, value] of [
      ['bonusPerPoint', r.bonusPerPoint],
      ['bonusCap', r.bonusCap],
      ['vetoBelow', r.vetoBelow],
    ] as const)
      if (value !== undefined && !(Number.isFinite(value) && value >= 0))
        throw new PlanError('assess.negativeRule', { ...at, rule: key, value });
  }
  // Where the rows carry years, each year's 分值 (with the rows for every year) sum to the total.
  const years = [...new Set(rules.indicators.flatMap((r) => (r.year === undefined ? [] : [r.year])))];
  for (const year of years.length > 0 ? years : [undefined]) {
    const sum = rules.indicators
      .filter((r) => r.year === undefined || r.year === year)
      .reduce((a, r) => a + r.points, 0);
    if (!near(sum, rules.total))
      throw new PlanError('assess.pointsSum', {
        sheet,
        year: year === undefined ? '' : `${year}年`,
        sum: Math.round(sum * 100) / 100,
        total: rules.total,
      });
  }
  if (rules.late < 0 || rules.missing < 0)
    throw new PlanError('assess.negativeRule', {
      sheet,
      cell: '',
      indicator: '',
      rule: 'discipline',
      value: -1,
    });
  const g = rules.grades.bands;
  g.forEach((b, k) => {
    if (k > 0 && !(b.atLeast < g[k - 1].atLeast))
      throw new PlanError('assess.gradesOrder', { sheet, grade: b.grade, before: g[k - 1].grade });
  });
  return rules;
};

/**
 * Defaults where the source text gives none: 分值 shared equally among a year's indicators (in hundredths,
 * the last taking what rounding left so they sum to exactly 100), 按比例.
 */
export const defaultRules = (
  indicators: readonly { indicator: string; year?: number }[],
): AssessmentRules => {
  const points = (x: { year?: number }, k: number) => {
    const group = indicators.filter((y) => y.year === x.year);
    const n = Math.max(1, group.length);
    const each = Math.floor((100 / n) * 100) / 100;
    const last = indicators.lastIndexOf(group[group.length - 1]);
    return k === last ? Math.round((100 - each * (n - 1)) * 100) / 100 : each;
  };
  return {
    indicators: indicators.map((x, k) => ({
      ...x,
      points: points(x, k),
      method: '按比例' as const,
      bonusPerPoint: 0,
    })),
    late: 1,
    missing: 2,
    grades: {
      bands: [
        { grade: '优秀', atLeast: 90 },
        { grade: '良好', atLeast: 80 },
        { grade: '合格', atLeast: 60 },
      ],
      lowest: '不合格',
    },
    total: 100,
    interviewLowest: 1,
  };
};

/** The rows of the 考核办法 that score a year: those of that year, and those without a year. */
export const rulesForYear = <T extends { rules: AssessmentRules; cells: { indicators: unknown[] } }>(
  placed: T,
  year: number,
): T => {
  const keep = placed.rules.indicators.map((r) => r.year === undefined || r.year === year);
  return {
    ...placed,
    rules: { ...placed.rules, indicators: placed.rules.indicators.filter((_, k) => keep[k]) },
    cells: { ...placed.cells, indicators: placed.cells.indicators.filter((_, k) => keep[k]) },
  };
};
