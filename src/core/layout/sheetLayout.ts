/**
 * A sheet as pure data: what both hosts (ExcelJS files, Office.js in Excel) render cell for cell.
 * Rows and columns are 1-based; formulas are written without the leading '='.
 */
import type { CellValue } from '../plan';

export interface CellStyle {
  /** eastAsian: the font's charset is GB2312, so Excel and WPS on a Chinese Windows pick the named font. */
  font?: {
    name?: string;
    size?: number;
    bold?: boolean;
    italic?: boolean;
    color?: string;
    eastAsian?: boolean;
  };
  /** RGB hex without '#', e.g. 'FFF2CC'. */
  fill?: string;
  align?: {
    horizontal?: 'left' | 'center' | 'right';
    vertical?: 'top' | 'middle' | 'bottom';
    wrap?: boolean;
  };
  border?: 'thin';
  numFmt?: string;
  /** A cell the planner (or a unit) may type into on a protected sheet. */
  unlocked?: boolean;
}

export interface LayoutCell {
  row: number;
  col: number;
  value?: CellValue;
  formula?: string;
  /** A formula's result, written with it for readers that never recalculate. */
  result?: number | string;
  style?: string;
}

export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A rule that a cell must satisfy when typed into; `formula` is written for the range's top-left cell. */
export interface ValidationRule {
  range: string;
  formula: string;
  title: string;
  message: string;
}

/** Cells of `range` for which `formula` (relative to the top-left cell) is true take `style`. */
export interface ConditionalFormat {
  range: string;
  formula: string;
  style: { fill: string; fontColor?: string };
}

/** A clustered bar chart: one bar per category (a unit), one series per value range (an indicator). */
export interface BarChart {
  title: string;
  /** A1 ranges on the same sheet, e.g. B4:B13. */
  categories: string;
  series: { name: string; values: string }[];
  /** Where it sits: from the top-left cell to the bottom-right cell, 1-based. */
  from: { row: number; col: number };
  to: { row: number; col: number };
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  fitToWidth: boolean;
  titleRows?: { from: number; to: number };
  footer?: string;
  centered?: boolean;
  /** The print area, A1 style (A1:F40). */
  area?: string;
}

export interface SheetLayout {
  name: string;
  state: 'visible' | 'veryHidden';
  cells: LayoutCell[];
  styles: Record<string, CellStyle>;
  merges: Merge[];
  /** Widths in Excel character units, by 1-based column number. */
  columnWidths: number[];
  /** Heights in points, by 1-based row number. */
  rowHeights: Record<number, number>;
  freeze?: { rows: number; columns: number };
  validations: ValidationRule[];
  conditionalFormats: ConditionalFormat[];
  print?: PrintSetup;
  /** Bar charts drawn from the sheet's own cells, placed over the given cells. */
  charts?: BarChart[];
  /** Protected: only unlocked cells can be typed into (no password unless one is given). */
  protection?: { password?: string };
  /** Cells other code refers to by id (a 任务书's figure of a plan column); not rendered. */
  anchors?: { id: string; row: number; col: number }[];
  /**
   * How a sheet of this name the add-in wrote before is known: its first cell begins with this (a 汇总's
   * title, whose months change from round to round). Without it, the first cell must be the same.
   */
  mark?: string;
}

/** Whether a sheet whose first cell reads `first` is one the add-in wrote from a layout like this one. */
export const isOwnSheet = (layout: SheetLayout, first: unknown): boolean => {
  const plain = (x: unknown) => String(x ?? '').replace(/\s+/g, '');
  const a1 = layout.cells.find((c) => c.row === 1 && c.col === 1)?.value;
  return plain(first) === plain(a1) || (!!layout.mark && plain(first).includes(plain(layout.mark)));
};

export const emptyLayout = (name: string, state: SheetLayout['state'] = 'visible'): SheetLayout => ({
  name,
  state,
  cells: [],
  styles: {},
  merges: [],
  columnWidths: [],
  rowHeights: {},
  validations: [],
  conditionalFormats: [],
});

/** A layout's cells as a sheet reads them (formulas by their cached result): what a writer's reader would see. */
export const layoutCells = (
  layout: SheetLayout,
): { rowCount: number; columnCount: number; value(row: number, col: number): CellValue } => {
  const grid = new Map<string, CellValue>();
  let rowCount = 0;
  let columnCount = 0;
  for (const c of layout.cells) {
    grid.set(`${c.row},${c.col}`, c.formula !== undefined ? (c.result ?? null) : (c.value ?? null));
    rowCount = Math.max(rowCount, c.row);
    columnCount = Math.max(columnCount, c.col);
  }
  return { rowCount, columnCount, value: (row, col) => grid.get(`${row},${col}`) ?? null };
};
