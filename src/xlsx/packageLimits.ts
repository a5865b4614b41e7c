import type ExcelJS from 'exceljs';
import { PlanError, a1 } from '../core';
import { EXTENT, directory } from './workbookXml';

/**
 * What a plan, a 汇总 or a table from elsewhere may be before it is opened: the planner's own workbooks are
 * larger than a unit's report, but none unzips to hundreds of megabytes from a few hundred kilobytes.
 */
export const WORKBOOK_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  unzippedBytes: 150 * 1024 * 1024,
  /** Compression beyond this, in a part over `ratioFrom` bytes, is a bomb: real sheets compress 5–30 times. */
  ratio: 200,
  ratioFrom: 1024 * 1024,
};

const MB = 1024 * 1024;

/** Refused before anything is inflated: too large a file, or one that unzips far beyond itself. */
export const checkPackage = (data: Uint8Array, path: string): void => {
  if (data.length > WORKBOOK_LIMITS.fileBytes)
    throw new PlanError('file.tooLarge', {
      path,
      size: Math.round(data.length / MB),
      max: WORKBOOK_LIMITS.fileBytes / MB,
    });
  const entries = data.length >= 22 ? directory(data) : undefined;
  if (!entries) return;
  const unzipped = entries.reduce((s, e) => s + e.size, 0);
  const bomb = entries.some(
    (e) => e.size > WORKBOOK_LIMITS.ratioFrom && e.size / Math.max(1, e.compressed) > WORKBOOK_LIMITS.ratio,
  );
  if (unzipped > WORKBOOK_LIMITS.unzippedBytes || bomb)
    throw new PlanError('file.zipBomb', { path, size: Math.round(unzipped / MB) });
};

/** A cell beyond a plan's extent, as ExcelJS read the workbook: named by sheet and cell, never a dense grid. */
export const checkExtent = (workbook: ExcelJS.Workbook, path: string): void => {
  const { rows, columns } = EXTENT.plan;
  for (const sheet of workbook.worksheets) {
    // Rows LibreOffice writes for their format alone count in rowCount; only a cell with content is far.
    if (sheet.rowCount <= rows && sheet.columnCount <= columns) continue;
    let far: string | undefined;
    sheet.eachRow((row, r) =>
      row.eachCell((_, c) => {
        if (!far && (r > rows || c > columns)) far = a1(r, c);
      }),
    );
    if (far) throw new PlanError('file.cellTooFar', { path, sheet: sheet.name, cell: far, rows, columns });
  }
};
