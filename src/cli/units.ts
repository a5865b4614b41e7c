import {
  PlanError,
  addUnits,
  columnTitle,
  locateError,
  locateTable,
  removeUnits,
  renameUnit,
  type Plan,
} from '../core';
import { fill } from '../locales';
import {
  locatePlans,
  sheetCells,
  workbookToBuffer,
  writeAdjustmentSheet,
  writeUnits,
  type PlanOnSheet,
} from '../xlsx';
import { sayAdjustment, withAdjustment } from './adjust';
import type { CliContext } from './context';
import { readWorkbook, writeFileSafely } from './files';
import type ExcelJS from 'exceljs';

/** The plan a units command means: the one whose sheet shows the names (or the only one). */
const pick = (
  found: PlanOnSheet[],
  names: readonly string[],
  fits: (f: PlanOnSheet, name: string) => boolean,
) => {
  const index = found.findIndex((f) => names.length === 0 || names.every((n) => fits(f, n)));
  if (index < 0) throw new PlanError('units.notFound', { units: names.join('、') });
  return index;
};

/** Matches the changed plan to its sheet again; what still does not match refuses the write. */
const checked = (workbook: ExcelJS.Workbook, plan: Plan): Plan => {
  const found = locateTable(plan, sheetCells(workbook.getWorksheet(plan.placement!.sheet)!));
  if (found.problems.length > 0) throw locateError(found.problems);
  return { ...plan, placement: found.placement };
};

const save = async (
  ctx: CliContext,
  path: string,
  workbook: ExcelJS.Workbook,
  found: PlanOnSheet[],
  index: number,
  plan: Plan,
  names: { row: number; col: number; value: string }[] = [],
) => {
  const plans = withAdjustment(
    found.map((f, k) => (k === index ? plan : f.plan)),
    index,
  );
  writeUnits(workbook, plans, index, names);
  writeAdjustmentSheet(workbook, plans, ctx.m.adjust);
  writeFileSafely(path, await workbookToBuffer(workbook), { force: ctx.force });
  ctx.out(fill(ctx.m.spreadWords.written, { path }));
  sayAdjustment(ctx, found[index].plan, plans[index]);
};

/** `fenjie units add plan.xlsx [名称…]`: rows inserted inside the table become units of the plan. */
export const addUnitsCommand = async (ctx: CliContext, path: string, names: string[]): Promise<number> => {
  const workbook = await readWorkbook(path);
  const found = locatePlans(workbook, path);
  const index = pick(found, names, (f, n) => f.newRows.some((r) => r.name === n.trim()));
  const { plan, newRows } = found[index];
  // Without names: every new row that has one (a nameless row cannot become a unit).
  const rows = newRows.filter((r) =>
    names.length === 0 ? r.name !== '' : names.some((n) => n.trim() === r.name),
  );
  if (rows.length === 0) throw new PlanError('units.nothingToAdd', { sheet: plan.placement!.sheet });
  const sheet = workbook.getWorksheet(plan.placement!.sheet)!;
  const cells = sheetCells(sheet);
  const next = checked(
    workbook,
    addUnits(
      plan,
      rows.map((r) => ({ ...r, values: plan.placement!.columns.map((c) => cells.value(r.row, c)) })),
    ),
  );
  for (const r of rows)
    ctx.out(fill(ctx.m.unitsWords.added, { unit: r.name, row: r.row, sheet: sheet.name }));
  await save(ctx, path, workbook, found, index, next);
  return 0;
};

/** `fenjie units remove plan.xlsx 名称…`: units whose rows the planner deleted leave the plan. */
export const removeUnitsCommand = async (ctx: CliContext, path: string, names: string[]): Promise<number> => {
  const workbook = await readWorkbook(path);
  const found = locatePlans(workbook, path);
  const index = pick(found, names, (f, n) => f.plan.units.some((u) => u.name === n.trim()));
  const { plan, problems } = found[index];
  for (const name of names) {
    const missing = problems.some((p) => p.code === 'locate.unitMissing' && p.params.unit === name.trim());
    if (!missing) {
      const i = plan.units.findIndex((u) => u.name === name.trim());
      throw new PlanError('units.stillOnSheet', {
        unit: name,
        sheet: plan.placement!.sheet,
        row: plan.placement!.unitRows[i],
      });
    }
  }
  const { plan: next, removed } = removeUnits(plan, names);
  const placed = checked(workbook, next);
  for (const r of removed)
    ctx.out(
      fill(ctx.m.unitsWords.removed, {
        unit: r.unit.name,
        figures: r.values
          .map((v, j) => `${columnTitle(plan, plan.columns[j])} ${v ?? '—'}`)
          .join(ctx.locale === 'zh-CN' ? '，' : ', '),
      }),
    );
  await save(ctx, path, workbook, found, index, placed);
  return 0;
};

/** `fenjie units rename plan.xlsx 旧名 新名`: the plan and the sheet both say the new name. */
export const renameUnitCommand = async (
  ctx: CliContext,
  path: string,
  from: string,
  to: string,
): Promise<number> => {
  const workbook = await readWorkbook(path);
  const found = locatePlans(workbook, path);
  const index = pick(found, [from], (f, n) => f.plan.units.some((u) => u.name === n.trim()));
  const { plan, problems } = found[index];
  const renamed = renameUnit(plan, from, to);
  // Renamed in the plan only (the sheet still says the old name): write the new one into its cell.
  const stillOld = !problems.some((p) => p.code === 'locate.unitMissing' && p.params.unit === from.trim());
  const i = plan.units.findIndex((u) => u.name === from.trim());
  const names = stillOld
    ? [{ row: plan.placement!.unitRows[i], col: plan.placement!.unitColumn, value: to.trim() }]
    : [];
  if (stillOld)
    workbook.getWorksheet(plan.placement!.sheet)!.getCell(names[0].row, names[0].col).value = to.trim();
  const next = checked(workbook, renamed);
  ctx.out(fill(ctx.m.unitsWords.renamed, { from, to }));
  await save(ctx, path, workbook, found, index, next, names);
  return 0;
};
