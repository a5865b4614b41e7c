import {
  PlanError,
  withSettings,
  type PlanSettings,
  adjustmentSheet,
  addUnits,
  hasAdjustments,
  issueVersion,
  recordAdjustment,
  createValidator,
  removeUnits,
  locateError,
  mismatchIssues,
  renameUnit,
  restoreSnapshot,
  sheetGrid,
  spread,
  type Change,
  type AdjustmentLabels,
  type Edit,
  type Issue,
  type Plan,
  type SpreadRequest,
  type SheetCells,
  type SheetLayout,
  type SpreadResult,
  type TaskbookLabels,
  type Validator,
} from '../core';
import { rangeBounds } from './cellBlock';
import {
  sessionFrom,
  type PlanSession,
  type SelectedTable,
  type SheetChange,
  type WorkbookHost,
} from './workbookHost';

/** A validator for a session: its figures' issues, or, when the table no longer matches, the mismatches. */
const validatorFor = (session: PlanSession): Validator => {
  if (session.problems.length > 0) {
    const issues = mismatchIssues(session.plan, session.problems);
    return { issues: () => issues, update: () => issues };
  }
  return createValidator(session.plan, sheetGrid(session.plan, session.block.cell));
};

const samePlace = (a: Plan, b: Plan) => JSON.stringify(a.placement) === JSON.stringify(b.placement);

/**
 * The open workbook's plans with live validation: what the pane holds between Excel's events.
 * Each call costs a constant number of syncs, whatever the number of units.
 */
export class WorkbookSession {
  private sessions: PlanSession[] = [];
  private validators: Validator[] = [];

  /** The words of the 调整记录 sheet, in the pane's language; without them the sheet is not written. */
  adjustmentWords?: AdjustmentLabels;

  constructor(private readonly host: WorkbookHost) {}

  get plans(): Plan[] {
    return this.sessions.map((s) => s.plan);
  }

  /** Finds the plan sheets and validates them: two syncs. */
  async load(): Promise<Issue[]> {
    this.sessions = await this.host.loadPlans();
    this.validators = this.sessions.map(validatorFor);
    return this.issues();
  }

  issues(): Issue[] {
    return this.validators.flatMap((v) => v.issues());
  }

  /** Inserts a plan sheet and takes it into the session: four syncs (insert two, reload two). */
  async insert(plan: Plan): Promise<Issue[]> {
    await this.host.insertPlan(plan);
    await this.host.watchNewSheets();
    return this.load();
  }

