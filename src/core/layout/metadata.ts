import { PlanError } from '../errors';
import { PLAN_SCHEMA, type Plan } from '../plan';
import { parsePlanJson } from '../planSchema';
import { emptyLayout, type SheetLayout } from './sheetLayout';

/**
 * The plans of a workbook travel in one veryHidden sheet: a column per plan, row 1 the schema,
 * row 2 the plan sheet's name, row 3 the number of chunks, then the JSON in chunks (a cell holds
 * at most 32,767 characters).
 */
export const METADATA_SHEET = '_fenjie';
const CHUNK = 30000;

export const metadataSheetLayout = (plans: readonly Plan[]): SheetLayout => {
  const layout = emptyLayout(METADATA_SHEET, 'veryHidden');
  plans.forEach((plan, k) => {
    const col = k + 1;
    const json = JSON.stringify(plan);
    const chunks: string[] = [];
    for (let at = 0; at < json.length; at += CHUNK) chunks.push(json.slice(at, at + CHUNK));
    layout.cells.push(
      { row: 1, col, value: PLAN_SCHEMA },
      { row: 2, col, value: plan.placement?.sheet ?? null },
      { row: 3, col, value: chunks.length },
      ...chunks.map((value, i) => ({ row: 4 + i, col, value })),
    );
  });
  return layout;
};

/** The plans stored in a metadata sheet's grid (rows of cells, as read back by an adapter). */
export const plansFromMetadata = (grid: readonly (readonly unknown[])[]): Plan[] => {
  const plans: Plan[] = [];
  const width = Math.max(0, ...grid.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    if (grid[0]?.[c] !== PLAN_SCHEMA) continue;
    const count = Number(grid[2]?.[c]);
    if (!Number.isInteger(count) || count < 1)
      throw new PlanError('metadata.damaged', { sheet: METADATA_SHEET, column: c + 1 });
    let json = '';
    for (let i = 0; i < count; i++) {
      const chunk = grid[3 + i]?.[c];
      if (typeof chunk !== 'string')
        throw new PlanError('metadata.damaged', { sheet: METADATA_SHEET, column: c + 1 });
      json += chunk;
    }
    plans.push(parsePlanJson(json));
  }
  return plans;
};
