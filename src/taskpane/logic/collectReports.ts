/**
 * 导入报送 in the pane: the chosen files read here with the same code as the command line's checks (never
 * opened in Excel, nothing in them executed), each given a verdict; the good ones consolidated into the
 * 汇总 and 通报 layouts. Loaded only when asked for.
 */
import {
  bulletinSheet,
  checkReport,
  collectRound,
  isLockFileName,
  summarySheet,
  summaryRecordOf,
  summaryUsable,
  withSinceStart,
  type CheckedReport,
  type Consolidation,
  type SummaryRecord,
  type Plan,
  type SheetLayout,
} from '../../core';
import { reportWordsOfAll, type Messages } from '../../locales';
import { readReport } from '../../xlsx/readReport';

export interface Collected {
  reports: CheckedReport[];
  layouts: SheetLayout[];
  month: number;
  /** The round's figures, for 生成通报. */
  consolidation: Consolidation;
}

export const collectFiles = async (
  plan: Plan,
  files: readonly File[],
  m: Messages,
  onFile: (name: string) => void,
  today = new Date(),
): Promise<Collected> => {
  const words = reportWordsOfAll(m);
  const reports: CheckedReport[] = [];
  const earlier: SummaryRecord[] = [];
  for (const file of files) {
    if (isLockFileName(file.name)) continue;
    onFile(file.name);
    const input = readReport(file.name, new Uint8Array(await file.arrayBuffer()));
    // A 汇总 picked up with the reports is not one of them; an earlier year's gives its figures to 以来累计.
    const record = summaryRecordOf(input.summaryRecord);
    if (record && summaryUsable(plan, record)) earlier.push(record);
    if (input.summaryOf === undefined) reports.push(checkReport(plan, input, today, words));
  }
  const c = withSinceStart(collectRound(plan, reports, today), plan.planId, earlier);
  return {
    reports,
    layouts: [summarySheet(plan, c, m.summary), bulletinSheet(plan, c, m.summary)],
    month: c.month,
    consolidation: c,
  };
};
