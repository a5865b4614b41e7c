import { PlanError } from '../errors';
import { figureValue } from '../figures';
import { roundTo } from '../fixed';
import { decimalsOf, indicatorOf, isCountMeasure, isShareMeasure, type Plan } from '../plan';
import { sha256 } from '../sha256';
import { targetColumns } from '../taskbook/content';

export const REPORT_SCHEMA = 'fenjie.report/1';

/** A target a unit was assigned, as its report workbook carries it. */
export interface ReportTarget {
  column: string;
  indicator: string;
  measure: string;
  period: string;
  decimals: number;
  /**
   * How finely a completion is reported: what the measure needs (亿元 to 0.01, counts whole), whatever the
   * target's precision. Workbooks issued before it was recorded read completions at the target's decimals.
   */
  reportDecimals?: number;
  value: number | null;
  /** The months the target spans, for 序时进度: from the first month of `from` to the last of `to`. */
  from: number;
  to: number;
  /**
   * 'annual': the year's 1—N月累计 against the year's target (the plan's column for the year, else the year's
   * share of a target over several years, kept in `whole`). Absent in workbooks issued before: there the
   * figure is read against the whole period's target, from the period's first month, as they said.
   */
  reading?: 'annual';
  /** The target over several years the annual one is a share of: its label and figure. */
  whole?: { label: string; value: number | null; years: number; percent?: number; set?: boolean };
  /**
   * 'count': a count over several years whose yearly share is no whole number for some unit (1个 over four
   * years): the period's target stands undivided, and the figure is the total since the period's first month.
   */
  undivided?: 'count';
  /** A growth target: the base year, the unit's base figure and the rate it was set by (以2016年27430为基数，年均增长15%). */
  growth?: { from: string; base: number | null; rate: number; tolerance?: number };
}

/** Where the 完成情况 sheet holds what the unit types, for reading it back (checked against labels too). */
export interface ReportBlock {
  column: string;
  targetCell: string;
  /** The row of January; December is 11 rows below. */
  firstRow: number;
  /** The column the unit types 1—N月累计完成 into. */
  inputColumn: number;
  /** The column of 上年同期累计 (optional for the unit); absent in workbooks issued before it. */
  lastYearColumn?: number;
}

/** What a unit workbook carries hidden, for the collect step: whose it is, what it was assigned, where. */
export interface ReportRecord {
  schema: typeof REPORT_SCHEMA;
  planId: string;
  planVersion: number;
  template: string;
  planTitle: string;
  unit: { id: string; name: string };
  year: number;
  targets: ReportTarget[];
  /** sha256 over plan, version, unit and targets: an altered target no longer matches it. */
  targetsHash: string;
  layout: {
    sheet: string;
    blocks: ReportBlock[];
    /** 填报人, 联系电话, 填报日期, and the 填报单位 the sheet shows (absent in records issued before). */
    fields: Record<'person' | 'phone' | 'date', string> & { unit?: string };
  };
  /** The 任务书 page sent with it: where each assigned figure stands, so a change there is caught too. */
  taskbook?: { sheet: string; figures: { column: string; cell: string }[] };
  /** The plans above the issuing one (its parent first), each with the unit it was issued to. */
  chain?: { planId: string; version: number; unit: string }[];
  /** HMAC over the whole record with the issuing plan's key (absent in records issued before it). */
  signature?: string;
}

/** 2017—2020年, 2018年, 2017-2018 → the years a period covers. */
export const yearsOf = (period: string): number[] => {
  const years = [...period.matchAll(/\d{4}/g)].map((m) => Number(m[0]));
  if (years.length === 0) return [];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
};

/** The reporting year: the one asked for, else this year within the plan's period (its nearest end outside it). */
export const reportingYear = (plan: Plan, asked: number | undefined, today: Date): number => {
  const years = yearsOf(plan.period);
  if (asked !== undefined) {
    if (!Number.isInteger(asked) || (years.length > 0 && !years.includes(asked)))
      throw new PlanError('report.yearOutside', { year: asked, period: plan.period });
    return asked;
  }
  const now = today.getFullYear();
  if (years.length === 0) return now;
  return Math.min(Math.max(now, years[0]), years[years.length - 1]);
};

/**
 * The targets a unit reports against in a year: for each indicator the target column of that year,
 * else the one whose period spans it, else the indicator's last target.
 */
