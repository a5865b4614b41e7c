import {
  METADATA_SHEET,
  REPORT_SCHEMA,
  ROUNDS_SHEET,
  SUMMARY_SCHEMA,
  parseA1,
  recordsFromMetadata,
  type ReportInput,
} from '../core';
import { REPORT_LIMITS } from './reportLimits';
import { sniffFile } from './sniff';
import {
  EXTENT,
  TooFar,
  TooLarge,
  directory,
  openWorkbookXml,
  serialDate,
  sharedStrings,
  sheetOf,
} from './workbookXml';
import { DtdFound, MAX_DEPTH, TooDeep, TooSlow, withinBudget } from './xml';

/** A sheet refused for what it holds (a cell too far out, XML too deep), with the sheet's name. */
class OnSheet extends Error {
  constructor(
    readonly sheet: string,
    readonly refused: TooFar | TooDeep,
  ) {
    super(sheet);
  }
}

/** What a file that is not a workbook seems to be; a WPS .et is told by its name (its bytes are an .xls's). */
const kindOf = (file: string, bytes: Uint8Array): string => {
  const kind = sniffFile(bytes);
  if (kind === 'xls' && /\.et$/i.test(file)) return 'et';
  return kind === 'zip' ? 'corruptWorkbook' : kind;
};

/**
 * A returned report read straight from its XML, in Node and in the browser: the zip's directory is checked
 * before anything is inflated, only the parts a report needs are read (found through the package's
 * relationships, not at fixed paths), with any namespace prefix; nothing is executed.
 */
export const readReport = (file: string, bytes: Uint8Array): ReportInput =>
  withinBudget(REPORT_LIMITS.seconds * 1000, () => readWithin(file, bytes));

