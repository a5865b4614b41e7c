import { compactText as norm } from '../words';
import { a1 } from '../a1';
import { PlanError } from '../errors';
import { readFigure } from '../figures';
import type { SheetCells } from '../locate/locate';
import type { CellValue } from '../plan';
import type { AssessSheetLabels } from './assessSheet';

export interface TypedPoints {
  plus?: { points: number; reason: string };
  minus?: { points: number; reason: string };
}

const reasonOf = (v: CellValue) => (typeof v === 'string' ? v.trim() : v === null ? '' : String(v));

/**
 * The 加分 and 扣分 a planner typed on an earlier 考核 sheet, by unit, read by the sheet's labels (rows sorted
 * or moved are followed), so a new 考核 keeps them. A figure that is no number, a negative one, or one without
 * its 说明 is refused, naming the cell: points given or taken need a reason on record.
 */
export const readTypedPoints = (
  sheet: SheetCells,
  labels: AssessSheetLabels,
  name = labels.sheet,
): Map<string, TypedPoints> => {
  const typed = new Map<string, TypedPoints>();
  let header: { row: number; col: number } | undefined;
  for (let r = 1; r <= Math.min(sheet.rowCount, 20) && !header; r++)
    for (let c = 1; c <= Math.min(sheet.columnCount, 5); c++)
      if (norm(sheet.value(r, c)) === norm(labels.unit)) header = { row: r, col: c };
  if (!header) return typed;
  const columnOf = (label: string) => {
    for (let c = header!.col; c <= sheet.columnCount; c++)
      if (norm(sheet.value(header!.row, c)) === norm(label)) return c;
    return undefined;
  };
  const plus = columnOf(labels.plus);
  const minus = columnOf(labels.minus);
  const plusReason = columnOf(labels.plusReason);
  const minusReason = columnOf(labels.minusReason);
  const read = (
    row: number,
    c: number | undefined,
    reasonCol: number | undefined,
    unit: string,
    what: string,
  ) => {
    if (c === undefined) return undefined;
    const v = readFigure(sheet.value(row, c));
    if (v.kind === 'empty') return undefined;
    const cell = a1(row, c);
    if (v.kind !== 'number' || v.value < 0)
      throw new PlanError('assess.typedNotANumber', {
        sheet: name,
        cell,
        unit,
        what,
        text: norm(sheet.value(row, c)),
      });
    if (v.value === 0) return undefined;
    const reason = reasonCol === undefined ? '' : reasonOf(sheet.value(row, reasonCol));
    if (reason === '')
      throw new PlanError('assess.noReason', {
        sheet: name,
        cell,
        unit,
        what,
        points: v.value,
        reasonCell: reasonCol === undefined ? '' : a1(row, reasonCol),
      });
    return { points: v.value, reason };
  };
  // Units start below the two header rows; the first empty name ends the table.
  for (let r = header.row + 2; r <= sheet.rowCount; r++) {
    const unit = norm(sheet.value(r, header.col));
    if (unit === '') break;
    const p = read(r, plus, plusReason, unit, labels.plus);
    const m = read(r, minus, minusReason, unit, labels.minus);
    if (p || m) typed.set(unit, { ...(p ? { plus: p } : {}), ...(m ? { minus: m } : {}) });
  }
  return typed;
};
