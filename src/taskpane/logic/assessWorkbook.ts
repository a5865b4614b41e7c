/**
 * 考核 in the pane: the rounds this workbook keeps (导入报送's), or a 汇总 picked as a file (read, never
 * opened in Excel), the 考核办法 read from the open
 * workbook (written with the defaults the first time), every unit scored by the same pipeline as `fenjie
 * assess`, and the 考核 sheet of formulas written into the workbook. Loaded only when asked for.
 */
import {
  PlanError,
  assessmentSheet,
  isAssessSheet,
  runAssessment,
  type AssessmentRun,
  type Plan,
} from '../../core';
import { assessBulletinFile as documentOf, type DocumentWords } from '../../usecases/documents';
import { describeError, fill, type Locale, type Messages } from '../../locales';
import type { WorkbookSession } from '../../host/workbookSession';
import { workbookRounds } from '../../host/rounds';
import { summaryOfBytes } from '../../usecases/summaryFile';

export interface Assessed {
  run: AssessmentRun;
  /** The 考核办法 was not there: written now, with the defaults. */
  wroteRules: boolean;
  notes: string[];
}

export const assessInWorkbook = async (
  session: WorkbookSession,
  plan: Plan,
  /** A 汇总 workbook picked; without one, the rounds 导入报送 kept in this workbook. */
  file: File | undefined,
  m: Messages,
  locale: Locale,
): Promise<Assessed> => {
  const name = file ? fill(m.assessWords.summaryFile, { file: file.name }) : m.assessWords.roundsHere;
  const record = file
    ? summaryOfBytes(new Uint8Array(await file.arrayBuffer()), file.name)
    : await workbookRounds(session);
  if (!record)
    throw new PlanError(file ? 'bulletin.notSummary' : 'assess.noRounds', {
      file: file?.name ?? m.pane.assess.thisWorkbook,
    });
  const rules = await session.readSheet(m.assessWords.sheet);
  const last = await session.readSheet(m.assessSheet.sheet);
  if (last && !isAssessSheet(last, m.assessSheet))
    throw new PlanError('assess.sheetNotOurs', {
      path: m.pane.assess.thisWorkbook,
      sheet: m.assessSheet.sheet,
    });
  const run = runAssessment({
    plan,
    record,
    file: name,
    rules,
    lastSheet: last,
    words: m.assessWords,
    labels: m.assessSheet,
  });
  const sheets = [assessmentSheet(run, m.assessSheet, m.summary, name)];
  // The first time: the default 考核办法 goes in too, and the 考核 sheet's formulas point at it.
  if (run.defaults) await session.writeSheets([run.defaults]);
  await session.writeSheets(sheets);
  return {
    run,
    wroteRules: !!run.defaults,
    notes: run.input.notes.map((n) => describeError({ code: n.code, params: n.params }, locale)),
  };
};

/** 生成考核结果通报: the document `fenjie assess --bulletin` writes, offered as a download. */
export const assessBulletinFile = (
  plan: Plan,
  run: AssessmentRun,
  m: Messages,
  words: DocumentWords,
): Promise<{ name: string; bytes: Uint8Array }> =>
  documentOf(plan, { input: run.input, rules: run.placed.rules, scores: run.scores }, m, words);
