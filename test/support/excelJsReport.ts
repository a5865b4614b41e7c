import JSZip from 'jszip';
import ExcelJS from 'exceljs';
/**
 * A second reader of returned reports, through ExcelJS, kept only as the tests' oracle: on the workbooks
 * it can read, the product's reader (src/xlsx/readReport.ts) must give the same verdicts.
 */
import {
  METADATA_SHEET,
  REPORT_SCHEMA,
  recordsFromMetadata,
  type ReportInput,
  type SheetCells,
} from '../../src/core';
import { readCell } from '../../src/xlsx/cellValue';
import { sheetCells } from '../../src/xlsx/locateSheet';
import { REPORT_LIMITS } from '../../src/xlsx/reportLimits';
import { sniffFile } from '../../src/xlsx/sniff';

const sheetGridOf = (sheet: ExcelJS.Worksheet): unknown[][] => {
  const grid: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    grid[r - 1] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => (grid[r - 1][c - 1] = readCell(cell)));
  });
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return grid;
};

/**
 * A report's sheet as text where a unit typed a formula (=HYPERLINK(…), =B8*2): a formula is never
 * evaluated, and where a figure belongs it is an issue in its own words.
 */
const formulasAsText = (sheet: ExcelJS.Worksheet): SheetCells => {
  const cells = sheetCells(sheet);
  return {
    ...cells,
    value: (row, col) => {
      const cell = sheet.findCell(row, col);
      return cell?.type === ExcelJS.ValueType.Formula ? `=${cell.formula}` : cells.value(row, col);
    },
  };
};

/**
 * A returned report read, never executed: the zip's entries are looked at before anything is inflated
 * (a zip bomb is refused), macros, external links and embedded objects are noted and ignored, formulas'
 * cached results are read as values and never evaluated.
 */
export const readReportFile = async (file: string, data: Uint8Array): Promise<ReportInput> => {
  const unreadable = (code: string, params: Record<string, string | number> = {}): ReportInput => ({
    file,
    unreadable: { code, params: { file, ...params } },
  });
  if (data.length > REPORT_LIMITS.fileBytes)
    return unreadable('report.tooLarge', {
      size: Math.round(data.length / 1024 / 1024),
      max: REPORT_LIMITS.fileBytes / 1024 / 1024,
    });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    const kind = sniffFile(data);
    return unreadable('report.notWorkbook', { kind: kind === 'zip' ? 'corruptWorkbook' : kind });
  }
  const entries = Object.values(zip.files);
  const sizes = entries.map(
    (e) => (e as unknown as { _data?: { uncompressedSize?: number; compressedSize?: number } })._data,
  );
  const unzipped = sizes.reduce((s, d) => s + (d?.uncompressedSize ?? 0), 0);
  const worst = Math.max(
    0,
    ...sizes.map((d) => (d?.uncompressedSize ?? 0) / Math.max(1, d?.compressedSize ?? 1)),
  );
  if (unzipped > REPORT_LIMITS.unzippedBytes || worst > REPORT_LIMITS.ratio)
    return unreadable('report.zipBomb', { size: Math.round(unzipped / 1024 / 1024) });
  if (!zip.file('xl/workbook.xml'))
    return unreadable('report.notWorkbook', { kind: sniffFile(data) === 'docx' ? 'docx' : 'noSheets' });
  const ignored: string[] = [];
  if (entries.some((e) => /vbaProject\.bin$/i.test(e.name))) ignored.push('macros');
  if (entries.some((e) => /^xl\/externalLinks\//i.test(e.name))) ignored.push('externalLinks');
  if (entries.some((e) => /^xl\/(embeddings|activeX)\//i.test(e.name))) ignored.push('embedded');

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { ...unreadable('report.notWorkbook', { kind: 'corruptWorkbook' }), ignored };
  }
  const cells = workbook.worksheets.reduce(
    (n, s) => n + s.actualRowCount * Math.max(1, s.actualColumnCount),
    0,
  );
  if (cells > REPORT_LIMITS.cells)
    return { ...unreadable('report.tooManyCells', { cells, max: REPORT_LIMITS.cells }), ignored };
  const meta = workbook.getWorksheet(METADATA_SHEET);
  let record: unknown;
  if (meta) {
    try {
      const [json] = recordsFromMetadata(sheetGridOf(meta), REPORT_SCHEMA);
      record = json === undefined ? undefined : (JSON.parse(json) as unknown);
    } catch {
      record = { damaged: true };
    }
  }
  const layout = (record as { layout?: { sheet?: unknown; fields?: { date?: unknown } } } | undefined)
    ?.layout;
  const sheet = typeof layout?.sheet === 'string' ? workbook.getWorksheet(layout.sheet) : undefined;
  const taskbookName = (record as { taskbook?: { sheet?: unknown } } | undefined)?.taskbook?.sheet;
  const taskbook = typeof taskbookName === 'string' ? workbook.getWorksheet(taskbookName) : undefined;
  const dateCell = typeof layout?.fields?.date === 'string' ? layout.fields.date : undefined;
  const reportedAt = sheet && dateCell ? readCell(sheet.getCell(dateCell)) : null;
  return {
    file,
    record,
    sheet: sheet ? formulasAsText(sheet) : undefined,
    sheetName: sheet?.name,
    taskbookSheet: taskbook ? formulasAsText(taskbook) : undefined,
    reportedAt: reportedAt === null ? undefined : String(reportedAt),
    ignored,
  };
};
