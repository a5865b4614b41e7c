import {
  isOwnSheet,
  METADATA_SHEET,
  PlanError,
  a1,
  columnLetter,
  defaultSheetName,
  metadataSheetLayout,
  plansFromMetadata,
  planSheetLayout,
  rangeA1,
  serialNumbers,
  taskbookContent,
  taskbookLayout,
  totalFormulas,
  uniqueSheetName,
  type Plan,
  type SheetLabels,
  type BarChart,
  type SheetCells,
  type SheetLayout,
  type TaskbookLabels,
  taskbookWording,
  sameText,
  mergedRangeOf,
  type CellValue,
} from '../core';
import { CellBlock, rangeBounds } from '../host/cellBlock';
import {
  sessionFrom,
  type PlanSession,
  type SelectedTable,
  type SheetChange,
  type WorkbookHost,
} from '../host/workbookHost';
import { runExcel } from './errors';
import { queueLayout, queuePrintSetup } from './queueLayout';
import { capabilities, type Capabilities } from './requirements';

/** The block of a used range as Excel returned it (its address says where it starts). */
const blockOf = (used: Excel.Range): CellBlock => {
  const block = new CellBlock();
  if (used.isNullObject) return block;
  const b = rangeBounds(used.address);
  block.patch(b.top, b.left, used.values, used.formulas);
  return block;
};

/** A bar chart from the sheet's own cells: the first series comes with the chart, the others are added (ExcelApi 1.7). */
const queueChart = (sheet: Excel.Worksheet, chart: BarChart) => {
  const [first, ...rest] = chart.series;
  if (!first) return;
  const c = sheet.charts.add('BarClustered', sheet.getRange(first.values), 'Columns');
  c.title.text = chart.title;
  c.legend.position = 'Bottom';
  const categories = sheet.getRange(chart.categories);
  const series = c.series.getItemAt(0);
  series.name = first.name;
  series.setXAxisValues(categories);
  for (const s of rest) {
    const more = c.series.add(s.name);
    more.setValues(sheet.getRange(s.values));
    more.setXAxisValues(categories);
  }
  c.setPosition(a1(chart.from.row, chart.from.col), a1(chart.to.row, chart.to.col));
};

/** Excel on the web refuses requests over 5 MB; writes are split below this. */
const REQUEST_LIMIT = 4_000_000;
/** A table a planner selects to bring in: a 3,000-row sheet fits; a whole column selected does not. */
const SELECTION_ROWS = 20_000;
const SELECTION_COLUMNS = 200;
/** Sheet1!$B$1:$C$30000 → B1:C30000: a range as the planner reads it. */
const rangeA1OfAddress = (address: string) => address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');

/** Queues the read of the sheet names and of the metadata sheet, for `plansIn` after the sync. */
const queueWorkbookRead = (context: Excel.RequestContext) => {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  const meta = sheets.getItemOrNullObject(METADATA_SHEET);
  const used = meta.getUsedRangeOrNullObject(true);
  used.load('values');
  return { sheets, meta, used };
};

/** The plans the metadata sheet holds, once its read has been synced. */
const plansIn = (metaMissing: boolean, values: () => unknown[][]): Plan[] =>
  metaMissing ? [] : plansFromMetadata(values());

/**
 * The open workbook as the pane sees it. Every operation is: queue the reads, one sync, compute,
 * queue the writes, one sync; never a sync in a loop.
 */
export class ExcelHost implements WorkbookHost {
  /** Without triggerSource (before ExcelApi 1.14): the ranges the add-in just wrote, to recognise their events. */
  private ownWrites: { sheet: string; address: string; until: number }[] = [];
  private sheetNames = new Map<string, string>();
  readonly can: Capabilities;

  constructor(
    private readonly labels: SheetLabels,
    can?: Capabilities,
  ) {
    this.can = can ?? capabilities();
  }

  private requireCore(): void {
    if (!this.can.core) throw new PlanError('excel.apiMissing', { message: 'ExcelApi 1.8' });
  }

  private markOwnWrite(sheet: string, addresses: readonly string[]): void {
    const until = Date.now() + 5000;
    this.ownWrites = [
      ...this.ownWrites.filter((w) => w.until > Date.now()),
      ...addresses.map((address) => ({ sheet, address, until })),
    ];
  }

