import { recordsFromMetadata, recordsSheetLayout } from '../layout/metadata';
import type { SheetCells } from '../locate/locate';
import type { SheetLayout } from '../layout/sheetLayout';
import type { Plan } from '../plan';
import { withSignature } from '../signing';
import { checkReport, type CheckedReport, type ReportInput } from './check';
import { lastYearFromSummary } from './lastYear';
import type { ReportWords } from './read';
import { collectRound } from './round';
import { checkSummarySignature, summaryRecordOf, summaryUsable, withSinceStart } from './sinceStart';
import {
  SUMMARY_SCHEMA,
  bulletinPlanOf,
  bulletinSheet,
  historySheet,
  monthsText,
  roundOf,
  summarySheet,
  type Consolidation,
  type SummaryLabels,
  type SummaryRecord,
} from './summary';

/** Where a plan workbook keeps its rounds (the 汇总 record), beside the plan's own hidden data. */
export const ROUNDS_SHEET = '_fenjie_rounds';

export interface CollectRequest {
  /** The returned files as the adapter read them (a 汇总 among them gives earlier years, never a report). */
  inputs: readonly ReportInput[];
  /** The rounds the target already keeps (a 汇总 file collected into again, or the plan workbook's own). */
  kept?: { record: SummaryRecord; file: string };
  /** Last year's 汇总: 同比 against its round of the same months. */
  lastYear?: { record: SummaryRecord; file: string };
  year?: number;
  month?: number;
  today: Date;
  words: readonly ReportWords[];
  labels: SummaryLabels & { historySheet: string; historyHeader: string[] };
}

export interface CollectResult {
  checked: CheckedReport[];
  consolidation: Consolidation;
  /** 汇总 workbooks found among the files: skipped as reports. */
  summaries: string[];
  /** Those of this plan it did not sign: named, their figures not used. */
  unusedSummaries: string[];
  /** Accepted reports whose unit rests on the public hash only (issued before signing). */
  unsigned: number;
  /** The rounds kept with this one (signed with the plan's key), when any report passed; else undefined. */
  record?: SummaryRecord;
  /** 汇总, 通报 and 历史 (历史 only with a record). */
  layouts: SheetLayout[];
}

const localTime = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/**
 * Collecting a round, the same in every front end: each file checked and given a verdict, the round settled
 * (year, month, duplicates), the newest good report of each unit consolidated with the earlier years' totals
 * and last year's figures, and the rounds kept: a round collected again replaces only itself.
 */
export const collectReturned = (plan: Plan, r: CollectRequest): CollectResult => {
  if (r.kept) checkSummarySignature(plan, r.kept.record, r.kept.file);
  if (r.lastYear) checkSummarySignature(plan, r.lastYear.record, r.lastYear.file);
  const checked: CheckedReport[] = [];
  const summaries: string[] = [];
  const unusedSummaries: string[] = [];
  const earlier: SummaryRecord[] = [
    ...(r.kept ? [r.kept.record] : []),
    ...(r.lastYear ? [r.lastYear.record] : []),
  ];
  for (const input of r.inputs) {
    if (input.summaryOf === undefined) {
      checked.push(checkReport(plan, input, r.today, r.words));
      continue;
    }
    summaries.push(input.file);
    const record = summaryRecordOf(input.summaryRecord);
    if (record && summaryUsable(plan, record)) earlier.push(record);
    else if (record?.planId === plan.planId) unusedSummaries.push(input.file);
  }
  const round = withSinceStart(
    collectRound(plan, checked, r.today, { year: r.year, month: r.month }),
    plan.planId,
    earlier,
  );
  // A typed 上年同期 that differs from last year's 汇总 is a 提示 on its report.
  const c =
    r.lastYear && round.month > 0
      ? lastYearFromSummary(round, checked, r.lastYear.record, r.lastYear.file, (m) =>
          monthsText(r.labels, m),
        )
      : round;
  const passed = checked.filter((x) => x.verdict !== 'returned').length;
  const unsigned = checked.filter((x) => x.unsigned && x.verdict !== 'returned').length;
  const layouts = [summarySheet(plan, c, r.labels), bulletinSheet(plan, c, r.labels)];
  const base = { checked, consolidation: c, summaries, unusedSummaries, unsigned };
  if (passed === 0) return { ...base, layouts };
  const previous = r.kept?.record.planId === plan.planId ? r.kept.record : undefined;
  const kept = (previous?.rounds ?? [])
    .map((x) => ({ ...x, year: x.year ?? previous?.year }))
    .filter((x) => x.year !== c.year || x.month !== c.month);
  const record = withSignature(plan.signing, {
    schema: SUMMARY_SCHEMA,
    planId: plan.planId,
    year: c.year,
    month: c.month,
    plan: bulletinPlanOf(plan),
    indicators: c.targets.map((t) => t.indicator),
    rounds: [...kept, roundOf(c, passed, checked.length - passed, localTime(r.today))].sort(
      (a, b) => (a.year ?? c.year) - (b.year ?? c.year) || a.month - b.month,
    ),
  } as SummaryRecord);
  return {
    ...base,
    record,
    layouts: [
      ...layouts,
      historySheet(record, { sheet: r.labels.historySheet, header: r.labels.historyHeader }),
    ],
  };
};

/** The rounds' record as a hidden sheet: the 汇总 file's own (`_fenjie`), or a plan workbook's ROUNDS_SHEET. */
export const roundsSheet = (record: SummaryRecord, name?: string): SheetLayout => {
  const layout = recordsSheetLayout([{ schema: SUMMARY_SCHEMA, label: null, json: JSON.stringify(record) }]);
  return name ? { ...layout, name } : layout;
};

/** The rounds a workbook keeps on its ROUNDS_SHEET (as read by a host), if it keeps any. */
export const roundsOfSheet = (cells: SheetCells | undefined): SummaryRecord | undefined => {
  if (!cells) return undefined;
  const grid = Array.from({ length: cells.rowCount }, (_, r) =>
    Array.from({ length: cells.columnCount }, (_, c) => cells.value(r + 1, c + 1)),
  );
  return summaryRecordOf(recordsFromMetadata(grid, SUMMARY_SCHEMA)[0]);
};
