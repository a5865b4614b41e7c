import {
  METADATA_SHEET,
  PlanError,
  locateError,
  locateTable,
  planWithSheetValues,
  plansOfWorkbook,
  type Plan,
  type SheetCells,
} from '../core';
import { sniffFile } from './sniff';
import { dateStylesOf, directory, openWorkbookXml, sharedStrings, sheetOf } from './workbookXml';

const gridOf = (cells: SheetCells): unknown[][] =>
  Array.from({ length: cells.rowCount }, (_, r) =>
    Array.from({ length: cells.columnCount }, (_, c) => cells.value(r + 1, c + 1)),
  );

/**
 * A workbook's plans read without ExcelJS, for the commands that only read them (taskbooks to files,
 * collect): the same plans `readPlans` gives, each found on its sheet by its labels and refused, with the
 * sheet, row and unit named, when its table no longer matches. Formulas read as their cached results.
 */
export const readPlansFast = (bytes: Uint8Array, path = ''): Plan[] => {
  const notWorkbook = (fallback: string) => {
    const kind = sniffFile(bytes);
    return new PlanError('file.notWorkbook', { path, kind: kind === 'zip' ? fallback : kind });
  };
  const entries = bytes.length >= 22 ? directory(bytes) : undefined;
  if (!entries) throw notWorkbook('corruptWorkbook');
  let book;
  try {
    book = openWorkbookXml(bytes, entries);
  } catch {
    throw notWorkbook('corruptWorkbook');
  }
  if (!book || book.sheets.size === 0) throw notWorkbook('noSheets');
  const { sheets, part, related } = book;
  const sharedPart = related(/\/sharedStrings$/);
  const stylesPart = related(/\/styles$/);
  const shared = sharedStrings((sharedPart && part(sharedPart)) || '<sst/>');
  const dateStyles = dateStylesOf((stylesPart && part(stylesPart)) || '<styleSheet/>');
  const sheet = (name: string): SheetCells | undefined => {
    const xml = part(sheets.get(name) ?? '');
    return xml === undefined
      ? undefined
      : sheetOf(xml, shared, Number.POSITIVE_INFINITY, { formulas: 'cached', dateStyles }).cells;
  };
  const meta = sheet(METADATA_SHEET);
  if (!meta) throw new PlanError('file.noPlan', { path });
  return plansOfWorkbook(gridOf(meta), path).map((stored) => {
    const name = stored.placement?.sheet;
    const cells = name === undefined ? undefined : sheet(name);
    if (!cells) throw new PlanError('file.sheetMissing', { sheet: name ?? '' });
    const found = locateTable(stored, cells);
    if (found.problems.length > 0) throw locateError(found.problems);
    return planWithSheetValues({ ...stored, placement: found.placement }, (row, col) =>
      cells.value(row, col),
    );
  });
};
