import { a1 } from '../a1';
import type { Plan } from '../plan';
import type { Issue, PlanGrid } from './types';

/** Every unit has a name, and no two share one (the 任务书 and the reports are matched by it). */
export const unitIssues = (plan: Plan, grid: PlanGrid): Issue[] => {
  const p = plan.placement;
  const cellOf = (i: number) => (p ? a1(p.unitRows[i], p.unitColumn) : undefined);
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  plan.units.forEach((unit, i) => {
    const raw = grid.unitName(i);
    const name = raw === null ? '' : String(raw).normalize('NFKC').replace(/\s+/g, '');
    const base = { sheet: p?.sheet, cell: cellOf(i), unit: unit.id, unitName: unit.name };
    if (name === '') {
      issues.push({ ...base, severity: 'error', code: 'unit.noName', params: { row: i + 1 } });
      return;
    }
    const first = seen.get(name);
    if (first !== undefined)
      issues.push({
        ...base,
        severity: 'error',
        code: 'unit.duplicate',
        params: { name: String(raw), first: cellOf(first) ?? String(first + 1) },
      });
    else seen.set(name, i);
  });
  return issues;
};
