import { readFigure } from '../figures';
import { roundTo } from '../fixed';
import type { Plan } from '../plan';
import { cellIssue, type ColumnFacts } from './context';
import { deadlineIssue } from './deadlines';
import type { Issue, PlanGrid } from './types';

/**
 * The issues of one unit's cell: not a number (and what it would be), an Excel error, negative,
 * a fraction in a count, a share above 100, more decimals than the indicator has, a formula where
 * a figure is typed, empty where a target is due. Undefined when the cell is fine.
 */
export const cellIssues = (
  plan: Plan,
  facts: ColumnFacts[],
  grid: PlanGrid,
  i: number,
  j: number,
): Issue[] | undefined => {
  const column = plan.columns[j];
  if (column.kind === 'text') return undefined;
  const value = grid.value(i, j);
  if (column.kind === 'deadline') {
    const issue = deadlineIssue(plan, i, j, value);
    return issue && [issue];
  }
  const f = facts[j];
  let issues: Issue[] | undefined;
  const add = (issue: Issue) => (issues ??= []).push(issue);
  const formula = grid.formula(i, j);
  if (formula !== undefined)
    add(cellIssue(plan, i, j, 'warning', 'cell.formula', { formula: `=${formula}` }));
  if (typeof value === 'number' && !Number.isFinite(value)) {
    add(cellIssue(plan, i, j, 'error', 'cell.notANumber', { text: String(value) }));
    return issues;
  }
  if (typeof value === 'number') {
    if (value < 0) add(cellIssue(plan, i, j, 'error', 'cell.negative', { value }));
    if (f.count && !Number.isInteger(value))
      add(cellIssue(plan, i, j, 'error', 'cell.fractionInCount', { value }, Math.round(value)));
    else if (!f.count) {
      const x = value * f.scale;
      if (Math.abs(x - Math.round(x)) > 1e-6 * Math.max(1, Math.abs(x)))
        add(
          cellIssue(
            plan,
            i,
            j,
            'warning',
            'cell.tooPrecise',
            { value, decimals: f.decimals },
            roundTo(value, f.decimals),
          ),
        );
    }
    if (f.share && value > 100) add(cellIssue(plan, i, j, 'error', 'cell.shareOutOfRange', { value }));
    return issues;
  }
  const reading = readFigure(value);
  switch (reading.kind) {
    case 'empty':
      if (f.target && plan.controlTotals[column.id] !== undefined)
        add(cellIssue(plan, i, j, 'warning', 'cell.empty'));
      break;
    case 'disguised':
      add(
        cellIssue(
          plan,
          i,
          j,
          'error',
          'cell.disguisedNumber',
          { text: reading.text, value: reading.value },
          reading.value,
        ),
      );
      break;
    case 'excelError':
      add(cellIssue(plan, i, j, 'error', 'cell.excelError', { text: reading.text }));
      break;
    case 'text':
      add(cellIssue(plan, i, j, 'error', 'cell.notANumber', { text: reading.text }));
      break;
    default:
      break;
  }
  return issues;
};
