import type { Plan } from '../plan';
import { cellIssues } from './cells';
import { columnFacts, type ColumnFacts } from './context';
import { growthIssue, growthPairs, type GrowthPair } from './growth';
import { SUM_EXTRA, columnIssues } from './totals';
import type { Issue, PlanGrid, ValidationOptions } from './types';
import { unitIssues } from './units';

/** What changed since the last validation: a unit's cell, a unit's name, or a 下达目标. */
export type Edit = { unit: number; column: number } | { unitName: number } | { control: number };

export interface Validator {
  issues(): Issue[];
  /** Revalidates only what the edits touch; the plan passed in holds the new control totals. */
  update(edits: readonly Edit[], plan?: Plan): Issue[];
}

/**
 * Validation that keeps its state, so one edit costs a few cells' work, not the whole sheet's:
 * each cell's issues, each column's sum (as whole numbers), each growth pair's issue per unit.
 */
export const createValidator = (
  initial: Plan,
  grid: PlanGrid,
  options: ValidationOptions = {},
): Validator => {
  let plan = initial;
  const n = plan.units.length;
  const m = plan.columns.length;
  const facts: ColumnFacts[] = columnFacts(plan);
  const pairs: GrowthPair[] = growthPairs(plan, options.growthTolerance);
  const pairsOfColumn: GrowthPair[][] = plan.columns.map((_, j) =>
    pairs.filter((p) => p.base === j || p.target === j),
  );
  const cells: (Issue[] | undefined)[] = new Array(n * m);
  const contribution = new Float64Array(n * m);
  const sums = new Float64Array(m);
  const columns: Issue[][] = new Array(m);
  const growth = new Map<number, Issue>();
  let units: Issue[] = [];

  const contributionOf = (i: number, j: number): number => {
    if (!facts[j].summed) return 0;
    const v = grid.value(i, j);
    return typeof v === 'number' && Number.isFinite(v) ? Math.round(v * facts[j].scale * SUM_EXTRA) : 0;
  };
  const checkGrowth = (pairIndex: number, i: number) => {
    const issue = growthIssue(plan, facts, grid, pairs[pairIndex], i);
    const key = pairIndex * n + i;
    if (issue) growth.set(key, issue);
    else growth.delete(key);
  };

  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      const k = i * m + j;
      cells[k] = cellIssues(plan, facts, grid, i, j);
      const c = contributionOf(i, j);
      contribution[k] = c;
      sums[j] += c;
    }
  for (let j = 0; j < m; j++) columns[j] = columnIssues(plan, facts, grid, j, sums[j]);
  pairs.forEach((_, p) => {
    for (let i = 0; i < n; i++) checkGrowth(p, i);
  });
  units = unitIssues(plan, grid);

  const issues = (): Issue[] => {
    const out: Issue[] = [];
    for (const list of cells) if (list) for (const issue of list) out.push(issue);
    for (const list of columns) out.push(...list);
    out.push(...growth.values(), ...units);
    return out;
  };

  return {
    issues,
    update(edits, next) {
      if (next) plan = next;
      const dirtyColumns = new Set<number>();
      let namesChanged = false;
      for (const edit of edits) {
        if ('unitName' in edit) namesChanged = true;
        else if ('control' in edit) dirtyColumns.add(edit.control);
        else {
          const { unit: i, column: j } = edit;
          if (i < 0 || i >= n || j < 0 || j >= m) continue;
          const k = i * m + j;
          cells[k] = cellIssues(plan, facts, grid, i, j);
          const c = contributionOf(i, j);
          sums[j] += c - contribution[k];
          contribution[k] = c;
          dirtyColumns.add(j);
          for (const pair of pairsOfColumn[j]) checkGrowth(pairs.indexOf(pair), i);
        }
      }
      for (const j of dirtyColumns) columns[j] = columnIssues(plan, facts, grid, j, sums[j]);
      if (namesChanged) units = unitIssues(plan, grid);
      return issues();
    },
  };
};

/** All the issues of a plan's grid at once. */
export const validate = (plan: Plan, grid: PlanGrid, options?: ValidationOptions): Issue[] =>
  createValidator(plan, grid, options).issues();
