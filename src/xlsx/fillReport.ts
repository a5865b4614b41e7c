import { parseA1 } from '../core';
import { loadWorkbook, workbookBytes } from './planWorkbook';

/**
 * A received 完成情况 with this level's figures typed in, as its clerk would type them: only the given cells
 * change; the record, the protection and every other sheet stay as issued.
 */
export const fillReportCells = async (
  bytes: Uint8Array,
  file: string,
  sheetName: string,
  cells: readonly { cell: string; value: string | number }[],
): Promise<Uint8Array> => {
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const workbook = await loadWorkbook(copy, file);
  const sheet = workbook.getWorksheet(sheetName)!;
  for (const { cell, value } of cells) {
    const { row, col } = parseA1(cell);
    sheet.getCell(row, col).value = value;
  }
  return workbookBytes(workbook);
};
