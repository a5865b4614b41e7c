/**
 * A workbook we did not write, read for its tables (fenjie new --from, the pane's 从现有表格识别): every sheet
 * the planner sees, as cells and merged ranges, under the limits a returned report is read under. Node and
 * the browser alike: bytes in, grids out.
 */
import {
  METADATA_SHEET,
  PlanError,
  parseA1,
  type CellValue,
  type GridSource,
  type MergedRange,
} from '../core';
import { REPORT_LIMITS } from './reportLimits';
import { sniffFile } from './sniff';
import {
  EXTENT,
  TooFar,
  TooLarge,
  dateStylesOf,
  directory,
  openWorkbookXml,
  relationships,
  sharedStrings,
  sheetOf,
  text,
  type Entry,
} from './workbookXml';
import { DtdFound, MAX_DEPTH, TooDeep, TooSlow, withinBudget } from './xml';

/** Why a file is no table we can read, as `recognise.unreadable.<kind>` says it (the file named). */
export const unreadable = (file: string, kind: string, params: Record<string, string | number> = {}) =>
  new PlanError('recognise.unreadable', { file, kind, ...params });

/** What a file that opens as no workbook or document is, told by its bytes and, for WPS, by its name. */
export const kindOfFile = (file: string, bytes: Uint8Array): string => {
  const kind = sniffFile(bytes);
  if (kind === 'xls') {
    if (/\.et$/i.test(file)) return 'et';
    if (/\.wps$/i.test(file)) return 'wps';
    if (/\.doc$/i.test(file)) return 'doc';
  }
  if (kind === 'zip' && /\.odt$/i.test(file)) return 'odt';
  return kind;
};

/** The zip checked before anything is inflated: size, what it unzips to, how far it inflates. */
export const checkedEntries = (file: string, bytes: Uint8Array): Entry[] => {
  if (bytes.length > REPORT_LIMITS.fileBytes)
    throw unreadable(file, 'tooLarge', {
      size: Math.round(bytes.length / 1024 / 1024),
      max: REPORT_LIMITS.fileBytes / 1024 / 1024,
    });
  const entries = bytes.length >= 22 ? directory(bytes) : undefined;
  if (!entries) throw unreadable(file, kindOfFile(file, bytes));
  const unzipped = entries.reduce((s, e) => s + e.size, 0);
  const worst = Math.max(0, ...entries.map((e) => e.size / Math.max(1, e.compressed)));
  if (unzipped > REPORT_LIMITS.unzippedBytes || worst > REPORT_LIMITS.ratio)
    throw unreadable(file, 'zipBomb', { size: Math.round(unzipped / 1024 / 1024) });
  return entries;
};

/** A limit a reader ran into, said as `recognise.unreadable.<kind>`. */
export const refusalOf = (file: string, e: unknown, sheet = ''): PlanError => {
  if (e instanceof PlanError) return e;
  if (e instanceof DtdFound) return unreadable(file, 'dtd');
  if (e instanceof TooDeep) return unreadable(file, 'tooDeep', { depth: MAX_DEPTH, sheet });
  if (e instanceof TooSlow) return unreadable(file, 'tooSlow', { seconds: REPORT_LIMITS.seconds });
  if (e instanceof TooLarge) return unreadable(file, 'zipBomb', { size: 0 });
  if (e instanceof TooFar)
    return unreadable(file, 'tooFar', {
      sheet,
      cell: e.cell,
      rows: EXTENT.report.rows,
      columns: EXTENT.report.columns,
    });
  return unreadable(file, 'corrupt');
};

/**
 * What an Office package holds, by the main part its relationships name (not by a fixed path): a document
 * (word/document.xml or any name) or a workbook. Checked for size and inflation before anything is read.
 */
export const packageKind = (file: string, bytes: Uint8Array): 'docx' | 'xlsx' | undefined =>
  withinBudget(REPORT_LIMITS.seconds * 1000, () => {
    const entries = checkedEntries(file, bytes);
    const rels = entries.find((e) => e.name.replace(/^\//, '') === '_rels/.rels');
    try {
      const main =
        rels === undefined
          ? undefined
          : relationships(text(bytes, rels), '').find((r) => /\/officeDocument$/.test(r.type))?.target;
      if (main === undefined) return undefined;
      if (/(^|\/)document[^/]*\.xml$/i.test(main)) return 'docx';
      if (/(^|\/)workbook[^/]*\.xml$/i.test(main)) return 'xlsx';
      return undefined;
    } catch (e) {
      throw refusalOf(file, e);
    }
  });

const rangeOf = (ref: string): MergedRange | undefined => {
  const [from, to = from] = ref.split(':');
  try {
    const a = parseA1(from);
    const b = parseA1(to);
    return { top: a.row - 1, left: a.col - 1, bottom: b.row - 1, right: b.col - 1 };
  } catch {
    return undefined;
  }
};

/**
 * The sheets of a workbook as grids: values as shown (a formula by its cached result, a date as 2018-06-30),
 * merged ranges as written. Hidden sheets are not the planner's table and are left out.
 */
export const readSheetGrids = (
  file: string,
  bytes: Uint8Array,
): { grids: GridSource[]; /** A workbook this tool wrote (its hidden plan record). */ ours: boolean } =>
  withinBudget(REPORT_LIMITS.seconds * 1000, () => {
    const entries = checkedEntries(file, bytes);
    let sheetName = '';
    try {
      const book = openWorkbookXml(bytes, entries);
      if (book === undefined) {
        const kind = kindOfFile(file, bytes);
        throw unreadable(file, kind === 'zip' ? 'noSheets' : kind);
      }
      const sharedPart = book.related(/\/sharedStrings$/);
      const sharedXml = sharedPart === undefined ? undefined : book.part(sharedPart);
      const shared = sharedXml === undefined ? [] : sharedStrings(sharedXml);
      const stylesPart = book.related(/\/styles$/);
      const stylesXml = stylesPart === undefined ? undefined : book.part(stylesPart);
      const dateStyles = stylesXml === undefined ? undefined : dateStylesOf(stylesXml);
      let cells = 0;
      const grids: GridSource[] = [];
      for (const [name, partName] of book.sheets) {
        if (book.hidden.has(name)) continue;
        sheetName = name;
        const xml = book.part(partName);
        if (xml === undefined) continue;
        const read = sheetOf(
          xml,
          shared,
          REPORT_LIMITS.cells - cells + 1,
          { formulas: 'cached', dateStyles },
          EXTENT.report,
        );
        cells += read.count;
        if (cells > REPORT_LIMITS.cells)
          throw unreadable(file, 'tooManyCells', { cells, max: REPORT_LIMITS.cells });
        const rows: CellValue[][] = Array.from({ length: read.rows.length }, (_, r) =>
          Array.from({ length: read.cells.columnCount }, (_, c) => read.rows[r]?.[c] ?? null),
        );
        const merges = read.merges.map(rangeOf).filter((m): m is MergedRange => m !== undefined);
        grids.push({ name, kind: 'sheet', cells: rows, merges });
      }
      return { grids, ours: book.sheets.has(METADATA_SHEET) };
    } catch (e) {
      throw refusalOf(file, e, sheetName);
    }
  });
