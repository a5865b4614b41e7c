import type { Plan } from '../plan';
import { settleDuplicates, type CheckedReport } from './check';
import { consolidate, roundYear, type Consolidation } from './summary';

const accepted = (r: CheckedReport) =>
  r.verdict !== 'returned' && r.unit !== undefined && !r.superseded && r.month > 0;

/**
 * The month a round of reports is of: the one the planner asked for, else the month most accepted reports
 * reached (the later one on a tie), so one clerk's slip into April does not relabel everyone's March.
 */
export const roundMonth = (reports: readonly CheckedReport[], asked?: number): number => {
  if (asked !== undefined) return asked;
  const counts = new Map<number, number>();
  for (const r of reports) if (accepted(r)) counts.set(r.month, (counts.get(r.month) ?? 0) + 1);
  let best = 0;
  for (const [month, n] of counts)
    if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && month > best)) best = month;
  return best;
};

/**
 * Every accepted report placed in the round: one that stops before it is 通过（有提示）and marked late (its
 * latest figure shown as 截至N月, not counted in the city's figure); one with figures after it is taken at
 * the round's month, with a note naming the cells beyond it.
 */
export const placeInRound = (reports: CheckedReport[], month: number, asked = false): void => {
  for (const r of reports) {
    if (!accepted(r) || month <= 0) continue;
    const note = (code: string, params: Record<string, string | number>, cell?: string, sheet?: string) => {
      r.issues.push({ severity: 'warning', code, params, cell, sheet });
      if (r.verdict === 'pass') r.verdict = 'notes';
    };
    if (r.month < month) {
      r.late = true;
      note('report.behindRound', { month: r.month, round: month });
    } else if (r.month > month) {
      const beyond = Object.values(r.series ?? {}).flatMap((months) =>
        months.slice(month).flatMap((m) => (m.value === null ? [] : [m.cell])),
      );
      // A round the planner chose is no slip of the unit's: taken at its month without a word.
      if (!asked) note('report.beyondRound', { round: month, cells: beyond.join('、') }, beyond[0], r.sheet);
      r.figures = Object.fromEntries(
        Object.entries(r.series ?? {}).map(([column, months]) => [column, months[month - 1]?.value ?? null]),
      );
      r.month = month;
    }
  }
};

/** Files Excel and WPS (~$…) and LibreOffice (.~lock.…#) keep beside an open workbook: never a report. */
export const isLockFileName = (name: string): boolean => /^~\$/.test(name) || /^\.~lock\..*#$/.test(name);

/** The 合订本 `fenjie taskbooks` writes beside the units' workbooks (全部任务书.xlsx): printed, never returned. */
export const isBundleFileName = (name: string): boolean =>
  /^全部(调整)?任务书(（第\d+版）)?(\s*\(\d+\))?\.xlsx$/.test(name);

/**
 * A round of checked reports settled and consolidated, the same way in every host: two files of one unit
 * settled, the round's year and month (asked for, else from the reports), each report placed in the round.
 */
export const collectRound = (
  plan: Plan,
  reports: CheckedReport[],
  today: Date,
  asked: { year?: number; month?: number } = {},
): Consolidation => {
  const year = roundYear(plan, reports, today, asked.year);
  // A report of another year's 任务书 is no report of this round: returned, saying so, never silently 未报送.
  for (const r of reports)
    if (r.verdict !== 'returned' && r.year !== undefined && r.year !== year) {
      r.issues.push({ severity: 'error', code: 'report.otherYear', params: { theirs: r.year, year } });
      r.verdict = 'returned';
    }
  settleDuplicates(reports);
  const month = roundMonth(
    reports.filter((r) => r.year === year),
    asked.month,
  );
  placeInRound(reports, month, asked.month !== undefined);
  return consolidate(plan, year, reports, month);
};
