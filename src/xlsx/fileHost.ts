import ExcelJS from 'exceljs';
import {
  METADATA_SHEET,
  isPlanError,
  plansOfWorkbook,
  PlanError,
  isOwnSheet,
  a1,
  defaultSheetName,
  metadataSheetLayout,
  planSheetLayout,
  uniqueSheetName,
  type Change,
  type Plan,
  type SheetLabels,
  type SheetCells,
  type SheetLayout,
  type TaskbookLabels,
} from '../core';
import {
  CellBlock,
  rangeBounds,
  sessionFrom,
  type PlanSession,
  type SheetChange,
  type WorkbookHost,
} from '../host';
import { readCell } from './cellValue';
import { loadWorkbook, locatePlans, sheetGrid as metadataGrid, workbookBytes } from './planWorkbook';
import { replaceMetadata, writeChanges, writeUnits } from './planSheetAccess';
import { renderLayout } from './renderLayout';
import { sheetCells } from './locateSheet';
import { placeTaskbookSheets } from './taskbooks';

/** A sheet's cells as a block, values and formulas from A1: what the session validates. */
const blockOf = (sheet: ExcelJS.Worksheet): CellBlock => {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      (values[r - 1] ??= [])[c - 1] = readCell(cell) ?? '';
      if (cell.type === ExcelJS.ValueType.Formula) (formulas[r - 1] ??= [])[c - 1] = `=${cell.formula}`;
    });
  });
  // The arrays are sparse: a spread of their holes would make the width NaN.
  let width = 0;
  for (const row of values) width = Math.max(width, row?.length ?? 0);
  const block = new CellBlock();
  block.patch(
    1,
    1,
    Array.from({ length: values.length }, (_, r) =>
      Array.from({ length: width }, (_, c) => values[r]?.[c] ?? ''),
    ),
    Array.from({ length: values.length }, (_, r) =>
      Array.from({ length: width }, (_, c) => formulas[r]?.[c] ?? ''),
    ),
  );
  return block;
};

/**
 * A unit's 任务书 or a 汇总 opened as if it were a plan: named for what it is, with where it belongs, and not
 * opened (the workbook open before stays). A workbook without our data is a plain one: a template goes in.
 */
const refuseOtherKinds = (workbook: ExcelJS.Workbook, name: string): void => {
  const meta = workbook.getWorksheet(METADATA_SHEET);
  if (!meta) return;
  try {
    plansOfWorkbook(metadataGrid(meta), name);
  } catch (e) {
    if (isPlanError(e) && e.code === 'file.isTaskbook')
      throw new PlanError('workbench.isTaskbook', { ...e.params, file: name });
    if (isPlanError(e) && e.code === 'file.isSummary')
      throw new PlanError('workbench.isSummary', { file: name });
  }
};

/**
 * A workbook file held in the page, for the workbench (WPS, 信创 machines, any browser): the same work as in
 * Excel, on an ExcelJS workbook in memory, with the CLI's own writers (a spread's cells and cached 合计, the
 * units, the 任务书 sheets, the metadata). Nothing reaches the file until the planner saves (`bytes`).
 * The planner edits figures in WPS; reading the file again (`replace`) is the change the pane hears.
 */
export class FileHost implements WorkbookHost {
  private handler?: (change: SheetChange) => void;
  private watchers: (() => void)[] = [];
  /** Written since it was opened or saved: what 保存 would keep and 重新读取 would lose. */
  dirty = false;
  /** The cell 定位 asked for, for the workbench's table to scroll to and mark. */
  private onSelect?: (sheet: string, cell: string) => void;

  private constructor(
    private workbook: ExcelJS.Workbook,
    private readonly labels: SheetLabels,
  ) {}

  /** A workbook file as the planner picked it; a file that is no workbook is refused in words. */
  static async open(bytes: ArrayBuffer | Uint8Array, name: string, labels: SheetLabels): Promise<FileHost> {
    const data = bytes instanceof Uint8Array ? bytes.slice().buffer : bytes;
    const workbook = await loadWorkbook(data, name);
    refuseOtherKinds(workbook, name);
    return new FileHost(workbook, labels);
  }

  /** An empty workbook, for a plan inserted from a template (新建). */
  static blank(labels: SheetLabels): FileHost {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = '目标分解';
    workbook.calcProperties.fullCalcOnLoad = true;
    return new FileHost(workbook, labels);
  }

  /** Calls back after every write and reload, for the workbench's view of the sheet. */
  watch(changed: () => void): () => void {
    this.watchers.push(changed);
    return () => (this.watchers = this.watchers.filter((w) => w !== changed));
  }

  private wrote(): void {
    this.dirty = true;
    for (const w of this.watchers) w();
  }

  /** Saved: nothing in the page the file does not have. */
  saved(): void {
    this.dirty = false;
    for (const w of this.watchers) w();
  }

  /** The file changed on disk (saved in WPS): the pane reads it whole again, as after rows moved in Excel. */
  async replace(bytes: ArrayBuffer | Uint8Array): Promise<void> {
    const data = bytes instanceof Uint8Array ? bytes.slice().buffer : bytes;
    this.workbook = await loadWorkbook(data);
    this.dirty = false;
    for (const w of this.watchers) w();
    for (const sheet of this.workbook.worksheets)
      if (sheet.name !== METADATA_SHEET)
        this.handler?.({
          sheetId: sheet.name,
          sheet: sheet.name,
          address: 'A1',
          own: false,
          changeType: 'Reloaded',
        });
  }

  /** What the workbench saves: the workbook as it is now. */
  bytes(): Promise<Uint8Array> {
    return workbookBytes(this.workbook);
  }

