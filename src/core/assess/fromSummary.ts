import { PlanError } from '../errors';
import { roundTo } from '../fixed';
import type { Plan } from '../plan';
import { yearsOf } from '../report/record';
import { overdue } from '../report/deadline';
import type { Consolidation, SummaryRecord, SummaryRound } from '../report/summary';
import type { AssessmentRules } from './rules';
import type { UnitRecord } from './score';

/** What a unit's 考核 rests on, per indicator rule: the year's target and 1—N月累计 as the 汇总 had them. */
export interface AssessFigure {
  target: number | null;
  done: number | null;
}

export interface AssessInput {
  year: number;
  /** The round whose 完成率 are scored: the year's latest in the 汇总 (1—12月 at the year's end). */
  month: number;
  /** The year's rounds, by month, that 报送纪律 was counted over. */
  rounds: number[];
  units: UnitRecord[];
  figures: AssessFigure[][];
  /** Per unit: the month of its figures where its last report came before the year's latest round. */
  asOf: (number | undefined)[];
  /** Each rule's measure (亿元, 个), as the 汇总's targets give it. */
  measures: string[];
  /** The indicators over several years scored against what is due by the year's end (since their first year). */
  due: string[];
  /** 提示 for the planner: a unit of the plan the 汇总 never had, rounds whose 填报日期 were not kept. */
  notes: { code: string; params: Record<string, string | number> }[];
}

const yearOf = (record: SummaryRecord, round: SummaryRound) => round.year ?? record.year;

/** The day a round's reports are due: the reporting day of the month after it (1—3月 by 4月5日). */

/**
 * The year's 考核 inputs from the 汇总's rounds: each unit's 完成率 per rule from the latest round of the year
 * (a unit without a target on an indicator is not scored on it), and its 报送纪律 over every round of the
 * year: 漏报 a round without an accepted report of that month, 迟报 one whose 填报日期 is after the 报送日.
 */
export const assessInputs = (
  plan: Pick<Plan, 'planId' | 'units' | 'columns'>,
  record: SummaryRecord,
  rules: AssessmentRules,
  options: { year?: number; file: string; sheet: string; reportingDay?: number },
): AssessInput => {
  const { file } = options;
  if (record.planId !== plan.planId) throw new PlanError('assess.otherPlan', { file });
  const years = [...new Set(record.rounds.map((r) => yearOf(record, r)))].sort();
  const year = options.year ?? Math.max(...years);
  const rounds = record.rounds.filter((r) => yearOf(record, r) === year).sort((a, b) => a.month - b.month);
  if (rounds.length === 0)
    throw new PlanError('assess.noRound', { file, year, years: years.map((y) => `${y}年`).join('、') });
  const latest = rounds[rounds.length - 1];
  const c: Consolidation | undefined = latest.bulletin;
  if (!c) throw new PlanError('assess.oldSummary', { file, year, month: latest.month });
  const columns = rules.indicators.map((r) => {
    const k = c.targets.findIndex((t) => t.indicator === r.indicator);
    if (k < 0)
      throw new PlanError('assess.unknownIndicator', {
        sheet: options.sheet,
        cell: r.cell ?? '',
        indicator: r.indicator,
        indicators: [...new Set(c.targets.map((t) => t.indicator))].join('、'),
      });
    return k;
  });
  const notes: AssessInput['notes'] = [];
  // A target over several years (2017—2020年) is scored against what is due by the year's end (the 序时
  // target): the total since its first year over the shares of the years so far — where the 汇总 has that total.
  const dueShare = columns.map((k) => {
    const t = c.targets[k];
    if (!t.whole) return undefined;
    const column = plan.columns.find((x) => x.id === t.column);
    const years = yearsOf(column?.period ?? column?.label ?? t.whole.label);
    if (years.length < 2 || years[0] === year) return undefined;
    const shares = column?.yearShares;
    return years
      .filter((y) => y <= year)
      .reduce((a, y) => a + (shares?.[String(y)] ?? 100 / years.length), 0);
  });
  const sinceMissing = new Set<string>();
  const due = new Set<string>();
  const unknownFiled = new Set<number>();
  const units = plan.units.map((unit): { record: UnitRecord; figures: AssessFigure[]; asOf?: number } => {
    if (!c.units.some((u) => u.name === unit.name))
      notes.push({ code: 'assess.unitNotInSummary', params: { unit: unit.name, file } });
    // The unit's latest figures of the year: a last round missed (or returned) does not wipe out the year.
    const source =
      [...rounds].reverse().find((r) => {
        const u = r.bulletin?.units.find((x) => x.name === unit.name);
        return u?.reported && u.standings.some((x) => x.done !== null);
      }) ?? latest;
    const sc = source.bulletin ?? c;
    const here = sc.units.find((u) => u.name === unit.name);
    const own = rules.indicators.map((r) => sc.targets.findIndex((t) => t.indicator === r.indicator));
    const lateMonths: number[] = [];
    const missingMonths: number[] = [];
    const returnedMonths: number[] = [];
    for (const round of rounds) {
      const their = round.bulletin?.units.find((u) => u.name === unit.name);
      const reported = their
        ? their.reported && !their.late
        : round.units !== undefined && unit.name in round.units;
      if (!reported) {
        missingMonths.push(round.month);
        if (!their?.reported && round.bulletin?.returned.some((r) => r.unit === unit.name))
          returnedMonths.push(round.month);
      }
      // 迟报 as the round's 通报 said it; a 汇总 from before it was kept: the same rule on the dates.
      else if (round.bulletin?.overdue !== undefined) {
        if (their?.overdue) lateMonths.push(round.month);
      } else if (options.reportingDay !== undefined) {
        if (!their?.reportedAt) unknownFiled.add(round.month);
        else if (overdue(their.reportedAt, year, round.month, options.reportingDay))
          lateMonths.push(round.month);
      }
    }
    const standings = own.map((k, r) => {
      const s = k < 0 ? undefined : here?.standings[k];
      const share = dueShare[r];
      if (!s || share === undefined || !s.whole) return s;
      if (s.since?.done === null || s.since?.done === undefined) {
        if (s.done !== null) sinceMissing.add(rules.indicators[r].indicator);
        return s;
      }
      const due = roundTo((s.whole * share) / 100, 2);
      return {
        ...s,
        target: due,
        done: s.since.done,
        rate: due ? roundTo((s.since.done / due) * 100, 1) : null,
      };
    });
    return {
      record: {
        unit: unit.name,
        rates: standings.map((s) => (s && s.target ? s.rate : null)),
        noTarget: standings.map((s) => !!here && !s?.target),
        lateMonths,
        missingMonths,
        ...(returnedMonths.length > 0 ? { returnedMonths } : {}),
      },
      figures: standings.map((s) => ({ target: s?.target ?? null, done: s?.done ?? null })),
      ...(source !== latest ? { asOf: source.month } : {}),
    };
  });
  for (const indicator of sinceMissing)
    notes.push({ code: 'assess.noSince', params: { indicator, year, file } });
  if (unknownFiled.size > 0)
    notes.push({
      code: 'assess.filedUnknown',
      params: { months: [...unknownFiled].map((m) => `${m}月`).join('、'), file },
    });
  return {
    year,
    month: latest.month,
    rounds: rounds.map((r) => r.month),
    units: units.map((u) => u.record),
    figures: units.map((u) => u.figures),
    asOf: units.map((u) => u.asOf),
    measures: columns.map((k) => c.targets[k].measure),
    due: [...due],
    notes,
  };
};
