import { figureProblem, maxExactFigure } from '../fixed';
import type { Plan } from '../plan';
import { columnIssue, type ColumnFacts } from './context';
import type { Issue, PlanGrid } from './types';

/** Sums are kept at three decimals more than the indicator's, as whole numbers. */
export const SUM_EXTRA = 1000;

/**
 * The issues of a whole column: a 合计 that misses its 下达目标 by more than half a unit of the last
 * decimal (with the difference), and a 合计 or 差额 whose formula was overwritten by a figure.
 */
export const columnIssues = (
  plan: Plan,
  facts: ColumnFacts[],
  grid: PlanGrid,
  j: number,
  sum: number,
): Issue[] => {
  const issues: Issue[] = [];
  const f = facts[j];
  const column = plan.columns[j];
  const p = plan.placement;
  const control = plan.controlTotals[column.id];
  const problem = f.target && control !== undefined ? figureProblem(control, f.decimals) : undefined;
  if (problem)
    // A 下达目标 no spread can meet exactly: negative, finer than the indicator, or beyond exact range.
    issues.push(
      columnIssue(plan, j, p?.controlRow, 'error', `control.${problem}`, {
        value: control!,
        decimals: f.decimals,
        max: maxExactFigure(f.decimals),
      }),
    );
  if (f.target && control !== undefined) {
    const controlScaled = Math.round(control * f.scale * SUM_EXTRA);
    const diff = sum - controlScaled;
    if (Math.abs(diff) * 2 > SUM_EXTRA) {
      const total = sum / (f.scale * SUM_EXTRA);
      const difference = Math.round(diff / SUM_EXTRA) / f.scale;
      issues.push(
        columnIssue(
          plan,
          j,
          p?.differenceRow ?? p?.totalRow,
          'error',
          'total.missesControl',
          {
            row: plan.totalLabel,
            total: Number(total.toFixed(f.decimals + 3)),
            control,
            difference,
          },
          control,
        ),
      );
    }
  }
  if (
    f.summed &&
    grid.totalFormula &&
    p?.totalRow !== undefined &&
    plan.units.length > 0 &&
    grid.totalFormula(j) === undefined
  )
    issues.push(columnIssue(plan, j, p.totalRow, 'error', 'total.formulaReplaced', { row: plan.totalLabel }));
  if (
    f.target &&
    grid.differenceFormula &&
    p?.differenceRow !== undefined &&
    grid.differenceFormula(j) === undefined
  )
    issues.push(columnIssue(plan, j, p.differenceRow, 'error', 'difference.formulaReplaced', {}));
  return issues;
};
