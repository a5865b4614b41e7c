/**
 * 导入报送 in the pane: the chosen files read here with the same code as the command line's (never opened in
 * Excel, nothing in them executed), then collected by the session as `fenjie collect` collects: verdicts, the
 * 汇总, 通报 and 历史 sheets and the rounds kept in this workbook. Loaded only when asked for.
 */
import { overdueLine, type CheckedReport, type Consolidation } from '../../core';
import type { WorkbookSession } from '../../host';
import { collectIntoWorkbook } from '../../host/rounds';
import { fill, reportWordsOfAll, type Messages } from '../../locales';
import { readReturned } from '../../usecases/returned';

export interface Collected {
  reports: CheckedReport[];
  month: number;
  /** The round's figures, for 生成通报. */
  consolidation: Consolidation;
  /** What the round wants said beside the verdicts: 汇总s not used, reports not yet signed. */
  notes: string[];
  /** Some report passed, so the round was written into the workbook and kept. */
  written: boolean;
}

export const collectFiles = async (
  session: WorkbookSession,
  files: readonly File[],
  m: Messages,
  onFile: (name: string) => void,
  today = new Date(),
): Promise<Collected> => {
  const read = await Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  const inputs = readReturned(read, onFile);
  const plan = session.plans[0];
  const r = await collectIntoWorkbook(session, 0, {
    inputs,
    today,
    words: reportWordsOfAll(m),
    labels: m.summary,
  });
  const w = m.collectWords;
  return {
    reports: r.checked,
    month: r.consolidation.month,
    consolidation: r.consolidation,
    written: r.record !== undefined,
    notes: [
      ...(r.record ? [m.pane.collect.kept] : []),
      // 迟报 as the 汇总, the 通报 and the 考核 say it.
      ...((r.consolidation.overdue ?? []).length > 0 ? [overdueLine(m.summary, r.consolidation)] : []),
      ...r.unusedSummaries.map((file) => fill(w.summaryUnsigned, { file })),
      ...(r.unsigned === 0
        ? []
        : [
            plan.signing
              ? fill(w.unsignedSome, { count: r.unsigned, since: plan.signing.since })
              : w.unsignedPlan,
          ]),
    ],
  };
};
