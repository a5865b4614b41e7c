import {
  locateTable,
  planWithSheetValues,
  type CellValue,
  type LocateProblem,
  type MergedRange,
  type Plan,
  type SheetCells,
  type SheetLayout,
  type TaskbookLabels,
} from '../core';
import type { CellBlock } from './cellBlock';

/**
 * A plan sheet of the open workbook: the plan (placed where its table is now), its cells as last read,
 * its sheet's id, and what on the sheet no longer matches the plan.
 */
export interface PlanSession {
  plan: Plan;
  block: CellBlock;
  sheetId: string;
  problems: LocateProblem[];
  newRows: { row: number; name: string }[];
}

/** A sheet's cells, read whole, matched to its plan by their labels: units followed wherever they moved. */
export const sessionFrom = (plan: Plan, block: CellBlock, sheetId: string): PlanSession => {
  const found = locateTable(plan, block);
  return {
    plan: planWithSheetValues({ ...plan, placement: found.placement }, block.value),
    block,
    sheetId,
    problems: found.problems,
    newRows: found.newRows,
  };
};

export interface SheetChange {
  sheetId: string;
  sheet?: string;
  address: string;
  /** The add-in's own write, not the planner's. */
  own: boolean;
  /** Excel's changeType: RangeEdited, or rows and columns inserted or deleted (the sheet moved). */
  changeType?: string;
}

/** A table the planner selected in the workbook, as the recogniser takes it (src/core/recognise). */
export interface SelectedTable {
  /** The sheet's name. */
  name: string;
  /** Values as the cells hold them. */
  cells: CellValue[][];
  /** Merged areas, 0-based within `cells`; undefined where the host cannot say (ExcelApi before 1.13). */
  merges?: MergedRange[];
  /** Where cells[0][0] lies in the sheet (0-based): issues name the sheet's own cells. */
  origin: { row: number; col: number };
}

/**
 * What the pane needs of a workbook, whatever holds it: Excel through Office.js (`src/excel`), or a workbook
 * file held in the page (`src/xlsx`'s FileHost, the workbench for WPS and 信创 machines). The session and the
 * pane know only this. A WPS JSAPI add-in would be a third implementation.
 */
export interface WorkbookHost {
  /** The plans of the workbook, found from their metadata, each with its sheet's cells. */
  loadPlans(): Promise<PlanSession[]>;
  /** A plan sheet read whole again and matched to its plan. */
  reloadSheet(session: PlanSession): Promise<PlanSession>;
  /** A plan inserted as a new sheet rendered from the core layout, with its metadata; the plan as placed. */
  insertPlan(plan: Plan): Promise<Plan>;
  /** The values and formulas of a range of a sheet (by id), for an edit's cells. */
  readRange(
    sheetId: string,
    address: string,
  ): Promise<{ top: number; left: number; values: unknown[][]; formulas: unknown[][] }>;
  /** A spread's (or an undo's) figures written back: the columns' unit cells, the 下达目标, the metadata. */
  writeFigures(sessions: PlanSession[], index: number, next: Plan, columns: readonly string[]): Promise<void>;
  /** After units were added, removed or renamed: 合计 formulas, 序号, names given, the metadata. */
  writeUnits(
    sessions: PlanSession[],
    index: number,
    next: Plan,
    names?: readonly { row: number; col: number; value: string }[],
  ): Promise<void>;
  /** 任务书 sheets for the chosen units, linked to the plan sheet. */
  writeTaskbooks(
    sessions: PlanSession[],
    index: number,
    labels: TaskbookLabels,
    options?: { units?: readonly string[]; removeStale?: boolean; onUnit?: (name: string) => void },
  ): Promise<{ plan: Plan; written: string[]; stale: string[] }>;
  /** A sheet's cells read whole by its name (考核办法, 考核), or undefined where the workbook has none. */
  readSheet(name: string): Promise<SheetCells | undefined>;
  /** Sheets rendered from layouts (汇总, 通报), replacing the add-in's own sheets of those names; the first shown unless `activate: false`. */
  writeSheets(layouts: readonly SheetLayout[], options?: { activate?: boolean }): Promise<void>;
  /** Shows a cell to the planner. */
  select(sheet: string, cell: string): Promise<void>;
  /** Calls the handler for every edit the planner makes (not the host's own writes); resolves to a stop. */
  onChanged(handler: (change: SheetChange) => void): Promise<() => Promise<void>>;
  /** After a sheet was added: its edits reported too. */
  watchNewSheets(): Promise<void>;
  /**
   * The table at the planner's selection (a single cell: the active sheet's used range), for 从现有表格识别.
   * Only where the host has a selection (Excel); the workbench brings tables in as files.
   */
  readSelection?(): Promise<SelectedTable | undefined>;
}