  /** Whether an event reports one of the add-in's own writes (each write is recognised once). */
  private isOwn(sheet: string | undefined, address: string, triggerSource: string | undefined): boolean {
    if (this.can.triggerSource) return triggerSource === 'ThisLocalAddin';
    const k = this.ownWrites.findIndex(
      (w) => w.until > Date.now() && (sheet === undefined || w.sheet === sheet) && w.address === address,
    );
    if (k < 0) return false;
    this.ownWrites.splice(k, 1);
    return true;
  }

  /** The plans of the workbook, found from their metadata, with their cells: two syncs. */
  async loadPlans(): Promise<PlanSession[]> {
    this.requireCore();
    return runExcel(async (context) => {
      const { sheets, meta, used } = queueWorkbookRead(context);
      await context.sync();
      this.sheetNames = new Map(sheets.items.map((s) => [s.id, s.name]));
      const plans = plansIn(meta.isNullObject || used.isNullObject, () => used.values);
      const reads = plans.map((plan) => {
        const sheet = sheets.getItemOrNullObject(plan.placement!.sheet);
        // The whole used range: rows inserted above or columns before the table move it.
        const used = sheet.getUsedRangeOrNullObject();
        used.load('values,formulas,address');
        sheet.load('id');
        return { plan, sheet, used };
      });
      await context.sync();
      return reads.flatMap(({ plan, sheet, used }) =>
        sheet.isNullObject ? [] : [sessionFrom(plan, blockOf(used), sheet.id)],
      );
    });
  }

  /** Reads a plan sheet whole again and matches it to its plan (after rows moved, before a write): one sync. */
  async reloadSheet(session: PlanSession): Promise<PlanSession> {
    return runExcel(async (context) => {
      const used = context.workbook.worksheets.getItem(session.sheetId).getUsedRangeOrNullObject();
      used.load('values,formulas,address');
      await context.sync();
      return sessionFrom(session.plan, blockOf(used), session.sheetId);
    });
  }

  /** Inserts a plan as a new sheet rendered from the core layout, with its metadata: two syncs. */
  async insertPlan(plan: Plan): Promise<Plan> {
    this.requireCore();
    return runExcel(async (context) => {
      const { sheets, meta, used } = queueWorkbookRead(context);
      await context.sync();
      const existing = plansIn(meta.isNullObject || used.isNullObject, () => used.values);
      const name = uniqueSheetName(
        defaultSheetName(plan),
        sheets.items.map((s) => s.name),
      );
      const { layout, placement } = planSheetLayout(plan, this.labels, name);
      const placed: Plan = { ...plan, placement };
      context.application.suspendApiCalculationUntilNextSync();
      const sheet = sheets.add(name);
      this.markOwnWrite(name, [queueLayout(sheet, layout)]);
      await this.queueMetadata(context, meta.isNullObject ? undefined : meta, [...existing, placed]);
      sheet.activate();
      await context.sync();
      if (this.can.pageLayout) {
        // Print setup in a sync of its own: a host that refuses part of it still gets the sheet.
        queuePrintSetup(sheet, layout);
        await context.sync().catch(() => undefined);
      }
      return placed;
    });
  }

  /** Writes the plans' metadata sheet anew (created veryHidden if missing); split below the request limit. */
  /** The metadata with one plan replaced by its new state, the others as they are. */
  private queuePlanReplaced(
    context: Excel.RequestContext,
    sessions: readonly { plan: Plan }[],
    index: number,
    next: Plan,
  ) {
    const plans = sessions.map((s, k) => (k === index ? next : s.plan));
    return this.queueMetadata(context, context.workbook.worksheets.getItem(METADATA_SHEET), plans);
  }

  private async queueMetadata(
    context: Excel.RequestContext,
    existing: Excel.Worksheet | undefined,
    plans: Plan[],
  ) {
    const layout = metadataSheetLayout(plans);
    const sheet = existing ?? context.workbook.worksheets.add(METADATA_SHEET);
    const cols = Math.max(1, plans.length);
    const rows = Math.max(1, ...layout.cells.map((c) => c.row));
    const grid: (string | number)[][] = Array.from({ length: rows }, () =>
      Array<string | number>(cols).fill(''),
    );
    for (const c of layout.cells) grid[c.row - 1][c.col - 1] = c.value ?? '';
    sheet.getRange(`A:${columnLetter(cols + 1)}`).clear('Contents');
    let size = 0;
    let from = 0;
    for (let r = 0; r < rows; r++) {
      size += grid[r].reduce<number>((s, v) => s + String(v).length * 3, 0);
      if (size > REQUEST_LIMIT && r > from) {
        this.writeRows(sheet, grid, from, r);
        // Only a plan of megabytes gets here: Excel on the web refuses a request over 5 MB.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        from = r;
        size = 0;
      }
    }
    this.writeRows(sheet, grid, from, rows);
    sheet.visibility = 'VeryHidden';
  }

