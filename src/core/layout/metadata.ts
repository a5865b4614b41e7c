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

/** A record kept in the metadata sheet: its schema, a label (the sheet it describes), its JSON. */
export interface MetadataRecord {
  schema: string;
  label: string | null;
  json: string;
}

export const recordsSheetLayout = (records: readonly MetadataRecord[]): SheetLayout => {
  const layout = emptyLayout(METADATA_SHEET, 'veryHidden');
  records.forEach((record, k) => {
    const col = k + 1;
    const chunks: string[] = [];
    for (let at = 0; at < record.json.length; at += CHUNK) chunks.push(record.json.slice(at, at + CHUNK));
    layout.cells.push(
      { row: 1, col, value: record.schema },
      { row: 2, col, value: record.label },
      { row: 3, col, value: chunks.length },
      ...chunks.map((value, i) => ({ row: 4 + i, col, value })),
    );
  });
  return layout;
};

export const metadataSheetLayout = (plans: readonly Plan[]): SheetLayout =>
  recordsSheetLayout(
    plans.map((plan) => ({
      schema: PLAN_SCHEMA,
      label: plan.placement?.sheet ?? null,
      json: JSON.stringify(plan),
    })),
  );

/** The JSON texts of the records of one schema in a metadata sheet's grid (rows of cells, as read back). */
export const recordsFromMetadata = (grid: readonly (readonly unknown[])[], schema: string): string[] => {
  const texts: string[] = [];
  // Each record's schema stands in the first row: its columns are the only ones to look at.
  const width = grid[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    if (grid[0]?.[c] !== schema) continue;
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
    texts.push(json);
  }
  return texts;
};

/** The plans stored in a metadata sheet's grid (rows of cells, as read back by an adapter). */
export const plansFromMetadata = (grid: readonly (readonly unknown[])[]): Plan[] =>
  recordsFromMetadata(grid, PLAN_SCHEMA).map(parsePlanJson);
