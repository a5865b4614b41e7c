import ExcelJS from 'exceljs';
import { locateTable, type CellValue, type LocateProblem, type Plan, type SheetCells } from '../core';
import { readCell } from './cellValue';

/**
 * A worksheet as the planner sees it, for finding a table by its labels. A merged range holds its
 * text in its first cell only, as in Excel, so both hosts find the same things.
 */
export const sheetCells = (sheet: ExcelJS.Worksheet): SheetCells => {
  const rows: CellValue[][] = [];
  let columnCount = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      values[c - 1] = readCell(cell);
      columnCount = Math.max(columnCount, c);
    });
    rows[r - 1] = values;
  });
  return {
    rowCount: rows.length,
    columnCount,
    value: (row, col) => rows[row - 1]?.[col - 1] ?? null,
  };
};

/** A plan found on its sheet: where its table is now, and what no longer matches. */
export interface PlanOnSheet {
  plan: Plan;
  problems: LocateProblem[];
  newRows: { row: number; name: string }[];
}

export const locateOnSheet = (plan: Plan, sheet: ExcelJS.Worksheet): PlanOnSheet => {
  const found = locateTable(plan, sheetCells(sheet));
  return { plan: { ...plan, placement: found.placement }, problems: found.problems, newRows: found.newRows };
};
