import type { SigningKey } from './signing';
/**
 * The plan: what a target table means. The grid holds the figures; the plan says which row is
 * which unit, which column is which indicator and year, what the control totals are.
 */
export const PLAN_SCHEMA = 'fenjie.plan/1';

/** A cell of the table as the planner sees it: a figure, a text (deadline, “—”, a name) or empty. */
export type CellValue = number | string | null;

/** Marks a figure that does not apply (a zone not yet operating). Counted as no figure, never as an error. */
export const NOT_APPLICABLE = '—';

export type UnitKind = 'district' | 'county' | 'city' | 'zone' | 'department' | 'team' | 'task';

export interface Unit {
  id: string;
  name: string;
  kind: UnitKind;
  /** The section heading a task sits under (一、优化审批环境). */
  section?: string;
}

/** How an indicator's 合计 is formed. Amounts and counts sum; shares (占比 %) do not. */
export type Aggregate = 'sum' | 'none';

export interface GrowthRule {
  /** The period (year) the growth starts from, e.g. '2016'. */
  from: string;
  /** Annual growth as a fraction: 0.15 for 15% a year. */
  rate: number;
  /** Deviation (fraction) still only a warning; beyond it an error. */
  tolerance?: number;
}

export interface Indicator {
  id: string;
  name: string;
  /** Unit of measure as the source writes it: 亿元, 万美元, 个, 家, %. */
  measure: string;
  decimals: number;
  aggregate: Aggregate;
  /** The department responsible for the indicator (郴州 structural indicators). */
  department?: string;
  rule?: { growth?: GrowthRule };
}

export type ColumnKind = 'figure' | 'text' | 'deadline';
export type ColumnRole = 'base' | 'actual' | 'target';

export interface Column {
  id: string;
  kind: ColumnKind;
  /** The header as the source writes it: '2016', '2017—2020年', '责任单位'. */
  label: string;
  indicator?: string;
  /** The year or span the figure is for; a growth rule compares periods. */
  period?: string;
  role?: ColumnRole;
  /** Overrides the indicator's decimals where the source shows a column differently. */
  decimals?: number;
  /**
   * For a target over several years: the percent of it due in each year (2017: 20, …, 2020: 30; summing to
   * 100), as the planner sets it. Without it the years share it evenly.
   */
  yearShares?: Record<string, number>;
}

export interface Source {
  document: string;
  appendix: string;
  /** As precise as the source allows: 2017-12-29, or 2017 where the text gives only its year. */
  date: string;
  issuer?: string;
}

/** Where the table sits in its sheet; written by the layout, read by the adapters. */
export interface PlanPlacement {
  sheet: string;
  unitRows: number[];
  /** 1-based column numbers of the unit name and of each plan column, in plan order. */
  unitColumn: number;
  columns: number[];
  totalRow?: number;
  controlRow?: number;
  differenceRow?: number;
  /** The words the summary rows were written with (合计, 下达目标, 差额), to find them again. */
  labels?: { total?: string; control?: string; difference?: string };
}

/** What a 工作目标分解任务书 says besides the figures, in the source document's own words. */
export interface TaskbookWording {
  /** The title the source gives it: 500强企业引进工作目标分解任务书. */
  title: string;
  /** 甲方: the body that issues the targets. */
  issuer: string;
  /** 工作要求 and 考核办法, one paragraph each. */
  requirements: string[];
  assessment: string[];
  /** 乙方 reports what, by which day of each month, to whom; who to call there (联系人及电话). */
  reporting: { what: string; day: number; to: string; contact?: string };
}

