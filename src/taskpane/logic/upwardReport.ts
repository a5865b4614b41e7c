/**
 * 填写上报表 in the pane: the round just collected typed into the 完成情况 the level above issued to this
 * unit (its month's 1—N月累计, the units' sum; 填报日期 today), as a new file to send up. Months already
 * in the picked file stay; one differing from this round is refused, naming its cell. Loaded when asked for.
 */
import {
  PlanError,
  localDate,
  receivedBlocks,
  receivedRecord,
  summaryOfRound,
  upwardFigures,
  type Consolidation,
  type Plan,
} from '../../core';
import { describeIssue, fill, reportWordsOfAll, type Locale, type Messages } from '../../locales';
import { fillReportCells } from '../../xlsx';
import { readReport } from '../../xlsx/readReport';

export const upwardReportFile = async (
  plan: Plan,
  round: Consolidation,
  passed: number,
  file: File,
  m: Messages,
  locale: Locale,
  today = new Date(),
): Promise<{
  name: string;
  bytes: Uint8Array;
  unit: string;
  months: string;
  count: number;
  left: string;
}> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const input = readReport(file.name, bytes);
  if (input.unreadable)
    throw new PlanError('from.unreadable', {
      file: file.name,
      why: describeIssue({ code: input.unreadable.code, params: input.unreadable.params }, locale),
    });
  const record = receivedRecord(input.record, file.name);
  if (!input.sheet) throw new PlanError('report.sheetMissing', { sheet: record.layout.sheet });
  const blocks = receivedBlocks(record, input.sheet, reportWordsOfAll(m), file.name);
  const summary = summaryOfRound(plan, round, passed, today.toISOString());
  const figures = upwardFigures(plan, summary, record, blocks, {
    summary: m.pane.collect.thisRound,
    into: file.name,
  });
  if (figures.conflicts.length > 0)
    throw new PlanError('upward.monthsDifferPane', {
      file: file.name,
      cells: figures.conflicts.map((c) => fill(m.upward.conflict, c)).join('；'),
    });
  const filled = await fillReportCells(bytes, file.name, input.sheetName ?? record.layout.sheet, [
    ...figures.cells,
    { cell: record.layout.fields.date, value: localDate(today) },
  ]);
  return {
    name: fill(m.pane.collect.upwardName, { unit: record.unit.name, month: round.month }),
    bytes: filled,
    unit: record.unit.name,
    months: figures.months.map((k) => `${k}月`).join('、'),
    count: figures.cells.length,
    left: figures.left.length
      ? fill(m.upward.left, { indicators: figures.left.map((i) => `“${i}”`).join('、') })
      : '',
  };
};