const readWithin = (file: string, bytes: Uint8Array): ReportInput => {
  const unreadable = (code: string, params: Record<string, string | number> = {}): ReportInput => ({
    file,
    unreadable: { code, params: { file, ...params } },
  });
  const data = bytes;
  if (data.length > REPORT_LIMITS.fileBytes)
    return unreadable('report.tooLarge', {
      size: Math.round(data.length / 1024 / 1024),
      max: REPORT_LIMITS.fileBytes / 1024 / 1024,
    });
  const entries = data.length >= 22 ? directory(data) : undefined;
  if (!entries) return unreadable('report.notWorkbook', { kind: kindOf(file, bytes) });
  const unzipped = entries.reduce((s, e) => s + e.size, 0);
  const worst = Math.max(0, ...entries.map((e) => e.size / Math.max(1, e.compressed)));
  if (unzipped > REPORT_LIMITS.unzippedBytes || worst > REPORT_LIMITS.ratio)
    return unreadable('report.zipBomb', { size: Math.round(unzipped / 1024 / 1024) });
  const ignored: string[] = [];
  if (entries.some((e) => /vbaProject\.bin$/i.test(e.name))) ignored.push('macros');
  if (entries.some((e) => /(^|\/)externalLinks\//i.test(e.name))) ignored.push('externalLinks');
  if (entries.some((e) => /(^|\/)(embeddings|activeX)\//i.test(e.name))) ignored.push('embedded');
  try {
    const book = openWorkbookXml(data, entries);
    if (book === undefined) {
      const kind = sniffFile(bytes);
      return unreadable('report.notWorkbook', {
        kind: kind === 'ods' || kind === 'docx' ? kind : 'noSheets',
      });
    }
    const { sheets, part } = book;
    const sharedPart = book.related(/\/sharedStrings$/);
    const sharedXml = sharedPart === undefined ? undefined : part(sharedPart);
    const shared = sharedXml === undefined ? [] : sharedStrings(sharedXml);
    let cells = 0;
    const read = (name: string) => {
      const xml = part(sheets.get(name) ?? '');
      if (xml === undefined) return undefined;
      try {
        const got = sheetOf(xml, shared, REPORT_LIMITS.cells, { formulas: 'text' }, EXTENT.report);
        cells += got.count;
        return got;
      } catch (e) {
        throw e instanceof TooFar || e instanceof TooDeep ? new OnSheet(name, e) : e;
      }
    };
    const sheet = (name: string) => read(name)?.cells;
    const metaRead = read(METADATA_SHEET);
    let record: unknown;
    if (metaRead) {
      try {
        // The rows as read: a far cell in the record's sheet is a hole in an array, not a grid to fill.
        const grid = metaRead.rows;
        const [json] = recordsFromMetadata(grid, REPORT_SCHEMA);
        record = json === undefined ? undefined : (JSON.parse(json) as unknown);
        const [summary] = recordsFromMetadata(grid, SUMMARY_SCHEMA);
        if (json === undefined && summary !== undefined)
          return {
            file,
            summaryOf: String((JSON.parse(summary) as { planId?: unknown }).planId ?? ''),
            summaryRecord: summary,
          };
      } catch {
        record = { damaged: true };
      }
    }
    // A plan workbook keeps the rounds 导入报送 collected into it on a sheet of its own: a 汇总 too.
    if (record === undefined && sheets.has(ROUNDS_SHEET)) {
      const rounds = read(ROUNDS_SHEET);
      const [summary] = rounds ? recordsFromMetadata(rounds.rows, SUMMARY_SCHEMA) : [];
      if (summary !== undefined)
        return {
          file,
          summaryOf: String((JSON.parse(summary) as { planId?: unknown }).planId ?? ''),
          summaryRecord: summary,
        };
    }
    const layout = (record as { layout?: { sheet?: unknown; fields?: { date?: unknown } } } | undefined)
      ?.layout;
    const name = typeof layout?.sheet === 'string' ? layout.sheet : undefined;
    // Only a sheet the unit sees is read: a hidden copy with other figures is no report.
    if (name !== undefined && book.hidden.has(name)) return { file, record, hiddenSheet: name, ignored };
    const report = name === undefined ? undefined : sheet(name);
    const taskbookName = (record as { taskbook?: { sheet?: unknown } } | undefined)?.taskbook?.sheet;
    const taskbook = typeof taskbookName === 'string' ? sheet(taskbookName) : undefined;
    if (cells > REPORT_LIMITS.cells)
      return { ...unreadable('report.tooManyCells', { cells, max: REPORT_LIMITS.cells }), ignored };
    const dateCell = typeof layout?.fields?.date === 'string' ? layout.fields.date : undefined;
    const date = report && dateCell ? report.value(parseA1(dateCell).row, parseA1(dateCell).col) : null;
    // A date Excel stored as a serial number reads as ExcelJS gives it: 2018-04-05.
    const reportedAt =
      typeof date === 'number' && date > 20000 && date < 80000
        ? serialDate(date)
        : date === null
          ? undefined
          : String(date);
    return {
      file,
      record,
      sheet: report,
      sheetName: report ? name : undefined,
      taskbookSheet: taskbook,
      reportedAt,
      ignored,
    };
  } catch (e) {
    if (e instanceof DtdFound) return { ...unreadable('report.notWorkbook', { kind: 'dtd' }), ignored };
    if (e instanceof TooDeep) return { ...unreadable('report.tooDeep', { depth: MAX_DEPTH }), ignored };
    if (e instanceof TooSlow)
      return { ...unreadable('report.tooSlow', { seconds: REPORT_LIMITS.seconds }), ignored };
    if (e instanceof OnSheet && e.refused instanceof TooDeep)
      return { ...unreadable('report.sheetTooDeep', { sheet: e.sheet, depth: MAX_DEPTH }), ignored };
    if (e instanceof OnSheet && e.refused instanceof TooFar)
      return {
        ...unreadable('report.tooFar', {
          sheet: e.sheet,
          cell: e.refused.cell,
          rows: EXTENT.report.rows,
          columns: EXTENT.report.columns,
        }),
        ignored,
      };
    if (e instanceof TooLarge)
      return { ...unreadable('report.zipBomb', { size: Math.round(unzipped / 1024 / 1024) }), ignored };
    return { ...unreadable('report.notWorkbook', { kind: 'corruptWorkbook' }), ignored };
  }
};
