import {
  PlanError,
  ROUNDS_SHEET,
  collectReturned,
  roundsOfSheet,
  roundsSheet,
  type CollectRequest,
  type CollectResult,
  type SummaryRecord,
} from '../core';
import type { WorkbookSession } from './workbookSession';

/*
 * The year's rounds in the open workbook, apart from the session so the pane loads them (and the whole
 * collect pipeline) only when 导入报送 or 考核 is asked for.
 */

/**
 * 导入报送: a round collected into the open workbook as `fenjie collect` collects it into a 汇总 file: the
 * 汇总, 通报 and 历史 sheets, and the rounds kept (a round collected again replaces only itself), signed with
 * the plan's key, for the 考核 and later years' 以来累计.
 */
export const collectIntoWorkbook = async (
  session: WorkbookSession,
  planIndex: number,
  request: Omit<CollectRequest, 'kept'>,
): Promise<CollectResult> => {
  const plan = session.plans[planIndex];
  if (!plan) throw new PlanError('excel.noPlan');
  const own = await workbookRounds(session);
  const result = collectReturned(plan, {
    ...request,
    kept: own ? { record: own, file: ROUNDS_SHEET } : undefined,
  });
  // No report passed: nothing is written, as the command line writes no 汇总 (the verdicts say why).
  if (result.record) await session.writeSheets([...result.layouts, roundsSheet(result.record, ROUNDS_SHEET)]);
  return result;
};

/** The rounds the open workbook keeps (导入报送's), for the 考核; undefined where it keeps none. */
export const workbookRounds = async (session: WorkbookSession): Promise<SummaryRecord | undefined> =>
  roundsOfSheet(await session.readSheet(ROUNDS_SHEET));
