import { rangeA1 } from './a1';
import { PlanError } from './errors';
import { isSummed, type CellValue, type Plan, type Unit } from './plan';
import { checkUnitName } from './unitName';

/** A row the planner inserted inside the table, to become a unit: where it is, its name, its figures. */
export interface NewUnitRow {
  row: number;
  name: string;
  values: CellValue[];
}

const nextIds = (plan: Plan, count: number): string[] => {
  const taken = new Set(plan.units.map((u) => u.id));
  const ids: string[] = [];
  for (let k = 1; ids.length < count; k++) {
    const id = `u${String(k).padStart(2, '0')}`;
    if (!taken.has(id)) ids.push(id);
  }
  return ids;
};

const checkName = (plan: Plan, name: string): void => {
  if (name.trim() === '') throw new PlanError('units.noName');
  // A task table (no target figures) names its rows by the task's full text.
  checkUnitName(name, { task: !plan.columns.some((c) => c.kind === 'figure' && c.role === 'target') });
  if (plan.units.some((u) => u.name === name.trim()))
    throw new PlanError('units.exists', { unit: name.trim() });
};

/**
 * Takes rows the planner inserted inside the table into the plan. Each new unit goes after the unit
 * whose row is nearest above it, so the plan keeps the source's order for the others. Needs a placed plan.
 */
export const addUnits = (plan: Plan, rows: readonly NewUnitRow[]): Plan => {
  const p = plan.placement!;
  rows.forEach((r) => checkName(plan, r.name));
  const names = rows.map((r) => r.name.trim());
  if (new Set(names).size < names.length)
    throw new PlanError('units.exists', { unit: names.find((n, k) => names.indexOf(n) !== k)! });
  const ids = nextIds(plan, rows.length);
  const kind = plan.units[0]?.kind ?? 'district';
  let entries = plan.units.map((unit, i) => ({ unit, values: plan.values[i], row: p.unitRows[i] }));
  rows.forEach((r, k) => {
    const unit: Unit = { id: ids[k], name: names[k], kind };
    const above = entries.filter((e) => e.row < r.row).sort((a, b) => b.row - a.row)[0];
    const at = above ? entries.indexOf(above) + 1 : 0;
    entries = [...entries.slice(0, at), { unit, values: r.values, row: r.row }, ...entries.slice(at)];
  });
  return {
    ...plan,
    units: entries.map((e) => e.unit),
    values: entries.map((e) => [...e.values]),
    placement: { ...p, unitRows: entries.map((e) => e.row) },
    // The snapshot holds the old units' figures only: it cannot restore the new shape.
    undo: undefined,
  };
};

/** Drops units from the plan (their rows already deleted from the sheet); their figures are returned. */
export const removeUnits = (
  plan: Plan,
  names: readonly string[],
): { plan: Plan; removed: { unit: Unit; values: CellValue[] }[] } => {
  const gone = names.map((name) => {
    const i = plan.units.findIndex((u) => u.name === name.trim() || u.id === name.trim());
    if (i < 0) throw new PlanError('spread.unknownUnit', { unit: name });
    return i;
  });
  const keep = plan.units.map((_, i) => i).filter((i) => !gone.includes(i));
  const ids = new Set(gone.map((i) => plan.units[i].id));
  const p = plan.placement;
  return {
    plan: {
      ...plan,
      units: keep.map((i) => plan.units[i]),
      values: keep.map((i) => plan.values[i]),
      locks: plan.locks.filter((l) => !ids.has(l.unit)),
      ...(p ? { placement: { ...p, unitRows: keep.map((i) => p.unitRows[i]) } } : {}),
      undo: undefined,
    },
    removed: gone.map((i) => ({ unit: plan.units[i], values: plan.values[i] })),
  };
};

/** A unit's new name, checked against the others. */
export const renameUnit = (plan: Plan, from: string, to: string): Plan => {
  const i = plan.units.findIndex((u) => u.name === from.trim() || u.id === from.trim());
  if (i < 0) throw new PlanError('spread.unknownUnit', { unit: from });
  checkName(plan, to);
  return { ...plan, units: plan.units.map((u, k) => (k === i ? { ...u, name: to.trim() } : u)) };
};

/** The 合计 formulas of a placed plan: each summed column over the rows its units are on now. */
export const totalFormulas = (plan: Plan): { row: number; col: number; formula: string }[] => {
  const p = plan.placement;
  if (!p || p.totalRow === undefined || p.unitRows.length === 0) return [];
  const top = Math.min(...p.unitRows);
  const bottom = Math.max(...p.unitRows);
  return plan.columns.flatMap((column, j) =>
    isSummed(plan, column)
      ? [
          {
            row: p.totalRow!,
            col: p.columns[j],
            formula: `SUM(${rangeA1(top, p.columns[j], bottom, p.columns[j])})`,
          },
        ]
      : [],
  );
};

/** The 序号 of each unit row in the column before the names, 1… down the sheet. */
export const serialNumbers = (plan: Plan): { row: number; col: number; value: number }[] => {
  const p = plan.placement;
  if (!p || p.unitColumn < 2) return [];
  return [...p.unitRows]
    .sort((a, b) => a - b)
    .map((row, k) => ({ row, col: p.unitColumn - 1, value: k + 1 }));
};
