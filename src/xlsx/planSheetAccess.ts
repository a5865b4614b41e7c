import ExcelJS from 'exceljs';
import {
  METADATA_SHEET,
  adjustmentSheet,
  hasAdjustments,
  uniqueSheetName,
  type AdjustmentLabels,
  PlanError,
  metadataSheetLayout,
  parseA1,
  serialNumbers,
  summaryResults,
  sheetGrid,
  totalFormulas,
  type Change,
  type CellValue,
  type Plan,
  type PlanGrid,
} from '../core';
import { readCell } from './cellValue';
import { renderLayout } from './renderLayout';

const planSheet = (workbook: ExcelJS.Workbook, plan: Plan): ExcelJS.Worksheet => {
  const name = plan.placement?.sheet;
  const sheet = name === undefined ? undefined : workbook.getWorksheet(name);
  if (!sheet) throw new PlanError('file.sheetMissing', { sheet: name ?? '' });
  return sheet;
};

/** The plan's cells as its sheet holds them, formulas included, for validation. */
export const workbookGrid = (workbook: ExcelJS.Workbook, plan: Plan): PlanGrid => {
  const sheet = planSheet(workbook, plan);
  return sheetGrid(plan, (row, col) => {
    const cell = sheet.getCell(row, col);
    return {
      value: readCell(cell),
      formula: cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined,
    };
  });
};

const write = (cell: ExcelJS.Cell, value: CellValue): void => {
  cell.value = value;
};

/**
 * Writes a spread (or its undo) back: the changed unit cells, the 下达目标 cells, and the plans'
 * metadata. Every other cell of the workbook stays as it was.
 */
export const writeChanges = (
  workbook: ExcelJS.Workbook,
  plans: Plan[],
  index: number,
  changes: readonly Change[],
): void => {
  const plan = plans[index];
  const sheet = planSheet(workbook, plan);
  for (const change of changes) {
    if (change.cell === undefined) continue;
    const { row, col } = parseA1(change.cell);
    write(sheet.getCell(row, col), change.after);
  }
  const p = plan.placement;
  if (p?.controlRow !== undefined)
    plan.columns.forEach((c, j) => {
      const cell = sheet.getCell(p.controlRow!, p.columns[j]);
      const want = plan.controlTotals[c.id] ?? null;
      if (readCell(cell) !== want) write(cell, want);
    });
  writeSummaryResults(sheet, plan);
  replaceMetadata(workbook, plans);
  workbook.calcProperties.fullCalcOnLoad = true;
};

/** The 合计 and 差额 formulas keep their formulas and carry their new results (for readers that never recalculate). */
const writeSummaryResults = (sheet: ExcelJS.Worksheet, plan: Plan): void => {
  const p = plan.placement;
  if (!p) return;
  const results = summaryResults(plan);
  plan.columns.forEach((column, j) => {
    for (const [row, result] of [
      [p.totalRow, results.total[column.id]],
      [p.differenceRow, results.difference[column.id]],
    ] as const) {
      if (row === undefined) continue;
      const cell = sheet.getCell(row, p.columns[j]);
      if (cell.type === ExcelJS.ValueType.Formula)
        cell.value = { formula: cell.formula, result } as ExcelJS.CellFormulaValue;
    }
  });
};

/** Rewrites the veryHidden metadata sheet from the plans. */
export const replaceMetadata = (workbook: ExcelJS.Workbook, plans: readonly Plan[]): void => {
  const sheet = workbook.getWorksheet(METADATA_SHEET);
  if (!sheet) throw new PlanError('file.noPlan', { path: '' });
  sheet.eachRow((row) => row.eachCell((cell) => (cell.value = null)));
  for (const c of metadataSheetLayout(plans).cells)
    if (c.value !== undefined) sheet.getCell(c.row, c.col).value = c.value;
  sheet.state = 'veryHidden';
};

/**
 * After units were added, removed or renamed: the 合计 formulas over the rows the units are on now,
 * the 序号 down the sheet, names written where given, and the plans' metadata.
 */
export const writeUnits = (
  workbook: ExcelJS.Workbook,
  plans: Plan[],
  index: number,
  names: readonly { row: number; col: number; value: string }[] = [],
): void => {
  const plan = plans[index];
  const sheet = planSheet(workbook, plan);
  for (const f of totalFormulas(plan))
    sheet.getCell(f.row, f.col).value = { formula: f.formula } as ExcelJS.CellFormulaValue;
  for (const s of serialNumbers(plan)) {
    const cell = sheet.getCell(s.row, s.col);
    if (cell.type !== ExcelJS.ValueType.Merge) cell.value = s.value;
  }
  for (const n of names) sheet.getCell(n.row, n.col).value = n.value;
  writeSummaryResults(sheet, plan);
  replaceMetadata(workbook, plans);
  workbook.calcProperties.fullCalcOnLoad = true;
};

/**
 * The 调整记录 sheet rewritten from the plans (added when the first adjustment is recorded, gone when none is
 * left); a sheet of that name the planner made is left alone and ours takes another name.
 */
export const writeAdjustmentSheet = (
  workbook: ExcelJS.Workbook,
  plans: readonly Plan[],
  labels: AdjustmentLabels,
): void => {
  const ours = workbook.worksheets.find(
    (s) => s.name.startsWith(labels.sheet) && readCell(s.getCell(1, 1)) === labels.title,
  );
  const name =
    ours?.name ??
    uniqueSheetName(
      labels.sheet,
      workbook.worksheets.map((s) => s.name),
    );
  if (ours) workbook.removeWorksheet(ours.id);
  if (hasAdjustments(plans)) renderLayout(workbook, adjustmentSheet(plans, { ...labels, sheet: name }));
};
