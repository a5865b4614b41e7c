import { readFigure } from '../figures';
import { a1 } from '../a1';
import type { CellValue } from '../plan';
import type { SheetCells } from '../locate/locate';
import type { ReportRecord, ReportTarget } from './record';

/** One target's block on a returned 完成情况 sheet: the target shown there and the twelve 累计 cells. */
/** How the 完成情况 sheet names its 累计 column and its months, in the locale it was written in. */
export interface ReportWords {
  cumulative: string;
  /** 上年同期累计: an optional column beside it (workbooks issued before it have none). */
  lastYear?: string;
  month: (m: number) => string;
  /** 填报人, 联系电话, 填报日期: for saying which were left empty. */
  fields?: Record<'person' | 'phone' | 'date', string>;
}

export interface ReadBlock {
  target: ReportTarget;
  shownTarget: CellValue;
  targetCell?: string;
  /** 1—N月累计完成 for months 1…12, as typed, with their cells. */
  months: { value: CellValue; cell: string }[];
  /** 上年同期累计 for months 1…12 where the sheet has that column. */
  lastYear?: { value: CellValue; cell: string }[];
}

export interface ReadProblem {
  code: string;
  cell?: string;
  params: Record<string, string | number>;
}

const norm = (v: CellValue) =>
  typeof v === 'string' ? v.replace(/\s+/g, '') : typeof v === 'number' ? String(v) : '';

/**
 * Finds each target's block by what the sheet says, not only where the record put it: the heading that
 * names the indicator, then the header row with the 累计 column, then the rows 1月…12月. Rows or columns a
 * unit inserted are followed; a block that cannot be found is a problem, never a guess.
 */
export const readReportSheet = (
  record: ReportRecord,
  sheet: SheetCells,
  words: ReportWords,
): { blocks: ReadBlock[]; problems: ReadProblem[] } => {
  const problems: ReadProblem[] = [];
  const blocks: ReadBlock[] = [];
  const cumulative = norm(words.cumulative);
  let from = 1;
  for (const target of record.targets) {
    // The heading row: the first row at or after `from` whose text names the indicator.
    let heading = 0;
    for (let r = from; r <= sheet.rowCount && !heading; r++)
      for (let c = 1; c <= Math.min(sheet.columnCount, 12); c++)
        if (norm(sheet.value(r, c)).includes(norm(target.indicator))) {
          heading = r;
          break;
        }
    if (!heading) {
      problems.push({ code: 'report.blockMissing', params: { indicator: target.indicator } });
      continue;
    }
    // The target shown: the last number on the heading row.
    let targetCell: string | undefined;
    let shownTarget: CellValue = null;
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = sheet.value(heading, c);
      if (typeof v === 'number' || (typeof v === 'string' && readFigure(v).kind === 'disguised')) {
        shownTarget = v;
        targetCell = a1(heading, c);
      }
    }
    // The header row with the 累计 column, just below.
    let header = 0;
    let input = 0;
    for (let r = heading + 1; r <= Math.min(sheet.rowCount, heading + 4) && !header; r++)
      for (let c = 1; c <= sheet.columnCount; c++)
        if (norm(sheet.value(r, c)) === cumulative) {
          header = r;
          input = c;
          break;
        }
    let lastYearColumn = 0;
    if (header && words.lastYear)
      for (let c = 1; c <= sheet.columnCount && !lastYearColumn; c++)
        if (norm(sheet.value(header, c)) === norm(words.lastYear)) lastYearColumn = c;
    if (!header) {
      problems.push({ code: 'report.blockMissing', params: { indicator: target.indicator } });
      continue;
    }
    const months: ReadBlock['months'] = [];
    const lastYear: ReadBlock['months'] = [];
    let r = header + 1;
    for (let m = 1; m <= 12; m++) {
      // Follow inserted empty rows; the month's own label says which row it is.
      while (
        r <= sheet.rowCount &&
        !Array.from({ length: input }, (_, k) => norm(sheet.value(r, k + 1))).includes(
          norm(words.month(m)),
        ) &&
        r < header + 40
      )
        r++;
      if (r > sheet.rowCount || r >= header + 40) {
        problems.push({ code: 'report.monthMissing', params: { indicator: target.indicator, month: m } });
        break;
      }
      months.push({ value: sheet.value(r, input), cell: a1(r, input) });
      if (lastYearColumn)
        lastYear.push({ value: sheet.value(r, lastYearColumn), cell: a1(r, lastYearColumn) });
      r++;
    }
    blocks.push({ target, shownTarget, targetCell, months, ...(lastYearColumn ? { lastYear } : {}) });
    from = r;
  }
  return { blocks, problems };
};
