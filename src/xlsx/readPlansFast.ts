import { checkPackage } from './packageLimits';
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
import { MAX_DEPTH, TooDeep, TooSlow, withinBudget } from './xml';
import {
  EXTENT,
  TooFar,
  dateStylesOf,
  directory,
  openWorkbookXml,
  sharedStrings,
  sheetOf,
} from './workbookXml';

/** Reading a plan workbook: the largest allowed takes a few seconds. */
const PLAN_SECONDS = 30;

/**
 * A workbook's plans read without ExcelJS, for the commands that only read them (taskbooks to files,
 * collect): the same plans `readPlans` gives, each found on its sheet by its labels and refused, with the
 * sheet, row and unit named, when its table no longer matches. Formulas read as their cached results.
 */
export const readPlansFast = (bytes: Uint8Array, path = ''): Plan[] => {
  try {
    return withinBudget(PLAN_SECONDS * 1000, () => readPlans(bytes, path));
  } catch (e) {
    if (e instanceof TooDeep) throw new PlanError('file.tooDeep', { path, depth: MAX_DEPTH });
    if (e instanceof TooSlow) throw new PlanError('file.tooSlow', { path, seconds: PLAN_SECONDS });
    throw e;
  }
};

const readPlans = (bytes: Uint8Array, path: string): Plan[] => {
  const notWorkbook = (fallback: string) => {
    const kind = sniffFile(bytes);
    return new PlanError('file.notWorkbook', { path, kind: kind === 'zip' ? fallback : kind });
  };
  checkPackage(bytes, path);
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
  const read = (name: string) => {
    const xml = part(sheets.get(name) ?? '');
    if (xml === undefined) return undefined;
    try {
      return sheetOf(xml, shared, Number.POSITIVE_INFINITY, { formulas: 'cached', dateStyles }, EXTENT.plan);
    } catch (e) {
      if (e instanceof TooFar)
        throw new PlanError('file.cellTooFar', {
          path,
          sheet: name,
          cell: e.cell,
          rows: EXTENT.plan.rows,
          columns: EXTENT.plan.columns,
        });
      throw e;
    }
  };
  const sheet = (name: string): SheetCells | undefined => read(name)?.cells;
  const meta = read(METADATA_SHEET);
  if (!meta) throw new PlanError('file.noPlan', { path });
  // The rows as read: a far cell is a hole in an array, not a grid to fill in.
  return plansOfWorkbook(meta.rows, path).map((stored) => {
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
