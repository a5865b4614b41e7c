import type { CellValue } from '../plan';

export type Severity = 'error' | 'warning';

/** One problem with a plan sheet, located for the planner: sheet and cell, unit, indicator and year. */
export interface Issue {
  severity: Severity;
  /** A locale key under `issues`: 'cell.notANumber', 'total.missesControl', … */
  code: string;
  sheet?: string;
  cell?: string;
  unit?: string;
  unitName?: string;
  column?: string;
  indicator?: string;
  period?: string;
  /** The values the message needs. */
  params: Record<string, string | number>;
  /** The figure the cell should hold, where one can be said. */
  expected?: number;
}

/** What validation reads: the plan's cells as the sheet holds them, by unit and column index. */
export interface PlanGrid {
  value(unit: number, column: number): CellValue;
  formula(unit: number, column: number): string | undefined;
  unitName(unit: number): CellValue;
  /** The formulas of the 合计 and 差额 rows, where the sheet has them (undefined: not a sheet). */
  totalFormula?(column: number): string | undefined;
  differenceFormula?(column: number): string | undefined;
}

export interface ValidationOptions {
  /** Growth deviation (fraction) still only a warning; the plan's rule may set its own. */
  growthTolerance?: number;
}
