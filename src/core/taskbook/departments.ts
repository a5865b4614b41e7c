import type { Plan } from '../plan';

/** A department's part in a task, as the 责任单位 column says it. */
export type TaskRole = 'lead' | 'responsible' | 'support';

export interface DepartmentTask {
  /** The task's index among the plan's units. */
  unit: number;
  role: TaskRole;
}

export interface Department {
  name: string;
  tasks: DepartmentTask[];
}

const ROLE_WORDS: [RegExp, TaskRole][] = [
  [/牵头$/, 'lead'],
  [/(分别)?负责$/, 'responsible'],
  [/(协助|参与)?配合$/, 'support'],
];

/** Clauses the source writes for every county: “各县市区人民政府负责”. */
export const EVERY_COUNTY = '各县市区人民政府';

/**
 * 责任单位 in its parts: “市发改委、市编办牵头，各审批部门负责” → 市发改委 (lead), 市编办 (lead),
 * 各审批部门 (responsible). A clause without a role word (“市委改革办、市政府办，…”) is responsible.
 */
export const parseResponsible = (text: string): { name: string; role: TaskRole }[] =>
  text
    .replace(/[。.]$/, '')
    .split(/[，,；;]/)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '')
    .flatMap((clause) => {
      const found = ROLE_WORDS.find(([re]) => re.test(clause));
      const role = found?.[1] ?? 'responsible';
      const names = found ? clause.replace(found[0], '') : clause;
      return names
        .split('、')
        .map((name) => name.trim())
        .filter((name) => name !== '')
        .map((name) => ({ name, role }));
    });

/**
 * The departments of a task table, each with its tasks and roles, in order of first appearance.
 * “各县市区人民政府” stands for every county of the city; a planner's corrections rename a parsed name
 * once for all its tasks (市商务粮食局 → 市商务局).
 */
export const departmentsOf = (
  plan: Plan,
  counties: readonly string[],
  corrections: Readonly<Record<string, string>> = plan.departmentNames ?? {},
): Department[] => {
  const j = plan.columns.findIndex((c) => c.kind === 'text');
  if (j < 0) return [];
  const byName = new Map<string, Department>();
  const add = (name: string, task: DepartmentTask) => {
    const fixed = corrections[name] ?? name;
    if (!byName.has(fixed)) byName.set(fixed, { name: fixed, tasks: [] });
    const tasks = byName.get(fixed)!.tasks;
    if (!tasks.some((t) => t.unit === task.unit)) tasks.push(task);
  };
  plan.units.forEach((_, unit) => {
    const text = plan.values[unit][j];
    if (typeof text !== 'string') return;
    for (const { name, role } of parseResponsible(text)) {
      if (name === EVERY_COUNTY && counties.length > 0)
        for (const county of counties) add(`${county}人民政府`, { unit, role });
      else add(name, { unit, role });
    }
  });
  return [...byName.values()];
};
