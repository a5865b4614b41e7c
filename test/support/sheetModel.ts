import { locateTable, planSheetLayout, type CellValue, type Plan, type SheetCells } from '../../src/core';
import { messages } from '../../src/locales';

/**
 * A plan sheet as a grid of what the planner sees (formulas shown as nothing, merged text in its first
 * cell, as in Excel), with the edits a planner makes: insert, delete and sort rows, insert columns.
 */
export class SheetModel implements SheetCells {
  rows: CellValue[][] = [];

  static of(plan: Plan): { sheet: SheetModel; plan: Plan } {
    const { layout, placement } = planSheetLayout(plan, messages('zh-CN').sheet, '表');
    const sheet = new SheetModel();
    for (const c of layout.cells) if (c.value !== undefined) sheet.set(c.row, c.col, c.value);
    return { sheet, plan: { ...plan, placement } };
  }

  get rowCount(): number {
    return this.rows.length;
  }
  get columnCount(): number {
    return Math.max(0, ...this.rows.map((r) => r?.length ?? 0));
  }
  value = (row: number, col: number): CellValue => this.rows[row - 1]?.[col - 1] ?? null;
  set(row: number, col: number, value: CellValue): void {
    for (let r = this.rows.length; r < row; r++) this.rows[r] ??= [];
    (this.rows[row - 1] ??= [])[col - 1] = value;
  }
  insertRows(before: number, count = 1): void {
    this.rows.splice(before - 1, 0, ...Array.from({ length: count }, () => []));
  }
  deleteRows(at: number, count = 1): void {
    this.rows.splice(at - 1, count);
  }
  insertColumns(before: number, count = 1): void {
    for (const row of this.rows) if (row) row.splice(before - 1, 0, ...Array<CellValue>(count).fill(null));
  }
  /** Sorts rows top..bottom by the figure in column `by` (升序, or 降序 when descending), as Excel does. */
  sortRows(top: number, bottom: number, by: number, descending = false): void {
    const block = this.rows.slice(top - 1, bottom);
    const key = (r: CellValue[]) => (typeof r?.[by - 1] === 'number' ? (r[by - 1] as number) : -Infinity);
    block.sort((a, b) => (descending ? key(b) - key(a) : key(a) - key(b)));
    this.rows.splice(top - 1, block.length, ...block);
  }
  clone(): SheetModel {
    const copy = new SheetModel();
    copy.rows = this.rows.map((r) => (r ? [...r] : []));
    return copy;
  }
}

export const locate = (plan: Plan, sheet: SheetModel) => locateTable(plan, sheet);
