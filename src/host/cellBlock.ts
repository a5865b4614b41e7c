import { parseA1, type CellValue, type SheetCells } from '../core';

/**
 * A rectangle of a sheet as last read from Excel: values and formulas from A1, patched as the
 * planner edits. What validation reads, so an edit costs a read of the edited cells only.
 */
export class CellBlock implements SheetCells {
  private values: CellValue[][] = [];
  private formulas: (string | undefined)[][] = [];

  /** Writes what Excel returned for the range whose top-left cell is (top, left), 1-based. */
  patch(top: number, left: number, values: unknown[][], formulas?: unknown[][]): void {
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const i = top - 1 + r;
        const j = left - 1 + c;
        (this.values[i] ??= [])[j] = toValue(v);
        const f = formulas?.[r]?.[c];
        (this.formulas[i] ??= [])[j] = typeof f === 'string' && f.startsWith('=') ? f.slice(1) : undefined;
      }),
    );
  }

  get rowCount(): number {
    return this.values.length;
  }

  get columnCount(): number {
    return this.values.reduce((n, row) => Math.max(n, row?.length ?? 0), 0);
  }

  value = (row: number, col: number): CellValue => this.values[row - 1]?.[col - 1] ?? null;

  cell = (row: number, col: number): { value: CellValue; formula?: string } => ({
    value: this.values[row - 1]?.[col - 1] ?? null,
    formula: this.formulas[row - 1]?.[col - 1],
  });
}

const toValue = (v: unknown): CellValue => {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v === '' ? null : v;
  return null;
};

/** The top-left cell and size of an A1 range ('C5', 'C5:E14', 'Sheet1!C5:E14'). */
export const rangeBounds = (
  address: string,
): { top: number; left: number; bottom: number; right: number } => {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = bare.replace(/\$/g, '').split(':');
  const p = parseA1(a);
  const q = parseA1(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
};
