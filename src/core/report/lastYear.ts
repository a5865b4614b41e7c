import { PlanError } from '../errors';
import type { CheckedReport } from './check';
import {
  cityLastYear,
  withLastYear,
  type Consolidation,
  type SummaryRecord,
  type SummaryRound,
} from './summary';

const yearOf = (record: SummaryRecord, round: SummaryRound) => round.year ?? record.year;

/** A round of a 汇总's 历史 (the newest collected for that year and month), if it has one. */
export const roundOfRecord = (record: SummaryRecord, year: number, month: number): SummaryRound | undefined =>
  record.rounds
    .filter((r) => yearOf(record, r) === year && r.month === month)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .pop();

/** The column of last year's round that holds an indicator: by its name, else the same column id. */
const columnOf = (round: SummaryRound, indicator: string, column: string): string | undefined =>
  Object.entries(round.indicators ?? {}).find(([, name]) => name === indicator)?.[0] ??
  (round.done && column in round.done ? column : undefined);

/**
 * 同比 from last year's 汇总 (`--last-year`): its round of the same months gives each unit's and the city's
 * 上年同期累计, in place of what the units typed; a unit that typed another figure gets a 提示 naming both.
 * Units the 汇总 does not list keep what they typed. Refused when the 汇总 has no round of those months.
 */
export const lastYearFromSummary = (
  c: Consolidation,
  reports: CheckedReport[],
  record: SummaryRecord,
  file: string,
  monthsText: (month: number) => string,
): Consolidation => {
  const year = c.year - 1;
  const round = roundOfRecord(record, year, c.month);
  if (!round?.units) {
    const had = record.rounds.filter((r) => yearOf(record, r) === year).map((r) => monthsText(r.month));
    if (had.length === 0) throw new PlanError('lastYear.noYear', { file, year });
    throw new PlanError('lastYear.noRound', {
      file,
      year,
      months: monthsText(c.month),
      rounds: had.join('、'),
    });
  }
  const columns = c.targets.map((t) => columnOf(round, t.indicator, t.column));
  if (columns.every((col) => col === undefined))
    throw new PlanError('lastYear.noIndicator', {
      file,
      indicators: c.targets.map((t) => t.indicator).join('、'),
    });
  const reportOf = (name: string) =>
    reports.find(
      (r) => r.unit?.name === name && r.verdict !== 'returned' && !r.superseded && r.year === c.year,
    );
  const units = c.units.map((u) => ({
    ...u,
    standings: u.standings.map((s, k) => {
      const col = columns[k];
      const official = col === undefined ? undefined : round.units?.[u.name]?.[col];
      if (s.done === null || typeof official !== 'number') return s;
      if (s.lastYear !== undefined && s.lastYear !== official) {
        const report = reportOf(u.name);
        const typedAt = report?.lastYear?.[c.targets[k].column]?.[(u.late ?? c.month) - 1]?.cell;
        if (report) {
          report.issues.push({
            severity: 'warning',
            code: 'report.lastYearDiffers',
            params: { indicator: c.targets[k].indicator, typed: s.lastYear, summary: official, file },
            cell: typedAt,
            sheet: report.sheet,
          });
          if (report.verdict === 'pass') report.verdict = 'notes';
        }
      }
      return withLastYear(s, official);
    }),
  }));
  // The city's 同比 over the same units as this year's figure (the sum of theirs), not last year's whole city.
  const city = cityLastYear({ units, city: c.city, targets: c.targets });
  return { ...c, units, city, lastYearFrom: { summary: file } };
};
