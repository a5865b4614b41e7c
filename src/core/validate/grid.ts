import type { CellValue, Plan } from '../plan';
import type { PlanGrid } from './types';

/** The plan's own values as a grid: no formulas, nothing outside the units' cells. */
export const planGrid = (plan: Plan): PlanGrid => ({
  value: (i, j) => plan.values[i][j],
  formula: () => undefined,
  unitName: (i) => plan.units[i].name,
});

/** A sheet's cells read through the plan's placement. */
export const sheetGrid = (
  plan: Plan,
  cell: (row: number, col: number) => { value: CellValue; formula?: string },
): PlanGrid => {
  const p = plan.placement;
  if (!p) return planGrid(plan);
  return {
    value: (i, j) => cell(p.unitRows[i], p.columns[j]).value,
    formula: (i, j) => cell(p.unitRows[i], p.columns[j]).formula,
    unitName: (i) => cell(p.unitRows[i], p.unitColumn).value,
    totalFormula: p.totalRow === undefined ? undefined : (j) => cell(p.totalRow!, p.columns[j]).formula,
    differenceFormula:
      p.differenceRow === undefined ? undefined : (j) => cell(p.differenceRow!, p.columns[j]).formula,
  };
};
