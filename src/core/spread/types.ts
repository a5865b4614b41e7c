import type { CellValue } from '../plan';

/** How a total is shared among the units that are not locked. */
export type SpreadMethod =
  /** In proportion to the units' current figures in the column. */
  | { kind: 'proportional' }
  /** In proportion to another column: a base year, last year's 完成. */
  | { kind: 'reference'; column: string }
  | { kind: 'even' }
  /** By the planner's weights, by unit id; `others` for the units not named (refused when neither). */
  | { kind: 'weights'; weights: Record<string, number>; others?: number }
  /** base × (1 + r)^years from a base column, for all units or per unit; scaled to the total if one is given. */
  | { kind: 'growth'; from: string; rate: number; rates?: Record<string, number>; years: number };

export interface SpreadRequest {
  /** The column (an indicator's year) whose figures are recomputed. */
  column: string;
  /** The new control total; omitted for growth without a total, otherwise the column's control total. */
  total?: number;
  method: SpreadMethod;
  /** Units held at their figures, besides the plan's own locks on this column. */
  locks?: string[];
  /** Per unit: not below (last year's 完成), not above (a ceiling). */
  floors?: Record<string, number>;
  caps?: Record<string, number>;
}

export type ChangeReason = 'spread' | 'roundedUp' | 'restored';

export interface Change {
  unit: string;
  column: string;
  /** The cell on the plan sheet, where the plan has been placed. */
  cell?: string;
  before: CellValue;
  after: CellValue;
  why: ChangeReason;
}

/** What a spread overwrote, to put back exactly. */
export interface Snapshot {
  columns: string[];
  /** values[unit][k] for columns[k], in the plan's unit order. */
  values: CellValue[][];
  controlTotals: Record<string, number | null>;
}
