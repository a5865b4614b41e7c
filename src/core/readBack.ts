import { joinLines } from './layout/lineBreak';
import { takesControlTotal, type CellValue, type Plan } from './plan';

/** Reads one cell of the plan's sheet, as the host holds it. */
export type CellReader = (row: number, col: number) => CellValue;

/**
 * The plan with the figures the sheet now holds: the units' cells and the 下达目标 row, where the
 * planner may have typed. The metadata says where each sits; the sheet says what it holds.
 */
export const planWithSheetValues = (plan: Plan, read: CellReader): Plan => {
  const placement = plan.placement;
  if (!placement) return plan;
  const values = plan.units.map((_, i) =>
    plan.columns.map((column, j) => {
      const value = read(placement.unitRows[i], placement.columns[j]);
      // A text as the plan holds it: without the line breaks the sheet prints it with (责任单位 over three lines).
      return column.kind === 'text' && typeof value === 'string' ? joinLines(value) : value;
    }),
  );
  const controlTotals: Record<string, number> = {};
  plan.columns.forEach((column, j) => {
    if (placement.controlRow === undefined || !takesControlTotal(plan, column)) {
      if (plan.controlTotals[column.id] !== undefined)
        controlTotals[column.id] = plan.controlTotals[column.id];
      return;
    }
    const v = read(placement.controlRow, placement.columns[j]);
    if (typeof v === 'number') controlTotals[column.id] = v;
  });
  return { ...plan, values, controlTotals };
};
