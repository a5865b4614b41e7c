/**
 * The 任务书 a level above sent, read the same way by the command line and the pane: a plan made from it
 * (new --from, 从收到的任务书新建) and this level's totals typed into its 完成情况 (fenjie report, 填写上报表).
 * Bytes in, bytes out: each front end only gets the file and keeps the result.
 */
import {
  PlanError,
  localDate,
  receivedBlocks,
  receivedRecord,
  upwardFigures,
  type Plan,
  type ReportInput,
  type ReportRecord,
  type SummaryRecord,
  type UpwardFigures,
} from '../core';
import { describeIssue, fill, reportWordsOfAll, type Locale, type Messages } from '../locales';
import { fillReportCells } from '../xlsx/fillReport';
import { readReport } from '../xlsx/readReport';

/** A received 任务书 read and its record checked; a file that is none is refused naming the file and why. */
export const readReceived = (
  bytes: Uint8Array,
  file: string,
  locale: Locale = 'zh-CN',
): { input: ReportInput; record: ReportRecord } => {
  const input = readReport(file, bytes);
  if (input.unreadable)
    throw new PlanError('from.unreadable', {
      file,
      why: describeIssue({ code: input.unreadable.code, params: input.unreadable.params }, locale),
    });
  return { input, record: receivedRecord(input.record, file) };
};

/**
 * 上报: this plan's round (from a 汇总 or the pane's last round) typed into the 完成情况 of the 任务书 received,
 * with the 填报日期 and, where given, 填报人 and 联系电话. Months it already holds with other figures are refused
 * (`conflictCode`, naming the cells) unless `force`.
 */
export const fillUpward = async (
  plan: Plan,
  summary: SummaryRecord,
  received: { bytes: Uint8Array; file: string },
  o: {
    m: Messages;
    locale: Locale;
    summaryName: string;
    date: Date;
    person?: string;
    phone?: string;
    force?: boolean;
    conflictCode: 'upward.monthsDiffer' | 'upward.monthsDifferPane';
  },
): Promise<{ bytes: Uint8Array; record: ReportRecord; figures: UpwardFigures }> => {
  const { input, record } = readReceived(received.bytes, received.file, o.locale);
  if (!input.sheet) throw new PlanError('report.sheetMissing', { sheet: record.layout.sheet });
  const blocks = receivedBlocks(record, input.sheet, reportWordsOfAll(o.m), received.file);
  const figures = upwardFigures(plan, summary, record, blocks, {
    summary: o.summaryName,
    into: received.file,
  });
  if (figures.conflicts.length > 0 && !o.force)
    throw new PlanError(o.conflictCode, {
      file: received.file,
      cells: figures.conflicts.map((c) => fill(o.m.upward.conflict, { ...c })).join('；'),
    });
  const fields = record.layout.fields;
  const bytes = await fillReportCells(received.bytes, received.file, input.sheetName ?? record.layout.sheet, [
    ...figures.cells,
    { cell: fields.date, value: localDate(o.date) },
    ...(o.person?.trim() ? [{ cell: fields.person, value: o.person.trim() }] : []),
    ...(o.phone?.trim() ? [{ cell: fields.phone, value: o.phone.trim() }] : []),
  ]);
  return { bytes, record, figures };
};