  /**
   * An edit in Excel: re-read the changed range (a paste of many cells comes as one event without
   * per-cell details) and revalidate only what it touches: one sync. The add-in's own writes are skipped.
   */
  change(change: SheetChange): Promise<Issue[] | undefined> {
    // One after another, in the order reported: an edit read while a reload after inserted rows is still
    // on its way would patch the old cells and undo the reload.
    const next = this.changes.then(() => this.applyChange(change));
    this.changes = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  private changes: Promise<void> = Promise.resolve();

  private async applyChange(change: SheetChange): Promise<Issue[] | undefined> {
    if (change.own) return undefined;
    const k = this.sessions.findIndex((s) => s.sheetId === change.sheetId);
    if (k < 0) return undefined;
    const session = this.sessions[k];
    if (change.changeType !== undefined && change.changeType !== 'RangeEdited') {
      // Rows or columns inserted or deleted: every stored address below or right of them moved.
      this.replace(k, await this.host.reloadSheet(session));
      return this.issues();
    }
    const read = await this.host.readRange(change.sheetId, change.address);
    session.block.patch(read.top, read.left, read.values, read.formulas);
    // The edit may have renamed, sorted or moved units: match the sheet to the plan again.
    const found = sessionFrom(session.plan, session.block, session.sheetId);
    if (found.problems.length > 0 || session.problems.length > 0 || !samePlace(found.plan, session.plan)) {
      this.replace(k, found);
      return this.issues();
    }
    session.plan = found.plan;
    this.validators[k].update(editsIn(session.plan, change.address), session.plan);
    return this.issues();
  }

  private replace(k: number, session: PlanSession): void {
    this.sessions[k] = session;
    this.validators[k] = validatorFor(session);
  }

  /** Rows the planner inserted inside a table with names not in the plan: units to add. */
  newRows(planIndex: number): { row: number; name: string }[] {
    return this.sessions[planIndex]?.newRows ?? [];
  }

  /** The spread a planner is about to apply, computed from the figures the sheet holds now. */
  preview(planIndex: number, request: SpreadRequest): SpreadResult {
    const session = this.sessions[planIndex];
    if (!session) throw new PlanError('excel.noPlan');
    if (session.problems.length > 0) throw locateError(session.problems);
    return spread(session.plan, request);
  }

  /**
   * Before a write: the sheet read whole again and matched to the plan (one sync). A table that no
   * longer matches, or whose units moved since the preview, refuses the write instead of guessing.
   */
  private async verify(planIndex: number): Promise<PlanSession> {
    const session = this.sessions[planIndex];
    if (!session) throw new PlanError('excel.noPlan');
    const now = await this.host.reloadSheet(session);
    if (now.problems.length > 0 || !samePlace(now.plan, session.plan)) {
      this.replace(planIndex, now);
      throw now.problems.length > 0
        ? locateError(now.problems)
        : new PlanError('locate.movedSincePreview', { sheet: session.plan.placement!.sheet });
    }
    return now;
  }

  /** Writes a spread's figures, keeping its snapshot in the workbook: two syncs (verify, write). */
  async apply(planIndex: number, result: SpreadResult): Promise<Issue[]> {
    await this.verify(planIndex);
    await this.write(planIndex, result.plan, result.snapshot.columns);
    return this.issues();
  }

  /** 撤销上次分解: the snapshot the workbook keeps, written back exactly: two syncs (verify, write). */
  async undo(planIndex: number): Promise<Change[]> {
    if (!this.sessions[planIndex]?.plan.undo) throw new PlanError('spread.nothingToUndo');
    const session = await this.verify(planIndex);
    if (!session.plan.undo) throw new PlanError('spread.nothingToUndo');
    const { plan, changes } = restoreSnapshot(session.plan, session.plan.undo);
    await this.write(planIndex, { ...plan, undo: undefined }, session.plan.undo.columns);
    return changes;
  }

  /**
   * 加入计划: a row the planner inserted inside the table, with its name, becomes a unit with the
   * figures it holds; the 合计 covers it. Three syncs (verify, write, read back).
   */
  async addUnit(planIndex: number, name: string): Promise<Issue[]> {
    const session = await this.host.reloadSheet(this.sessions[planIndex]);
    const row = session.newRows.find((r) => r.name === name);
    if (!row) throw new PlanError('units.notFound', { units: name });
    const p = session.plan.placement!;
    const next = addUnits(session.plan, [
      { ...row, values: p.columns.map((c) => session.block.value(row.row, c)) },
    ]);
    return this.rewriteUnits(planIndex, session, next);
  }

  /** 从计划中移除: a unit whose row the planner deleted leaves the plan. Three syncs. */
  async removeUnit(planIndex: number, name: string): Promise<Issue[]> {
    const session = await this.host.reloadSheet(this.sessions[planIndex]);
    if (!session.problems.some((p) => p.code === 'locate.unitMissing' && p.params.unit === name)) {
      const i = session.plan.units.findIndex((u) => u.name === name);
      throw new PlanError('units.stillOnSheet', {
        unit: name,
        sheet: session.plan.placement!.sheet,
        row: session.plan.placement!.unitRows[i] ?? '',
      });
    }
    return this.rewriteUnits(planIndex, session, removeUnits(session.plan, [name]).plan);
  }

  /**
   * 改名: a new name the planner typed over a unit's own row becomes that unit's name, its figures and
   * history kept (as `fenjie units rename`). Refused unless the sheet still shows exactly that. Three syncs.
   */
  async renameUnit(planIndex: number, from: string, to: string): Promise<Issue[]> {
    const session = await this.host.reloadSheet(this.sessions[planIndex]);
    const pair = mismatchIssues(session.plan, session.problems).find(
      (i) => i.code === 'locate.renamed' && i.params.unit === from && i.params.name === to,
    );
    if (!pair) throw new PlanError('units.notFound', { units: to });
    return this.rewriteUnits(planIndex, session, renameUnit(session.plan, from, to));
  }

  /** 生成任务书: a 任务书 sheet per chosen unit, linked to the plan sheet; the session keeps the new metadata. */
  async taskbooks(
    planIndex: number,
    labels: TaskbookLabels,
    options: { units?: readonly string[]; removeStale?: boolean; onUnit?: (name: string) => void } = {},
  ): Promise<{ written: string[]; stale: string[] }> {
    const session = this.sessions[planIndex];
    if (!session) throw new PlanError('excel.noPlan');
    if (session.problems.length > 0) throw locateError(session.problems);
    const { plan, written, stale } = await this.host.writeTaskbooks(
      this.sessions,
      planIndex,
      labels,
      options,
    );
    session.plan = { ...session.plan, taskbookSheets: plan.taskbookSheets };
    return { written, stale };
  }

  /** The plan's settings (下达单位, 报送对象, 报送日) changed and kept in its metadata: one sync. */
  async updateSettings(planIndex: number, change: Partial<PlanSettings>): Promise<Plan> {
    const session = this.sessions[planIndex];
    if (!session) throw new PlanError('excel.noPlan');
    const next = withSettings(session.plan, change);
    await this.host.writeFigures(this.sessions, planIndex, next, []);
    session.plan = next;
    return next;
  }

  /** A sheet of the open workbook by its name (考核办法, 考核), read whole. */
  async readSheet(name: string): Promise<SheetCells | undefined> {
    return this.host.readSheet(name);
  }

  /** Whether the host has a selection to read a table from (Excel does; the workbench takes files). */
  get canReadSelection(): boolean {
    return this.host.readSelection !== undefined;
  }

  /** The table at the planner's selection, for 从现有表格识别. */
  async readSelection(): Promise<SelectedTable | undefined> {
    return this.host.readSelection?.();
  }

  /** 汇总 and 通报 (or any sheets the add-in renders from layouts) written into the open workbook. */
  async writeSheets(layouts: readonly SheetLayout[]): Promise<void> {
    await this.host.writeSheets(layouts);
  }

  /**
   * 下发: the plan keeps the targets its 任务书 hand out (a new version when they changed since the last
   * issue, its 调整记录 marked issued), before the unit workbooks are made from it: one sync, and the
   * 调整记录 sheet where there is one.
   */
  async issue(planIndex: number, at = new Date().toISOString()): Promise<{ plan: Plan; reissued: boolean }> {
    const session = this.sessions[planIndex];
    if (!session) throw new PlanError('excel.noPlan');
    if (session.problems.length > 0) throw locateError(session.problems);
    const issued = issueVersion(session.plan, at);
    if (JSON.stringify(issued.plan) !== JSON.stringify(session.plan)) {
      await this.host.writeFigures(this.sessions, planIndex, issued.plan, []);
      await this.writeAdjustments(planIndex, session.plan, issued.plan);
      session.plan = issued.plan;
    }
    return issued;
  }

  /** The 调整记录 sheet rewritten when a write changed a plan's adjustments. */
  private async writeAdjustments(planIndex: number, before: Plan, after: Plan): Promise<void> {
    if (!this.adjustmentWords) return;
    if (JSON.stringify(before.adjustments ?? []) === JSON.stringify(after.adjustments ?? [])) return;
    const plans = this.plans.map((p, k) => (k === planIndex ? after : p));
    if (hasAdjustments(plans) || hasAdjustments(this.plans))
      await this.host.writeSheets([adjustmentSheet(plans, this.adjustmentWords)], { activate: false });
  }

  private async rewriteUnits(planIndex: number, session: PlanSession, changed: Plan): Promise<Issue[]> {
    const next = recordAdjustment(changed, new Date().toISOString());
    const placed = sessionFrom(next, session.block, session.sheetId);
    if (placed.problems.length > 0) throw locateError(placed.problems);
    await this.host.writeUnits(this.sessions, planIndex, placed.plan);
    await this.writeAdjustments(planIndex, session.plan, placed.plan);
    this.replace(planIndex, await this.host.reloadSheet(placed));
    return this.issues();
  }

  private async write(planIndex: number, changed: Plan, columns: readonly string[]): Promise<void> {
    const next = recordAdjustment(changed, new Date().toISOString());
    await this.host.writeFigures(this.sessions, planIndex, next, columns);
    await this.writeAdjustments(planIndex, this.sessions[planIndex].plan, next);
    const session = this.sessions[planIndex];
    const p = next.placement!;
    const js = columns.map((id) => next.columns.findIndex((c) => c.id === id));
    next.units.forEach((_, i) =>
      js.forEach((j) => session.block.patch(p.unitRows[i], p.columns[j], [[next.values[i][j] ?? '']])),
    );
    if (p.controlRow !== undefined)
      for (const j of js)
        session.block.patch(p.controlRow, p.columns[j], [[next.controlTotals[next.columns[j].id] ?? '']]);
    session.plan = next;
    this.validators[planIndex].update(
      [
        ...next.units.flatMap((_, i) => js.map((j) => ({ unit: i, column: j }))),
        ...js.map((j) => ({ control: j })),
      ],
      next,
    );
  }
}

/** The validation edits an A1 range stands for on a plan sheet. */
export const editsIn = (plan: Plan, address: string): Edit[] => {
  const p = plan.placement;
  if (!p) return [];
  const b = rangeBounds(address);
  const edits: Edit[] = [];
  const colsIn = p.columns.map((c, j) => [c, j] as const).filter(([c]) => c >= b.left && c <= b.right);
  p.unitRows.forEach((row, i) => {
    if (row < b.top || row > b.bottom) return;
    for (const [, j] of colsIn) edits.push({ unit: i, column: j });
    if (p.unitColumn >= b.left && p.unitColumn <= b.right) edits.push({ unitName: i });
  });
  for (const row of [p.totalRow, p.controlRow, p.differenceRow])
    if (row !== undefined && row >= b.top && row <= b.bottom)
      for (const [, j] of colsIn) edits.push({ control: j });
  return edits;
};