  private writeRows(sheet: Excel.Worksheet, grid: (string | number)[][], from: number, to: number) {
    const address = rangeA1(from + 1, 1, to, grid[0].length);
    this.markOwnWrite(METADATA_SHEET, [address]);
    const range = sheet.getRange(address);
    range.numberFormat = grid.slice(from, to).map((row) => row.map(() => '@'));
    range.values = grid.slice(from, to);
  }

  /** Reads the cells an edit touched (a single cell or a pasted block): one sync. */
  async readRange(
    sheetId: string,
    address: string,
  ): Promise<{ top: number; left: number; values: unknown[][]; formulas: unknown[][] }> {
    return runExcel(async (context) => {
      const range = context.workbook.worksheets
        .getItem(sheetId)
        .getRange(address.includes('!') ? address.split('!').pop()! : address);
      range.load('values,formulas');
      await context.sync();
      const b = rangeBounds(address);
      return { top: b.top, left: b.left, values: range.values, formulas: range.formulas };
    });
  }

  /**
   * Writes a plan's figures back after a spread or an undo: each changed column as one 2-D block,
   * the 下达目标 cells, and the metadata (which keeps the undo snapshot): one sync.
   */
  async writeFigures(
    sessions: PlanSession[],
    index: number,
    next: Plan,
    columns: readonly string[],
  ): Promise<void> {
    return runExcel(async (context) => {
      const p = next.placement!;
      const sheet = context.workbook.worksheets.getItem(p.sheet);
      const written: string[] = [];
      for (const id of columns) {
        const j = next.columns.findIndex((c) => c.id === id);
        const col = p.columns[j];
        // Unit rows are contiguous on figure sheets; a run of rows is one write.
        let start = 0;
        for (let k = 1; k <= p.unitRows.length; k++) {
          if (k < p.unitRows.length && p.unitRows[k] === p.unitRows[k - 1] + 1) continue;
          const address = rangeA1(p.unitRows[start], col, p.unitRows[k - 1], col);
          const values = next.values.slice(start, k).map((row) => [row[j] ?? '']);
          sheet.getRange(address).values = values;
          written.push(address);
          start = k;
        }
        if (p.controlRow !== undefined) {
          const address = rangeA1(p.controlRow, col, p.controlRow, col);
          sheet.getRange(address).values = [[next.controlTotals[id] ?? '']];
          written.push(address);
        }
      }
      await this.queuePlanReplaced(context, sessions, index, next);
      this.markOwnWrite(p.sheet, written);
      await context.sync();
    });
  }

