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
  // Sparse: most cells of a real plan have no issue, so only those that do take memory and time.
  const cells = new Map<number, Issue[]>();
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
  const factors = pairs.map((p) => (1 + p.rate) ** p.years);
  const checkGrowth = (pairIndex: number, i: number) => {
    const pair = pairs[pairIndex];
    const base = grid.value(i, pair.base);
    const actual = grid.value(i, pair.target);
    const scale = facts[pair.target].scale;
    // Fast path: the target is its base grown, to the last digit (the common case).
    if (
      typeof base === 'number' &&
      typeof actual === 'number' &&
      Math.round(actual * scale) === Math.round(base * factors[pairIndex] * scale)
    ) {
      growth.delete(pairIndex * n + i);
      return;
    }
    const issue = growthIssue(plan, facts, grid, pair, i);
    const key = pairIndex * n + i;
    if (issue) growth.set(key, issue);
    else growth.delete(key);
  };

  const setCell = (k: number, list: Issue[] | undefined) => {
    if (list) cells.set(k, list);
    else cells.delete(k);
  };
  // A figure that is a number ≥ 0 at the indicator's precision, not a formula, has no cell issue.
  const plainFigure = plan.columns.map((c) => c.kind === 'figure');
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      const k = i * m + j;
      const v = grid.value(i, j);
      const f = facts[j];
      let c = 0;
      if (typeof v === 'number' && v >= 0 && v < 1e15) {
        const x = v * f.scale;
        c = f.summed ? Math.round(x * SUM_EXTRA) : 0;
        const atPrecision = f.count
          ? Number.isInteger(v)
          : Math.abs(x - Math.round(x)) <= 1e-6 * Math.max(1, x);
        if (!(plainFigure[j] && atPrecision && (!f.share || v <= 100) && grid.formula(i, j) === undefined)) {
          const list = cellIssues(plan, facts, grid, i, j);
          if (list) cells.set(k, list);
        }
      } else {
        const list = cellIssues(plan, facts, grid, i, j);
        if (list) cells.set(k, list);
        c = contributionOf(i, j);
      }
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
    const empty = new Map<number, Issue[]>();
    for (const [k, list] of cells)
      for (const issue of list)
        if (issue.code === 'cell.empty') {
          const j = k % m;
          if (!empty.has(j)) empty.set(j, []);
          empty.get(j)!.push(issue);
        } else out.push(issue);
    for (const [j, list] of empty) out.push(...(list.length > 1 ? [unfilledColumn(plan, j, list)] : list));
    // A column with no target filled in at all is a plan still to be spread, not a 合计 that is wrong.
    columns.forEach((list, j) => {
      const unfilled = n > 0 && empty.get(j)?.length === n;
      for (const issue of list) if (!(unfilled && issue.code === 'total.missesControl')) out.push(issue);
    });
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
          setCell(k, cellIssues(plan, facts, grid, i, j));
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

/** Many empty targets in one column (a fresh plan still to be spread) are said once, not once a cell. */
const unfilledColumn = (plan: Plan, j: number, empties: Issue[]): Issue => {
  const order = new Map(plan.units.map((u, i) => [u.id, i]));
  const sorted = [...empties].sort((a, b) => (order.get(a.unit!) ?? 0) - (order.get(b.unit!) ?? 0));
  const names = sorted.map((i) => i.unitName ?? '');
  const { unit: _unit, unitName: _unitName, ...first } = sorted[0];
  return {
    ...first,
    code: 'column.unfilled',
    params: {
      count: sorted.length,
      units: names.length > 5 ? `${names.slice(0, 5).join('、')}…` : names.join('、'),
      control: plan.controlTotals[plan.columns[j].id] ?? '',
    },
  };
};

/** All the issues of a plan's grid at once. */
export const validate = (plan: Plan, grid: PlanGrid, options?: ValidationOptions): Issue[] =>
  createValidator(plan, grid, options).issues();
