import ExcelJS from 'exceljs';
import {
  departmentContent,
  taskbookLayout,
  uniqueSheetName,
  type Adjustment,
  type Department,
  type FigureSource,
  type Plan,
  type ReportLabels,
  type TaskbookLabels,
  taskbookWording,
  sameText,
} from '../core';
import { renderLayout } from './renderLayout';
import { taskbookSheetLayout, unitWorkbookLayouts } from './unitLayouts';

const fresh = (): ExcelJS.Workbook => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '目标分解';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  workbook.calcProperties.fullCalcOnLoad = true;
  return workbook;
};

/** Adds a unit's 任务书 sheet to a workbook, named after the unit (unique, within Excel's rules). */
export const addTaskbookSheet = (
  workbook: ExcelJS.Workbook,
  plan: Plan,
  unit: number,
  labels: TaskbookLabels,
  figures: FigureSource = { kind: 'values' },
  adjustment?: Adjustment,
): ExcelJS.Worksheet =>
  renderLayout(
    workbook,
    taskbookSheetLayout(
      plan,
      unit,
      labels,
      workbook.worksheets.map((s) => s.name),
      figures,
      adjustment,
    ),
  );

/**
 * One unit's workbook to send out: its 任务书 with values (no links to other files), a 完成情况 sheet for
 * the unit to fill in each month, and, veryHidden, what the collect step checks it against.
 */
export const unitTaskbookWorkbook = (
  plan: Plan,
  unit: number,
  year: number,
  labels: { taskbook: TaskbookLabels; report: ReportLabels },
  adjustment?: Adjustment,
): ExcelJS.Workbook => {
  const workbook = fresh();
  for (const layout of unitWorkbookLayouts(plan, unit, year, labels, adjustment))
    renderLayout(workbook, layout);
  return workbook;
};

/** Every unit's 任务书 in one workbook, in the plan's order, for printing in one go. */
export const allTaskbooksWorkbook = (
  plan: Plan,
  labels: TaskbookLabels,
  units: readonly number[] = plan.units.map((_, i) => i),
  adjustment?: Adjustment,
): ExcelJS.Workbook => {
  const workbook = fresh();
  units.forEach((i) => addTaskbookSheet(workbook, plan, i, labels, undefined, adjustment));
  return workbook;
};

/** A department's 任务书 of a task table: its tasks by section, its role, the deadlines. */
export const departmentTaskbookWorkbook = (
  plan: Plan,
  department: Department,
  index: number,
  labels: TaskbookLabels,
): ExcelJS.Workbook => {
  const workbook = fresh();
  addDepartmentSheet(workbook, plan, department, index, labels);
  return workbook;
};

export const addDepartmentSheet = (
  workbook: ExcelJS.Workbook,
  plan: Plan,
  department: Department,
  index: number,
  labels: TaskbookLabels,
): ExcelJS.Worksheet => {
  const name = uniqueSheetName(
    department.name.replace(/[[\]:*?/\\]/g, '').slice(0, 31) || String(index + 1),
    workbook.worksheets.map((s) => s.name),
  );
  const content = departmentContent(plan, department, index, taskbookWording(plan));
  return renderLayout(workbook, taskbookLayout(plan, content, labels, name, { kind: 'values' }));
};

/** Every department's 任务书 in one workbook, for printing in one go. */
export const allDepartmentsWorkbook = (
  plan: Plan,
  departments: readonly Department[],
  labels: TaskbookLabels,
) => {
  const workbook = fresh();
  departments.forEach((d, k) => addDepartmentSheet(workbook, plan, d, k, labels));
  return workbook;
};

/** What placing 任务书 sheets in a plan's workbook did. */
export interface PlacedTaskbooks {
  plan: Plan;
  written: { unit: string; sheet: string }[];
  /** Sheets of units no longer in the plan: kept until the planner says to remove them. */
  stale: string[];
}

/**
 * The 任务书 sheets in the plan's own workbook, their figures formulas on the plan sheet so a later edit
 * or spread flows into them. A rerun replaces the sheets it made (found through the plan's metadata and
 * checked by their title) and touches no other sheet; a unit's sheet whose unit left the plan stays
 * unless `removeStale`.
 */
export const placeTaskbookSheets = (
  workbook: ExcelJS.Workbook,
  plan: Plan,
  labels: TaskbookLabels,
  options: { units?: readonly string[]; removeStale?: boolean } = {},
): PlacedTaskbooks => {
  const wording = taskbookWording(plan);
  const ours = (entry: { sheet: string; id?: string }) => {
    const byId =
      entry.id === undefined ? undefined : workbook.worksheets.find((s) => String(s.id) === entry.id);
    const sheet = byId?.name === entry.sheet ? byId : workbook.getWorksheet(entry.sheet);
    return sheet && sameText(sheet.getCell(2, 1).value, wording.title) ? sheet : undefined;
  };
  const chosen = plan.units
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => !options.units || options.units.includes(u.name) || options.units.includes(u.id));
  const kept: NonNullable<Plan['taskbookSheets']> = [];
  const stale: string[] = [];
  for (const entry of plan.taskbookSheets ?? []) {
    const sheet = ours(entry);
    const inPlan = plan.units.some((u) => u.id === entry.unit);
    const redo = chosen.some(({ u }) => u.id === entry.unit);
    if (!sheet) continue;
    if (redo || (!inPlan && options.removeStale)) workbook.removeWorksheet(sheet.id);
    else {
      kept.push(entry);
      if (!inPlan) stale.push(sheet.name);
    }
  }
  const written = chosen.map(({ u, i }) => {
    const sheet = addTaskbookSheet(workbook, plan, i, labels, {
      kind: 'formulas',
      planSheet: plan.placement!.sheet,
    });
    kept.push({ unit: u.id, sheet: sheet.name, id: String(sheet.id) });
    return { unit: u.name, sheet: sheet.name };
  });
  const order = new Map(plan.units.map((u, k) => [u.id, k]));
  kept.sort((a, b) => (order.get(a.unit) ?? 1e9) - (order.get(b.unit) ?? 1e9));
  // The 任务书 sheets right after the plan sheet, in the plan's order; every other sheet keeps its place.
  const planSheet = workbook.getWorksheet(plan.placement!.sheet);
  const ourNames = new Set(kept.map((k) => k.sheet));
  const others = workbook.worksheets.filter((s) => !ourNames.has(s.name));
  const sequence = others.flatMap((s) =>
    s === planSheet ? [s, ...kept.map((k) => workbook.getWorksheet(k.sheet)!)] : [s],
  );
  sequence.forEach((s, k) => ((s as unknown as { orderNo: number }).orderNo = k));
  return { plan: { ...plan, taskbookSheets: kept }, written, stale };
};