  /**
   * After units were added or removed: the 合计 formulas over the units' rows, the 序号, names where
   * given, and the metadata: one sync.
   */
  async writeUnits(
    sessions: PlanSession[],
    index: number,
    next: Plan,
    names: readonly { row: number; col: number; value: string }[] = [],
  ): Promise<void> {
    return runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getItem(next.placement!.sheet);
      const written: string[] = [];
      const put = (row: number, col: number, cell: string | number, formula: boolean) => {
        const address = rangeA1(row, col, row, col);
        const range = sheet.getRange(address);
        if (formula) range.formulas = [[cell]];
        else range.values = [[cell]];
        written.push(address);
      };
      for (const f of totalFormulas(next)) put(f.row, f.col, `=${f.formula}`, true);
      for (const s of serialNumbers(next)) put(s.row, s.col, s.value, false);
      for (const n of names) put(n.row, n.col, n.value, false);
      await this.queuePlanReplaced(context, sessions, index, next);
      this.markOwnWrite(next.placement!.sheet, written);
      await context.sync();
    });
  }

  /**
   * 任务书 sheets for the chosen units of a plan, their figures formulas on the plan sheet, right after it in
   * the plan's order. Sheets the add-in made before (found through the plan's metadata and checked by their
   * title) are replaced; no other sheet is touched; sheets of units no longer in the plan stay unless
   * `removeStale`. Four syncs for any number of units: read, write, metadata, print setup.
   */
  async writeTaskbooks(
    sessions: PlanSession[],
    index: number,
    labels: TaskbookLabels,
    options: { units?: readonly string[]; removeStale?: boolean; onUnit?: (name: string) => void } = {},
  ): Promise<{ plan: Plan; written: string[]; stale: string[] }> {
    this.requireCore();
    const plan = sessions[index].plan;
    const wording = taskbookWording(plan);
    return runExcel(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/id,items/position');
      const recorded = (plan.taskbookSheets ?? []).map((entry) => {
        const sheet = sheets.getItemOrNullObject(entry.id ?? entry.sheet);
        const title = sheet.getRange('A2');
        title.load('values');
        sheet.load('name');
        return { entry, sheet, title };
      });
      await context.sync();

      const chosen = plan.units
        .map((unit, i) => ({ unit, i }))
        .filter(
          ({ unit }) =>
            !options.units || options.units.includes(unit.name) || options.units.includes(unit.id),
        );
      const kept: NonNullable<Plan['taskbookSheets']> = [];
      const stale: string[] = [];
      const deleted = new Set<string>();
      for (const { entry, sheet, title } of recorded) {
        if (sheet.isNullObject || !sameText(title.values[0]?.[0], wording.title)) continue;
        const inPlan = plan.units.some((u) => u.id === entry.unit);
        if (chosen.some(({ unit }) => unit.id === entry.unit) || (!inPlan && options.removeStale)) {
          sheet.delete();
          deleted.add(sheet.name);
        } else {
          kept.push({ ...entry, sheet: sheet.name });
          if (!inPlan) stale.push(sheet.name);
        }
      }
      const taken = sheets.items.map((s) => s.name).filter((n) => !deleted.has(n));
      const planPosition = sheets.items.find((s) => s.name === plan.placement!.sheet)?.position ?? 0;
      context.application.suspendApiCalculationUntilNextSync();
      const added = chosen.map(({ unit, i }) => {
        options.onUnit?.(unit.name);
        const name = uniqueSheetName(
          unit.name.replace(/[[\]:*?/\\]/g, '').slice(0, 31) || String(i + 1),
          taken,
        );
        taken.push(name);
        const layout = taskbookLayout(plan, taskbookContent(plan, i, wording), labels, name, {
          kind: 'formulas',
          planSheet: plan.placement!.sheet,
        });
        const sheet = sheets.add(name);
        this.markOwnWrite(name, [queueLayout(sheet, layout)]);
        sheet.load('id');
        return { unit, name, sheet, layout };
      });
      const order = new Map(plan.units.map((u, k) => [u.id, k]));
      const entries = [...kept, ...added.map((a) => ({ unit: a.unit.id, sheet: a.name }))].sort(
        (a, b) => (order.get(a.unit) ?? 1e9) - (order.get(b.unit) ?? 1e9),
      );
      entries.forEach((e, k) => (sheets.getItem(e.sheet).position = planPosition + 1 + k));
      await context.sync();

      const ids = new Map(added.map((a) => [a.name, a.sheet.id]));
      const next: Plan = {
        ...plan,
        taskbookSheets: entries.map((e) => ({ ...e, ...(ids.has(e.sheet) ? { id: ids.get(e.sheet) } : {}) })),
      };
      await this.queuePlanReplaced(context, sessions, index, next);
      await context.sync();
      if (this.can.pageLayout) {
        for (const a of added) queuePrintSetup(a.sheet, a.layout);
        await context.sync().catch(() => undefined);
      }
      return { plan: next, written: added.map((a) => a.name), stale };
    });
  }

  /** A sheet's values by its name (the 考核办法 the planner edited): one sync. */
  async readSheet(name: string): Promise<SheetCells | undefined> {
    return runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      const used = sheet.getUsedRangeOrNullObject();
      used.load('values,formulas,address');
      await context.sync();
      return sheet.isNullObject ? undefined : blockOf(used);
    });
  }

  /**
   * Sheets rendered from layouts (汇总, 通报), replacing the sheets of those names the add-in wrote before
   * (recognised by their first cell) and no other: two syncs, and the print setup in a third.
   */
  async writeSheets(layouts: readonly SheetLayout[], options: { activate?: boolean } = {}): Promise<void> {
    this.requireCore();
    return runExcel(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = layouts.map((l) => {
        const sheet = sheets.getItemOrNullObject(l.name);
        const first = sheet.getRange('A1');
        first.load('values');
        return { layout: l, sheet, first };
      });
      await context.sync();
      for (const e of existing)
        if (!e.sheet.isNullObject) {
          if (!isOwnSheet(e.layout, e.first.values[0]?.[0]))
            throw new PlanError('excel.sheetTaken', { sheet: e.layout.name });
        }
      for (const e of existing) if (!e.sheet.isNullObject) e.sheet.delete();
      context.application.suspendApiCalculationUntilNextSync();
      const added = layouts.map((l) => {
        const sheet = sheets.add(l.name);
        this.markOwnWrite(l.name, [queueLayout(sheet, l)]);
        for (const chart of l.charts ?? []) queueChart(sheet, chart);
        return { sheet, layout: l };
      });
      if (options.activate !== false) added[0]?.sheet.activate();
      await context.sync();
      if (this.can.pageLayout) {
        for (const a of added) queuePrintSetup(a.sheet, a.layout);
        await context.sync().catch(() => undefined);
      }
    });
  }

  /** Selects a cell for the planner (an issue's “go to”): one sync. */
  /**
   * The table at the selection, for 从现有表格识别: the selected range, or the sheet's used range when one
   * cell is selected; its merged areas where Excel can say (ExcelApi 1.13). Two syncs; a range larger than
   * a table could be is refused before its values are read.
   */
  async readSelection(): Promise<SelectedTable | undefined> {
    return runExcel(async (context) => {
      const selected = context.workbook.getSelectedRange();
      selected.load('address,rowCount,columnCount');
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load('name');
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('address,rowCount,columnCount');
      await context.sync();
      const one = selected.rowCount * selected.columnCount === 1;
      if (one && used.isNullObject) return undefined;
      const range = one ? used : selected;
      if (range.rowCount > SELECTION_ROWS || range.columnCount > SELECTION_COLUMNS)
        throw new PlanError('pane.recognise.selectionTooLarge', {
          range: `${sheet.name}!${rangeA1OfAddress(range.address)}`,
          rows: range.rowCount,
          columns: range.columnCount,
          maxRows: SELECTION_ROWS,
          maxColumns: SELECTION_COLUMNS,
        });
      range.load('values');
      const merged = this.can.mergedAreas ? range.getMergedAreasOrNullObject() : undefined;
      merged?.load('address');
      await context.sync();
      const origin = rangeBounds(range.address);
      const at = { row: origin.top - 1, col: origin.left - 1 };
      return {
        name: sheet.name,
        cells: range.values.map((row) => row.map((v) => (v === '' || v === null ? null : (v as CellValue)))),
        origin: at,
        merges:
          merged === undefined
            ? undefined
            : merged.isNullObject
              ? []
              : merged.address.split(',').map((a) => mergedRangeOf(a.trim(), at)),
      };
    });
  }

  async select(sheet: string, cell: string): Promise<void> {
    return runExcel(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  private changeHandler?: (change: SheetChange) => void;
  private watched = new Map<string, OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>>();

  private relay = async (event: Excel.WorksheetChangedEventArgs) => {
    const sheet = this.sheetNames.get(event.worksheetId);
    const own = this.isOwn(sheet, event.address, (event as { triggerSource?: string }).triggerSource);
    this.changeHandler?.({
      sheetId: event.worksheetId,
      sheet,
      address: event.address,
      own,
      changeType: event.changeType,
    });
  };

  /**
   * Listens for edits in any sheet; returns the function that stops listening. ExcelApi 1.9 has one event
   * for the whole workbook; Excel 2019 (1.8) has each sheet's (1.7), so every sheet is listened to, and
   * the sheets the add-in adds later too (`watchNewSheets`).
   */
  async onChanged(handler: (change: SheetChange) => void): Promise<() => Promise<void>> {
    this.changeHandler = handler;
    if (!this.can.collectionEvents) {
      await this.watchNewSheets();
      return async () => {
        const subscriptions = [...this.watched.values()];
        this.watched.clear();
        if (subscriptions.length === 0) return;
        await Excel.run(subscriptions[0].context, async (ctx) => {
          for (const s of subscriptions) s.remove();
          await ctx.sync();
        });
      };
    }
    return runExcel(async (context) => {
      const subscription = context.workbook.worksheets.onChanged.add(this.relay);
      await context.sync();
      return async () => {
        await Excel.run(subscription.context, async (ctx) => {
          subscription.remove();
          await ctx.sync();
        });
      };
    });
  }

  /** Before ExcelApi 1.9: listens to each sheet not yet listened to (two syncs; none when all are). */
  async watchNewSheets(): Promise<void> {
    if (this.can.collectionEvents || !this.changeHandler) return;
    return runExcel(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/id,items/name');
      await context.sync();
      const fresh = sheets.items.filter((s) => !this.watched.has(s.id));
      if (fresh.length === 0) return;
      for (const s of sheets.items) this.sheetNames.set(s.id, s.name);
      for (const s of fresh) this.watched.set(s.id, sheets.getItem(s.id).onChanged.add(this.relay));
      await context.sync();
    });
  }
}
