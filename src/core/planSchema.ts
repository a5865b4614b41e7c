import * as z from 'zod/mini';
import { PlanError } from './errors';
import { PLAN_SCHEMA, type Plan } from './plan';

// zod/mini keeps the task pane's bundle small; the checks are the same as full zod's.
// Excel cannot hold C0 control characters other than tab and line breaks in a cell.
const text = z.string().check(z.regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F]*$/, 'control characters'));
const nonEmpty = (max = 32767) =>
  z
    .string()
    .check(
      z.regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F]*$/, 'control characters'),
      z.minLength(1, 'empty'),
      z.maxLength(max, `longer than ${max}`),
    );
const id = z.string().check(z.minLength(1, 'empty id'), z.maxLength(64, 'id longer than 64'));
const cellValue = z.union([
  z.number(),
  z.string().check(z.maxLength(32767, 'longer than a cell holds')),
  z.null(),
]);
const decimals = z.int().check(z.gte(0, 'decimals below 0'), z.lte(6, 'decimals above 6'));
const row = z.int().check(z.gte(1, 'row below 1'));

const planSchema = z.object({
  schema: z.literal(PLAN_SCHEMA),
  planId: id,
  version: z.int().check(z.gte(1, 'version below 1')),
  template: z.string(),
  title: nonEmpty(),
  issuer: text,
  period: text,
  source: z.object({ document: text, appendix: text, date: text, issuer: z.optional(text) }),
  unitHeader: nonEmpty(),
  totalLabel: nonEmpty(),
  units: z.array(
    z.object({
      id,
      name: nonEmpty(1000),
      kind: z.enum(['district', 'county', 'city', 'zone', 'department', 'team', 'task']),
      section: z.optional(text),
    }),
  ),
  indicators: z.array(
    z.object({
      id,
      name: nonEmpty(),
      measure: text,
      decimals,
      aggregate: z.enum(['sum', 'none']),
      department: z.optional(text),
      rule: z.optional(
        z.object({
          growth: z.optional(
            z.object({
              from: z.string(),
              rate: z.number().check(z.gt(-1, 'rate at or below -100%')),
              tolerance: z.optional(z.number().check(z.gte(0), z.lte(1))),
            }),
          ),
        }),
      ),
    }),
  ),
  columns: z.array(
    z.object({
      id,
      kind: z.enum(['figure', 'text', 'deadline']),
      label: text,
      indicator: z.optional(id),
      period: z.optional(z.string()),
      role: z.optional(z.enum(['base', 'actual', 'target'])),
      decimals: z.optional(decimals),
      yearShares: z.optional(z.record(z.string(), z.number())),
    }),
  ),
  values: z.array(z.array(cellValue)),
  controlTotals: z.record(z.string(), z.number()),
  locks: z.array(z.object({ unit: id, column: id })),
  notes: z.array(text),
  placement: z.optional(
    z.object({
      sheet: z
        .string()
        .check(z.minLength(1, 'empty sheet name'), z.maxLength(31, 'sheet name longer than 31')),
      unitRows: z.array(row),
      unitColumn: row,
      columns: z.array(row),
      totalRow: z.optional(row),
      controlRow: z.optional(row),
      differenceRow: z.optional(row),
      labels: z.optional(
        z.object({ total: z.optional(text), control: z.optional(text), difference: z.optional(text) }),
      ),
    }),
  ),
  taskbook: z.optional(
    z.object({
      title: text,
      issuer: text,
      requirements: z.array(text),
      assessment: z.array(text),
      reporting: z.object({ what: text, day: z.number(), to: text, contact: z.optional(text) }),
    }),
  ),
  bulletin: z.optional(z.object({ issuer: z.optional(text), to: z.optional(text) })),
  taskbookSheets: z.optional(z.array(z.object({ unit: id, sheet: z.string(), id: z.optional(z.string()) }))),
  departmentNames: z.optional(z.record(z.string(), text)),
  undo: z.optional(
    z.object({
      columns: z.array(id),
      values: z.array(z.array(cellValue)),
      controlTotals: z.record(z.string(), z.nullable(z.number())),
    }),
  ),
  issued: z.optional(z.object({ at: z.string(), targetsHash: z.string() })),
  versions: z.optional(
    z.array(
      z.object({
        version: z.int(),
        at: z.string(),
        targetsHash: z.string(),
        units: z.array(z.object({ id, name: z.string(), targets: z.record(z.string(), cellValue) })),
        controlTotals: z.record(z.string(), z.number()),
        yearShares: z.optional(z.record(z.string(), z.record(z.string(), z.number()))),
      }),
    ),
  ),
  adjustments: z.optional(
    z.array(
      z.object({
        version: z.int(),
        from: z.int(),
        at: z.string(),
        issuedAt: z.optional(z.string()),
        changes: z.array(
          z.object({ unitId: id, unit: z.string(), column: z.string(), from: cellValue, to: cellValue }),
        ),
        added: z.array(z.string()),
        removed: z.array(z.string()),
        controls: z.array(
          z.object({ column: z.string(), from: z.nullable(z.number()), to: z.nullable(z.number()) }),
        ),
      }),
    ),
  ),
  signing: z.optional(
    z.object({
      key: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'not a 256-bit key')),
      since: z.int().check(z.gte(0, 'version below 0')),
    }),
  ),
  parent: z.optional(
    z.object({
      planId: z.string(),
      version: z.number(),
      title: z.string(),
      unit: z.object({ id: z.string(), name: z.string() }),
      year: z.number(),
      targetsHash: z.string(),
      columns: z.array(z.object({ column: z.string(), parent: z.string() })),
      chain: z.optional(z.array(z.object({ planId: z.string(), version: z.number(), unit: z.string() }))),
    }),
  ),
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
