/**
 * 导出任务书: the files that go out to the units, made the same way for `fenjie taskbooks` and the pane's
 * 导出各单位工作簿 — one workbook per unit (its 任务书, 完成情况 and the signed record) and all of them in one
 * for printing; for a task table, one per responsible department. Bytes out: the command line writes them
 * to a folder, the pane zips them for download.
 */
import {
  PlanError,
  countiesOf,
  departmentsOf,
  distinctFileNames,
  targetColumns,
  type Adjustment,
  type Plan,
  type SheetLayout,
} from '../core';
import { fill, type Messages } from '../locales';
import { WorkbookStamp, portable, type Compressor } from '../xlsx/fast';
import { taskbookSheetName, unitWorkbookLayouts } from '../xlsx/unitLayouts';

export interface TaskbookFile {
  name: string;
  bytes: Uint8Array;
}

export interface TaskbookFilesOptions {
  m: Messages;
  /** The year the 完成情况 reports on (ignored for a task table). */
  year: number;
  /** The chosen units' ids, in any order; all of them when not given. */
  units?: readonly string[];
  /** A re-issue of changed targets: each 任务书 titled 调整, and only for the units it names. */
  adjustment?: Adjustment;
  compressor?: Compressor;
  /** Before each unit's (or department's) file is made: for a progress line. */
  onUnit?: (name: string) => void;
  /** After each file is made: the command line writes it at once. */
  onFile?: (file: TaskbookFile, unit: string) => void;
}

/** A task table (no figure targets) goes to departments; any other plan to its units. */
export const isTaskTable = (plan: Plan): boolean => targetColumns(plan).length === 0;

/** The units an export covers: the chosen ones, or for a 调整 those it changed or added, in the plan's order. */
export const exportedUnits = (plan: Plan, o: Pick<TaskbookFilesOptions, 'units' | 'adjustment'>): number[] =>
  plan.units.flatMap((u, i) => {
    if (o.units && !o.units.includes(u.id)) return [];
    const a = o.adjustment;
    if (a && !a.added.includes(u.name) && !a.changes.some((c) => c.unitId === u.id)) return [];
    return [i];
  });

/** The files' names, known before any is made: the command line refuses to overwrite before issuing. */
export const taskbookFileNames = (
  plan: Plan,
  o: Pick<TaskbookFilesOptions, 'm' | 'units' | 'adjustment'> & {
    /** The version the files will carry, when the plan is not issued yet. */
    version?: number;
  },
): { files: string[]; all: string } => {
  const m = o.m.cli;
  if (isTaskTable(plan)) {
    const departments = departmentsOf(plan, countiesOf(plan));
    return {
      files: distinctFileNames(
        departments.map((d) => d.name),
        (k) => String(k + 1),
      ).map((unit) => fill(m.taskbookFile, { unit })),
      all: m.allTaskbooksFile,
    };
  }
  const units = exportedUnits(plan, o);
  const version = o.version ?? plan.version;
  // Names that clean to one file name (A/B, A_B, A:B) get distinct ones: no 任务书 overwrites another.
  const names = distinctFileNames(
    units.map((i) => plan.units[i].name),
    (k) => String(units[k] + 1),
  );
  return {
    files: names.map((unit) =>
      fill(o.adjustment ? m.adjustedTaskbookFile : m.taskbookFile, { unit, version }),
    ),
    all: fill(o.adjustment ? m.allAdjustedFile : m.allTaskbooksFile, { version }),
  };
};

/** Every file of the export, in the plan's order, and the workbook of all of them. */
export const taskbookFiles = async (
  plan: Plan,
  o: TaskbookFilesOptions,
): Promise<{ files: TaskbookFile[]; all: TaskbookFile }> => {
  const names = taskbookFileNames(plan, o);
  if (isTaskTable(plan)) return departmentFiles(plan, names, o);
  const labels = { taskbook: o.m.taskbook, report: o.m.report };
  // Every unit's workbook has the same shape: the shared parts are written once, only each unit's sheets anew.
  const stamp = new WorkbookStamp(o.compressor ?? portable);
  const taken: string[] = [];
  const sheets: SheetLayout[] = [];
  const files = exportedUnits(plan, o).map((i, k) => {
    o.onUnit?.(plan.units[i].name);
    const layouts = unitWorkbookLayouts(plan, i, o.year, labels, o.adjustment);
    // Each unit's 任务书 sheet again in 全部任务书.xlsx: the same sheet, written and compressed once.
    const name = taskbookSheetName(plan, i, taken);
    taken.push(name);
    const file = { name: names.files[k], bytes: stamp.write(layouts) };
    sheets.push(stamp.renamed(layouts[0], name));
    o.onFile?.(file, plan.units[i].name);
    return file;
  });
  return { files, all: { name: names.all, bytes: stamp.write(sheets) } };
};

/** A task table: one 任务书 per responsible department (“各县市区人民政府” per county), and all in one. */
const departmentFiles = async (
  plan: Plan,
  names: { files: string[]; all: string },
  o: TaskbookFilesOptions,
): Promise<{ files: TaskbookFile[]; all: TaskbookFile }> => {
  const departments = departmentsOf(plan, countiesOf(plan));
  if (departments.length === 0)
    throw new PlanError('taskbook.nothingAssigned', { sheet: plan.placement?.sheet ?? '' });
  const { allDepartmentsWorkbook, departmentTaskbookWorkbook } = await import('../xlsx/taskbooks');
  const { workbookBytes: bytesOf } = await import('../xlsx/planWorkbook');
  const files: TaskbookFile[] = [];
  for (const [k, department] of departments.entries()) {
    o.onUnit?.(department.name);
    const file = {
      name: names.files[k],
      bytes: await bytesOf(departmentTaskbookWorkbook(plan, department, k, o.m.taskbook)),
    };
    o.onFile?.(file, department.name);
    files.push(file);
  }
  const all = await bytesOf(allDepartmentsWorkbook(plan, departments, o.m.taskbook));
  return { files, all: { name: names.all, bytes: all } };
};
