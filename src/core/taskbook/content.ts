import { roundTo } from '../fixed';
import type { Department, TaskRole } from './departments';
import { figureValue } from '../figures';
import {
  decimalsOf,
  indicatorOf,
  isSummed,
  type Adjustment,
  type CellValue,
  type Plan,
  type TaskbookWording,
} from '../plan';

/** One line of a unit's targets: the indicator, its measure, the period, the figure and its share of the city. */
export interface TaskbookTarget {
  no: number;
  /** Index of the plan column. */
  column: number;
  indicator: string;
  measure: string;
  period: string;
  value: CellValue;
  /** The unit's share of the city's total, in % at one decimal; undefined where it means nothing. */
  share?: number;
  /** For a growth target: its base and rate, in words (以2016年27430为基数，年均增长15%). */
  base?: { period: string; value: CellValue; rate: number };
}

/** A task a department is given, as its 任务书 lists it under the task's section. */
export interface TaskbookTask {
  no: number;
  section?: string;
  text: string;
  role: TaskRole;
  deadline: string;
}

/** What a unit's (or a department's) 工作目标分解任务书 says. */
export interface TaskbookContent {
  /** The unit's index, or -1 for a department of a task table. */
  unit: number;
  /** For a department: its tasks instead of figures. */
  tasks?: TaskbookTask[];
  title: string;
  /** 编号: the plan's sheet name and the unit's place, so each 任务书 can be named in a 通报. */
  number: string;
  issuer: string;
  receiver: string;
  period: string;
  targets: TaskbookTarget[];
  wording: TaskbookWording;
  /** A 任务书 re-issued for changed targets: the version, its date and each target's 原下达 → 调整后. */
  adjustment?: TaskbookAdjustment;
}

export interface TaskbookAdjustment {
  version: number;
  date: string;
  changes: { indicator: string; period: string; from: string; to: string; measure: string }[];
}

/** The city total a unit's share is taken of: the 下达目标, else the units' sum. */
export const cityTotal = (plan: Plan, j: number): number | undefined => {
  const column = plan.columns[j];
  const control = plan.controlTotals[column.id];
  if (control !== undefined) return control;
  const figures = plan.values.map((row) => figureValue(row[j]) ?? 0);
  return figures.reduce((a, b) => a + b, 0);
};

/** The target columns of a plan: figures a unit is assigned (not bases, not last year's 完成). */
export const targetColumns = (plan: Plan): number[] =>
  plan.columns
    .map((c, j) => [c, j] as const)
    .filter(([c]) => c.kind === 'figure' && c.role === 'target')
    .map(([, j]) => j);

export const taskbookContent = (
  plan: Plan,
  unit: number,
  wording: TaskbookWording,
  adjustment?: Adjustment,
): TaskbookContent => {
  const targets = targetColumns(plan).map((j, k): TaskbookTarget => {
    const column = plan.columns[j];
    const indicator = indicatorOf(plan, column);
    const value = plan.values[unit][j];
    const figure = figureValue(value);
    const total = isSummed(plan, column) ? cityTotal(plan, j) : undefined;
    const rule = indicator?.rule?.growth;
    const baseColumn = rule
      ? plan.columns.findIndex((c) => c.indicator === column.indicator && c.period === rule.from)
      : -1;
    return {
      no: k + 1,
      column: j,
      indicator: indicator?.name ?? column.label,
      measure: indicator?.measure ?? '',
      period: column.label,
      value,
      ...(figure !== undefined && total ? { share: roundTo((figure / total) * 100, 1) } : {}),
      ...(rule && baseColumn >= 0
        ? {
            base: {
              period: plan.columns[baseColumn].label,
              value: plan.values[unit][baseColumn],
              rate: rule.rate,
            },
          }
        : {}),
    };
  });
  const serial = String(unit + 1).padStart(2, '0');
  return {
    unit,
    title: wording.title,
    // As document numbers are written: 湘商回归分解〔2017〕01号.
    number: `${plan.placement?.sheet ?? plan.title}\u3014${(plan.source.date || plan.period).slice(0, 4)}\u3015${serial}号`,
    issuer: wording.issuer || plan.issuer,
    receiver: plan.units[unit].name,
    period: plan.period,
    targets,
    wording,
    ...(adjustment ? adjustmentOfUnit(plan, unit, adjustment) : {}),
  };
};

/** What an adjustment changed for one unit, in the words of its 任务书 (none: no 调整说明). */
const adjustmentOfUnit = (plan: Plan, unit: number, a: Adjustment): { adjustment?: TaskbookAdjustment } => {
  const mine = a.changes.filter((c) => c.unitId === plan.units[unit].id);
  if (mine.length === 0) return {};
  const changes = mine.flatMap((c) => {
    const j = plan.columns.findIndex((x) => x.id === c.column);
    if (j < 0) return [];
    const indicator = indicatorOf(plan, plan.columns[j]);
    const shown = (v: CellValue) => {
      const printed = printedFigure(plan, j, v);
      return printed === null || printed === '' ? '—' : String(printed);
    };
    return [
      {
        indicator: indicator?.name ?? plan.columns[j].label,
        period: plan.columns[j].label,
        from: shown(c.from),
        to: shown(c.to),
        measure: indicator?.measure ?? '',
      },
    ];
  });
  return { adjustment: { version: a.version, date: (a.issuedAt ?? a.at).slice(0, 10), changes } };
};

/** A figure as the 任务书 prints it: at the indicator's decimals, “—” where none applies. */
export const printedFigure = (plan: Plan, j: number, value: CellValue): CellValue => {
  const figure = figureValue(value);
  return figure === undefined ? (value ?? '') : roundTo(figure, decimalsOf(plan, plan.columns[j]));
};

/** A department's 任务书 of a task table: its tasks by section, with its role and the deadline. */
export const departmentContent = (
  plan: Plan,
  department: Department,
  index: number,
  wording: TaskbookWording,
): TaskbookContent => {
  const deadline = plan.columns.findIndex((c) => c.kind === 'deadline');
  return {
    unit: -1,
    tasks: department.tasks.map((t) => ({
      no: t.unit + 1,
      section: plan.units[t.unit].section,
      text: plan.units[t.unit].name,
      role: t.role,
      deadline: deadline < 0 ? '' : String(plan.values[t.unit][deadline] ?? ''),
    })),
    title: wording.title,
    number: `${plan.placement?.sheet ?? plan.title}\u3014${(plan.source.date || plan.period).slice(0, 4)}\u3015${String(index + 1).padStart(2, '0')}号`,
    issuer: wording.issuer || plan.issuer,
    receiver: department.name,
    period: plan.period,
    targets: [],
    wording,
  };
};

/** A plan's 任务书 wording; a plan made before templates carried it gets its title and issuer only. */
export const taskbookWording = (plan: Plan): TaskbookWording =>
  plan.taskbook ?? {
    title: plan.title,
    issuer: plan.issuer,
    requirements: [],
    assessment: [],
    reporting: { what: '', day: 5, to: plan.issuer },
  };
