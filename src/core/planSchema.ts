import { z } from 'zod';
import { PlanError } from './errors';
import { PLAN_SCHEMA, type Plan } from './plan';

// Excel cannot hold C0 control characters other than tab and line breaks in a cell.
const text = z.string().regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F]*$/, 'control characters');
const id = z.string().min(1).max(64);
const cellValue = z.union([z.number().finite(), text.max(32767), z.null()]);

const planSchema = z.object({
  schema: z.literal(PLAN_SCHEMA),
  planId: id,
  version: z.number().int().min(1),
  template: z.string(),
  title: text.min(1),
  issuer: text,
  period: text,
  source: z.object({ document: text, appendix: text, date: text, issuer: text.optional() }),
  unitHeader: text.min(1),
  totalLabel: text.min(1),
  units: z.array(
    z.object({
      id,
      name: text.min(1).max(1000),
      kind: z.enum(['district', 'county', 'city', 'zone', 'department', 'team', 'task']),
      section: text.optional(),
    }),
  ),
  indicators: z.array(
    z.object({
      id,
      name: text.min(1),
      measure: text,
      decimals: z.number().int().min(0).max(6),
      aggregate: z.enum(['sum', 'none']),
      department: text.optional(),
      rule: z
        .object({
          growth: z
            .object({
              from: z.string(),
              rate: z.number().finite().gt(-1),
              tolerance: z.number().min(0).max(1).optional(),
            })
            .optional(),
        })
        .optional(),
    }),
  ),
  columns: z.array(
    z.object({
      id,
      kind: z.enum(['figure', 'text', 'deadline']),
      label: text,
      indicator: id.optional(),
      period: z.string().optional(),
      role: z.enum(['base', 'actual', 'target']).optional(),
      decimals: z.number().int().min(0).max(6).optional(),
    }),
  ),
  values: z.array(z.array(cellValue)),
  controlTotals: z.record(z.string(), z.number().finite()),
  locks: z.array(z.object({ unit: id, column: id })),
  notes: z.array(text),
  placement: z
    .object({
      sheet: z.string().min(1).max(31),
      unitRows: z.array(z.number().int().min(1)),
      unitColumn: z.number().int().min(1),
      columns: z.array(z.number().int().min(1)),
      totalRow: z.number().int().min(1).optional(),
      controlRow: z.number().int().min(1).optional(),
      differenceRow: z.number().int().min(1).optional(),
    })
    .optional(),
  undo: z
    .object({
      columns: z.array(id),
      values: z.array(z.array(cellValue)),
      controlTotals: z.record(z.string(), z.number().finite().nullable()),
    })
    .optional(),
  issued: z.object({ at: z.string(), targetsHash: z.string() }).optional(),
});

const invalid = (path: string, problem: string): PlanError =>
  new PlanError('plan.invalid', { path, problem });

const duplicate = (items: readonly { id: string }[]): string | undefined => {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
};

/** The invariants zod cannot say: ids unique, references real, the grid the size of the plan. */
const checkReferences = (plan: Plan): void => {
  for (const [what, items] of [
    ['units', plan.units],
    ['indicators', plan.indicators],
    ['columns', plan.columns],
  ] as const) {
    const dup = duplicate(items);
    if (dup !== undefined) throw invalid(what, `duplicate id ${dup}`);
  }
  const indicatorIds = new Set(plan.indicators.map((i) => i.id));
  const columnIds = new Set(plan.columns.map((c) => c.id));
  const unitIds = new Set(plan.units.map((u) => u.id));
  plan.columns.forEach((c, j) => {
    if (c.kind === 'figure' && (c.indicator === undefined || !indicatorIds.has(c.indicator)))
      throw invalid(`columns.${j}.indicator`, `figure column ${c.id} names no known indicator`);
  });
  if (plan.values.length !== plan.units.length)
    throw invalid('values', `${plan.values.length} rows for ${plan.units.length} units`);
  plan.values.forEach((row, i) => {
    if (row.length !== plan.columns.length)
      throw invalid(`values.${i}`, `${row.length} cells for ${plan.columns.length} columns`);
  });
  for (const key of Object.keys(plan.controlTotals))
    if (!columnIds.has(key)) throw invalid(`controlTotals.${key}`, 'no such column');
  plan.locks.forEach((l, k) => {
    if (!unitIds.has(l.unit) || !columnIds.has(l.column))
      throw invalid(`locks.${k}`, `lock on unknown unit or column ${l.unit}/${l.column}`);
  });
  const p = plan.placement;
  if (p && (p.unitRows.length !== plan.units.length || p.columns.length !== plan.columns.length))
    throw invalid('placement', 'placement does not match the units and columns');
};

/** Reads a plan from untrusted JSON (a workbook's metadata, a file): checked, with a message that says what is wrong. */
export const parsePlan = (input: unknown): Plan => {
  const result = planSchema.safeParse(input);
  if (!result.success) {
    const first = result.error.issues[0];
    throw invalid(first.path.join('.') || '(plan)', first.message);
  }
  const plan = result.data as Plan;
  checkReferences(plan);
  return plan;
};

export const parsePlanJson = (json: string): Plan => {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new PlanError('plan.notJson', { problem: e instanceof Error ? e.message : String(e) });
  }
  return parsePlan(data);
};