export const reportTargets = (
  plan: Plan,
  unit: number,
  year: number,
  reading: 'annual' | 'period' = 'annual',
): ReportTarget[] => {
  const planYears = yearsOf(plan.period);
  const targets = targetColumns(plan);
  const byIndicator = new Map<string, number[]>();
  for (const j of targets) {
    const key = plan.columns[j].indicator ?? plan.columns[j].id;
    byIndicator.set(key, [...(byIndicator.get(key) ?? []), j]);
  }
  return [...byIndicator.values()].map((js) => {
    const spans = (j: number) => yearsOf(plan.columns[j].period ?? plan.columns[j].label);
    const j =
      js.find((k) => spans(k).length === 1 && spans(k)[0] === year) ??
      js.find((k) => spans(k).includes(year)) ??
      js[js.length - 1];
    const column = plan.columns[j];
    const own = spans(j);
    // A single-year target later than the reporting year (2020 from 2016) runs from the plan's start.
    const from =
      own.length === 1 && own[0] > year ? (planYears.find((y) => y <= year) ?? year) : (own[0] ?? year);
    const to = own[own.length - 1] ?? year;
    const measure = indicatorOf(plan, column)?.measure ?? '';
    const decimals = decimalsOf(plan, column);
    const value = figureValue(plan.values[unit][j]) ?? null;
    const rule = indicatorOf(plan, column)?.rule?.growth;
    const baseColumn = rule
      ? plan.columns.findIndex(
          (c, k) => k !== j && c.indicator === column.indicator && c.period === rule.from,
        )
      : -1;
    const growth =
      rule && baseColumn >= 0
        ? {
            from: rule.from,
            base: figureValue(plan.values[unit][baseColumn]) ?? null,
            rate: rule.rate,
            ...(rule.tolerance === undefined ? {} : { tolerance: rule.tolerance }),
          }
        : undefined;
    const target = {
      column: column.id,
      indicator: indicatorOf(plan, column)?.name ?? column.label,
      measure,
      period: column.label,
      decimals,
      reportDecimals: completionDecimals(measure, decimals),
      value,
      from,
      to,
      ...(growth ? { growth } : {}),
    };
    // A count is whole: where a unit's share of the year would be a fraction (0.25个), the period's target
    // stands undivided for every unit, read since the period began.
    if (fractionalCountShare(plan, j, year)) return { ...target, undivided: 'count' as const };
    if (reading === 'period' || !own.includes(year)) return target;
    if (own.length === 1) return { ...target, reading: 'annual' as const };
    // A target over several years: this year's share of it (the planner's, else an even one), against this
    // year's months, shown with the decimals it needs (125, 3.5; at most 0.01).
    const percent = yearPercent(plan.columns[j], year, own.length);
    const share = value === null ? null : (value * percent) / 100;
    let shown = decimals;
    while (share !== null && shown < Math.max(decimals, 2) && roundTo(share, shown) !== share) shown++;
    return {
      ...target,
      reading: 'annual' as const,
      period: `${year}年`,
      value: share === null ? null : roundTo(share, shown),
      decimals: shown,
      from: year,
      to: year,
      whole: {
        label: column.label,
        value,
        years: own.length,
        percent: Math.round(percent * 10) / 10,
        set: column.yearShares !== undefined,
      },
    };
  });
};

const yearPercent = (column: Plan['columns'][number], year: number, years: number): number =>
  column.yearShares?.[String(year)] ?? 100 / years;

/**
 * The first unit whose share of a count target over several years would be a fraction in `year` (with these
 * shares, else the column's own, else even ones): a count is whole, so no such share is ever issued.
 */
export const fractionalCountShare = (
  plan: Plan,
  j: number,
  year: number,
  shares: Record<string, number> | undefined = plan.columns[j].yearShares,
): { unit: string; share: number; value: number; percent: number } | undefined => {
  const column = plan.columns[j];
  if (!isCountMeasure(indicatorOf(plan, column)?.measure ?? '')) return undefined;
  const years = yearsOf(column.period ?? column.label);
  if (years.length < 2 || !years.includes(year)) return undefined;
  const percent = yearPercent({ ...column, yearShares: shares }, year, years.length);
  for (let u = 0; u < plan.units.length; u++) {
    const value = figureValue(plan.values[u][j]);
    if (value === undefined) continue;
    const share = roundTo((value * percent) / 100, 4);
    if (!Number.isInteger(share))
      return { unit: plan.units[u].name, share, value, percent: Math.round(percent * 10) / 10 };
  }
  return undefined;
};

/**
 * The year a target's figure is counted from, when that is before the reporting year: a target read against
 * a period's undivided target (a count, a later year's target, a workbook issued before the annual reading).
 */
export const countedSince = (t: Pick<ReportTarget, 'reading' | 'from'>, year: number): number | undefined =>
  t.reading !== 'annual' && t.from < year ? t.from : undefined;

/** Counts whole; shares to 0.1; amounts to 0.01 (or finer, as the target). */
export const completionDecimals = (measure: string, targetDecimals: number): number =>
  isCountMeasure(measure)
    ? 0
    : isShareMeasure(measure)
      ? Math.max(targetDecimals, 1)
      : Math.max(targetDecimals, 2);

/** The decimals a report's completions are read at (the target's, for a workbook issued before this was kept). */
export const reportedDecimals = (t: Pick<ReportTarget, 'decimals' | 'reportDecimals'>): number =>
  t.reportDecimals ?? t.decimals;

export const targetsHash = (
  plan: Plan,
  unitId: string,
  year: number,
  targets: readonly ReportTarget[],
): string =>
  `sha256:${sha256(
    JSON.stringify([
      plan.planId,
      plan.version,
      unitId,
      year,
      // The whole period's figure too, where the year's is a share of it, and a growth target's rule (older
      // records had neither).
      targets.map((t) => [
        t.column,
        t.value,
        ...(t.whole ? [t.whole.value] : []),
        ...(t.growth ? [[t.growth.from, t.growth.base, t.growth.rate, t.growth.tolerance ?? null]] : []),
      ]),
    ]),
  )}`;

/** 序时进度 at the end of month m of the year, in % at one decimal, for a target spanning from..to. */
export const timeProgress = (
  target: Pick<ReportTarget, 'from' | 'to'>,
  year: number,
  month: number,
): number => {
  const months = (target.to - target.from + 1) * 12;
  const elapsed = (year - target.from) * 12 + month;
  return Math.round((Math.min(Math.max(elapsed, 0), months) / months) * 1000) / 10;
};