export interface Plan {
  schema: typeof PLAN_SCHEMA;
  planId: string;
  version: number;
  template: string;
  title: string;
  issuer: string;
  period: string;
  source: Source;
  /** The header of the unit column: 县市区, 省级以上开发区, 重点任务. */
  unitHeader: string;
  /** The label of the totals row as the source writes it (合计, 总计). */
  totalLabel: string;
  units: Unit[];
  indicators: Indicator[];
  columns: Column[];
  /** values[unit][column], in the order of units and columns. */
  values: CellValue[][];
  /** The 任务书's wording, from the template (a custom plan gets generic wording to edit). */
  taskbook?: TaskbookWording;
  /** The 任务书 sheets made in the plan's own workbook, so a rerun updates them and touches no other sheet. */
  taskbookSheets?: { unit: string; sheet: string; id?: string }[];
  /** Who signs the 通报 and whom they go to (主送), when not the 下达单位 and the units. */
  bulletin?: { issuer?: string; to?: string };
  /** A task table's department names as parsed → as the planner corrected them, once for all tasks. */
  departmentNames?: Record<string, string>;
  /** Control totals (上级下达 / 下达目标) by column id. */
  controlTotals: Record<string, number>;
  locks: { unit: string; column: string }[];
  notes: string[];
  placement?: PlanPlacement;
  /** What the last spread overwrote, so one action puts it back (Excel's own undo is often cleared). */
  undo?: { columns: string[]; values: CellValue[][]; controlTotals: Record<string, number | null> };
  issued?: { at: string; targetsHash: string };
  /** The targets of every version it issued, per unit, oldest first: each report is judged against its own. */
  versions?: IssuedVersion[];
  /** 调整记录: each change to issued targets, dated, old → new per unit; the last one pending until issued. */
  adjustments?: Adjustment[];
  /** The 任务书 of the level above this plan was made from (fenjie new --from). */
  parent?: ParentLink;
  /** The key that signs this plan's 任务书 records and 汇总s: in the plan workbook only, never sent out. */
  signing?: SigningKey;
}

export const indicatorOf = (plan: Plan, column: Column): Indicator | undefined =>
  column.indicator === undefined ? undefined : plan.indicators.find((i) => i.id === column.indicator);

/** A column as a planner names it: 回归到位资金 2017—2020年, or 责任单位. */
export const columnTitle = (plan: Plan, column: Column): string => {
  const indicator = indicatorOf(plan, column);
  return indicator ? `${indicator.name} ${column.label}` : column.label;
};

export const decimalsOf = (plan: Plan, column: Column): number =>
  column.decimals ?? indicatorOf(plan, column)?.decimals ?? 0;

/** A column the 合计, 下达目标 and 差额 rows speak for: a summed figure. */
export const isSummed = (plan: Plan, column: Column): boolean =>
  column.kind === 'figure' && indicatorOf(plan, column)?.aggregate === 'sum';

/** A summed target column: the ones a control total and a 差额 belong to. */
export const takesControlTotal = (plan: Plan, column: Column): boolean =>
  isSummed(plan, column) && column.role === 'target';

const COUNT_MEASURES = new Set(['个', '家', '项', '人', '次', '批', '条', '户', '座']);
const SHARE_MEASURES = new Set(['%', '％']);

/** Counts (个, 家, 项 …) are whole numbers. */
export const isCountMeasure = (measure: string): boolean => COUNT_MEASURES.has(measure.trim());

/** Shares (%) lie between 0 and 100, are not summed and are never spread. */
export const isShareMeasure = (measure: string): boolean => SHARE_MEASURES.has(measure.trim());

// The plan's saved shape has one home: what a plan keeps of its issues, adjustments and parent.

/** One target of one unit that changed since the last issue: 原下达 → 调整后. */
export interface TargetChange {
  unitId: string;
  unit: string;
  column: string;
  from: CellValue;
  to: CellValue;
}

/** The targets one issued version handed out, per unit: what a report of that version is judged against. */
export interface IssuedVersion {
  version: number;
  /** When its 任务书 went out. */
  at: string;
  targetsHash: string;
  units: { id: string; name: string; targets: Record<string, CellValue> }[];
  controlTotals: Record<string, number>;
  /** Yearly shares of targets over several years, by column: a year's target is a share of the whole. */
  yearShares?: Record<string, Record<string, number>>;
}

/** 调整记录: what one version changed against the version issued before it, dated. */
export interface Adjustment {
  /** The version these changes make. */
  version: number;
  /** The issued version they change. */
  from: number;
  /** When the change was recorded (the last time it was, while not yet issued). */
  at: string;
  /** When this version's 任务书 went out; absent while the adjustment is not yet issued. */
  issuedAt?: string;
  changes: TargetChange[];
  added: string[];
  removed: string[];
  /** 下达目标 that changed with it, by column. */
  controls: { column: string; from: number | null; to: number | null }[];
}

/** Where a plan's targets came from: the 任务书 the level above issued to this unit, as its record said. */
export interface ParentLink {
  planId: string;
  version: number;
  title: string;
  unit: { id: string; name: string };
  year: number;
  targetsHash: string;
  /** Each column of this plan and the parent's target column it carries on. */
  columns: { column: string; parent: string }[];
  /** The parent's own parent, so any 任务书 traces to the top. */
  chain?: { planId: string; version: number; unit: string }[];
}