  /** The visible sheets' names, and the cells of one, for the workbench's read-only view. */
  sheetNames(): string[] {
    return this.workbook.worksheets.filter((s) => s.state === 'visible').map((s) => s.name);
  }

  cellsOf(name: string): CellBlock | undefined {
    const sheet = this.workbook.getWorksheet(name);
    return sheet ? blockOf(sheet) : undefined;
  }

  whenSelected(show: (sheet: string, cell: string) => void): void {
    this.onSelect = show;
  }

  async loadPlans(): Promise<PlanSession[]> {
    if (!this.workbook.getWorksheet(METADATA_SHEET)) return [];
    return locatePlans(this.workbook).map((found) => {
      const sheet = this.workbook.getWorksheet(found.plan.placement!.sheet)!;
      return sessionFrom(found.plan, blockOf(sheet), sheet.name);
    });
  }

  async reloadSheet(session: PlanSession): Promise<PlanSession> {
    const sheet =
      this.workbook.getWorksheet(session.sheetId) ??
      this.workbook.getWorksheet(session.plan.placement!.sheet);
    return sessionFrom(session.plan, sheet ? blockOf(sheet) : new CellBlock(), session.sheetId);
  }

  async insertPlan(plan: Plan): Promise<Plan> {
    const existing = this.workbook.getWorksheet(METADATA_SHEET)
      ? (await this.loadPlans()).map((s) => s.plan)
      : [];
    const name = uniqueSheetName(
      defaultSheetName(plan),
      this.workbook.worksheets.map((s) => s.name),
    );
    const { layout, placement } = planSheetLayout(plan, this.labels, name);
    const placed: Plan = { ...plan, placement };
    renderLayout(this.workbook, layout);
    if (this.workbook.getWorksheet(METADATA_SHEET)) replaceMetadata(this.workbook, [...existing, placed]);
    else renderLayout(this.workbook, metadataSheetLayout([placed]));
    this.wrote();
    return placed;
  }

  async readRange(sheetId: string, address: string) {
    const block = this.cellsOf(sheetId) ?? new CellBlock();
    const b = rangeBounds(address);
    const rows = Array.from({ length: b.bottom - b.top + 1 }, (_, r) => b.top + r);
    const cols = Array.from({ length: b.right - b.left + 1 }, (_, c) => b.left + c);
    return {
      top: b.top,
      left: b.left,
      values: rows.map((r) => cols.map((c) => block.value(r, c) ?? '')),
      formulas: rows.map((r) =>
        cols.map((c) => {
          const f = block.cell(r, c).formula;
          return f ? `=${f}` : '';
        }),
      ),
    };
  }

  async writeFigures(
    sessions: PlanSession[],
    index: number,
    next: Plan,
    columns: readonly string[],
  ): Promise<void> {
    const p = next.placement!;
    const changes: Change[] = columns.flatMap((id) => {
      const j = next.columns.findIndex((c) => c.id === id);
      return next.units.map((u, i) => ({
        unit: u.id,
        column: id,
        cell: a1(p.unitRows[i], p.columns[j]),
        before: null,
        after: next.values[i][j] ?? null,
        why: 'spread' as const,
      }));
    });
    writeChanges(
      this.workbook,
      sessions.map((s, k) => (k === index ? next : s.plan)),
      index,
      changes,
    );
    this.wrote();
  }

  async writeUnits(
    sessions: PlanSession[],
    index: number,
    next: Plan,
    names: readonly { row: number; col: number; value: string }[] = [],
  ): Promise<void> {
    writeUnits(
      this.workbook,
      sessions.map((s, k) => (k === index ? next : s.plan)),
      index,
      names,
    );
    this.wrote();
  }

  async writeTaskbooks(
    sessions: PlanSession[],
    index: number,
    labels: TaskbookLabels,
    options: { units?: readonly string[]; removeStale?: boolean; onUnit?: (name: string) => void } = {},
  ): Promise<{ plan: Plan; written: string[]; stale: string[] }> {
    const plan = sessions[index].plan;
    const placed = placeTaskbookSheets(this.workbook, plan, labels, {
      units: options.units,
      removeStale: options.removeStale,
    });
    for (const w of placed.written) options.onUnit?.(w.unit);
    replaceMetadata(
      this.workbook,
      sessions.map((s, k) => (k === index ? placed.plan : s.plan)),
    );
    this.wrote();
    return { plan: placed.plan, written: placed.written.map((w) => w.sheet), stale: placed.stale };
  }

  async readSheet(name: string): Promise<SheetCells | undefined> {
    const sheet = this.workbook.getWorksheet(name);
    return sheet && sheetCells(sheet);
  }

  async writeSheets(layouts: readonly SheetLayout[]): Promise<void> {
    // A sheet of that name the planner made is never replaced: the same rule as in Excel.
    for (const layout of layouts) {
      const old = this.workbook.getWorksheet(layout.name);
      if (old && !isOwnSheet(layout, readCell(old.getCell(1, 1))))
        throw new PlanError('excel.sheetTaken', { sheet: layout.name });
    }
    for (const layout of layouts) {
      const old = this.workbook.getWorksheet(layout.name);
      if (old) this.workbook.removeWorksheet(old.id);
      renderLayout(this.workbook, layout);
    }
    this.wrote();
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.onSelect?.(sheet, cell);
  }

  async onChanged(handler: (change: SheetChange) => void): Promise<() => Promise<void>> {
    this.handler = handler;
    return async () => {
      this.handler = undefined;
    };
  }

  async watchNewSheets(): Promise<void> {}
}
