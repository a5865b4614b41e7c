import { PLAN_SCHEMA, type Column, type Plan, type Source, type Unit } from '../plan';

/** A built-in source table: its citation and how to make a fresh plan of it. */
export interface Template {
  id: string;
  /** The table's title as the source writes it. */
  title: string;
  /** A short sheet name (at most 31 characters) for the plan sheet. */
  sheetName: string;
  city: string;
  source: Source;
  create(planId: string): Plan;
}

/** What a template's data says of a plan; the rest (id, version, locks …) is filled in fresh. */
export type PlanDraft = Pick<
  Plan,
  'template' | 'title' | 'issuer' | 'period' | 'source' | 'unitHeader' | 'units' | 'indicators' | 'columns'
> &
  Partial<Pick<Plan, 'totalLabel' | 'values' | 'controlTotals' | 'notes' | 'taskbook'>>;

/** A fresh plan (version 1, nothing locked) from a template's data. */
export const draftToPlan = (draft: PlanDraft, planId: string): Plan => ({
  schema: PLAN_SCHEMA,
  planId,
  version: 1,
  template: draft.template,
  title: draft.title,
  issuer: draft.issuer,
  period: draft.period,
  source: { ...draft.source },
  unitHeader: draft.unitHeader,
  totalLabel: draft.totalLabel ?? '合计',
  units: draft.units.map((u) => ({ ...u })),
  indicators: draft.indicators.map((i) => ({ ...i, rule: i.rule && { ...i.rule } })),
  columns: draft.columns.map((c) => ({ ...c })),
  values: draft.values?.map((row) => [...row]) ?? draft.units.map(() => draft.columns.map(() => null)),
  controlTotals: { ...(draft.controlTotals ?? {}) },
  locks: [],
  notes: [...(draft.notes ?? [])],
  ...(draft.taskbook
    ? {
        taskbook: {
          ...draft.taskbook,
          requirements: [...draft.taskbook.requirements],
          assessment: [...draft.taskbook.assessment],
          reporting: { ...draft.taskbook.reporting },
        },
      }
    : {}),
});

/** Units from names, with ids u01, u02, … in the source's order. */
export const unitsFrom = (names: readonly string[], kind: (name: string) => Unit['kind']): Unit[] =>
  names.map((name, k) => ({ id: `u${String(k + 1).padStart(2, '0')}`, name, kind: kind(name) }));

/** What kind of unit a Hunan name is, from its ending: 区, 县, 市, or a development zone. */
export const kindOfDivision = (name: string): Unit['kind'] => {
  if (/(高新区|经开区|示范区|开发区|综保区|综合保税区|保税物流中心|新区|工业园|出口加工区\)?)$/.test(name))
    return 'zone';
  if (name.endsWith('县')) return 'county';
  if (name.endsWith('市')) return 'city';
  return 'district';
};

/** The figure columns of one indicator over several periods: ids c<indicator>_<period>. */
export const periodColumns = (
  indicator: string,
  periods: readonly { period: string; label?: string; role: Column['role']; decimals?: number }[],
): Column[] =>
  periods.map((p) => ({
    id: `${indicator}_${p.period}`,
    kind: 'figure' as const,
    label: p.label ?? p.period,
    indicator,
    period: p.period,
    role: p.role,
    ...(p.decimals === undefined ? {} : { decimals: p.decimals }),
  }));

/** A task table's part of a plan: each 重点任务 a row in its section, with its 责任单位 and 完成时限. */
export const taskTable = (
  tasks: readonly (readonly [section: string, text: string, responsible: string, deadline: string])[],
): Pick<PlanDraft, 'unitHeader' | 'units' | 'indicators' | 'columns' | 'values'> => ({
  unitHeader: '重点任务',
  units: tasks.map(([section, text], k) => ({
    id: `t${String(k + 1).padStart(2, '0')}`,
    name: text,
    kind: 'task' as const,
    section,
  })),
  indicators: [],
  columns: [
    { id: 'responsible', kind: 'text', label: '责任单位' },
    { id: 'deadline', kind: 'deadline', label: '完成时限' },
  ],
  values: tasks.map(([, , responsible, deadline]) => [responsible, deadline]),
});
