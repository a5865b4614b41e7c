import ExcelJS from 'exceljs';
import type { CellValue } from '../core';

/**
 * What a planner sees in a cell, as a plan value: a number, a text, or nothing. A formula gives its
 * stored result (never evaluated here); an Excel error its code (#REF!); rich text its plain text.
 */
export const toCellValue = (value: ExcelJS.CellValue): CellValue => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('error' in value) return String(value.error);
  if ('richText' in value) return value.richText.map((r) => r.text).join('') || null;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result)
      return String(result.error);
    return toCellValue(result as ExcelJS.CellValue);
  }
  if ('text' in value) return String(value.text);
  return null;
};

/**
 * A cell's plan value. ExcelJS's `cell.value` drops a formula's cached result when it is 0 or '',
 * so a formula's result is read from `cell.result`, which keeps it.
 */
export const readCell = (cell: ExcelJS.Cell): CellValue => {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = cell.result;
    return result === undefined ? null : toCellValue(result as ExcelJS.CellValue);
  }
  return toCellValue(cell.value);
};
