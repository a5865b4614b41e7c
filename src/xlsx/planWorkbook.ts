import { checkExtent, checkPackage } from './packageLimits';
import { themeXml } from './fast/theme';
import { repairExcelJsOutput } from './exceljsRepairs';
import ExcelJS from 'exceljs';
import {
  METADATA_SHEET,
  PlanError,
  locateError,
  defaultSheetName,
  metadataSheetLayout,
  planSheetLayout,
  planWithSheetValues,
  plansOfWorkbook,
  type Plan,
  uniqueSheetName,
  type SheetLabels,
} from '../core';
import { readCell } from './cellValue';
import { renderLayout } from './renderLayout';
import type { SheetLayout } from '../core';
import { sniffFile } from './sniff';
import { locateOnSheet, type PlanOnSheet } from './locateSheet';

/** A workbook holding the plans, each in its own sheet, and their metadata in a veryHidden sheet. */
export const planWorkbook = (
  plans: readonly Plan[],
  labels: SheetLabels,
): { workbook: ExcelJS.Workbook; plans: Plan[] } => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '目标分解';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  // Formulas are written without cached results: have Excel and WPS compute them on open.
  workbook.calcProperties.fullCalcOnLoad = true;
  const taken = [METADATA_SHEET];
  const placed = plans.map((plan) => {
    const name = uniqueSheetName(defaultSheetName(plan), taken);
    taken.push(name);
    const { layout, placement } = planSheetLayout(plan, labels, name);
    renderLayout(workbook, layout);
    return { ...plan, placement };
  });
  renderLayout(workbook, metadataSheetLayout(placed));
  return { workbook, plans: placed };
};

/** A workbook of sheets rendered from layouts (a 考核 with its 考核办法), recalculated by Excel and WPS on open. */
export const layoutsWorkbook = (layouts: readonly SheetLayout[]): ExcelJS.Workbook => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '目标分解';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const layout of layouts) renderLayout(workbook, layout);
  return workbook;
};

/**
 * ExcelJS, rewriting a workbook that came without a theme (another program's, or an older one of ours),
 * keeps an empty theme list yet still writes the relationship to xl/theme/theme1.xml, which Excel then
 * repairs; such a workbook is given the theme our own writer uses.
 */
const withTheme = (workbook: ExcelJS.Workbook): ExcelJS.Workbook => {
  const internal = workbook as unknown as { _themes?: Record<string, string> };
  if (internal._themes !== undefined && Object.keys(internal._themes).length === 0)
    internal._themes = { theme1: themeXml };
  return workbook;
};

export const workbookToBuffer = async (workbook: ExcelJS.Workbook): Promise<Buffer> =>
  Buffer.from(await workbookBytes(workbook));

/** The same bytes in the browser, which has no Buffer. */
export const workbookBytes = async (workbook: ExcelJS.Workbook): Promise<Uint8Array> =>
  repairExcelJsOutput(new Uint8Array(await withTheme(workbook).xlsx.writeBuffer()));

export const loadWorkbook = async (data: ArrayBuffer | Buffer, path = ''): Promise<ExcelJS.Workbook> => {
  checkPackage(new Uint8Array(data as ArrayBuffer), path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as ArrayBuffer);
  } catch {
    // The zip library's own words (English, with a URL) help no planner: say what the file seems to be.
    const kind = sniffFile(new Uint8Array(data as ArrayBuffer));
    throw new PlanError('file.notWorkbook', { path, kind: kind === 'zip' ? 'corruptWorkbook' : kind });
  }
  if (workbook.worksheets.length === 0) {
    const kind = sniffFile(new Uint8Array(data as ArrayBuffer));
    throw new PlanError('file.notWorkbook', { path, kind: kind === 'zip' ? 'noSheets' : kind });
  }
  checkExtent(workbook, path);
  return workbook;
};

export const sheetGrid = (sheet: ExcelJS.Worksheet): unknown[][] => {
  const grid: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    grid[r - 1] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      grid[r - 1][c - 1] = readCell(cell);
    });
  });
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return grid;
};

/**
 * The plans of a workbook, each found on its sheet by its labels (rows inserted, deleted or sorted,
 * the table moved), with the figures the sheet holds now and whatever no longer matches the plan.
 */
export const locatePlans = (workbook: ExcelJS.Workbook, path = ''): PlanOnSheet[] => {
  const meta = workbook.getWorksheet(METADATA_SHEET);
  if (!meta) throw new PlanError('file.noPlan', { path });
  return plansOfWorkbook(sheetGrid(meta), path).map((stored) => {
    const name = stored.placement?.sheet;
    const sheet = name === undefined ? undefined : workbook.getWorksheet(name);
    if (!sheet) throw new PlanError('file.sheetMissing', { sheet: name ?? '' });
    const found = locateOnSheet(stored, sheet);
    return {
      ...found,
      plan: planWithSheetValues(found.plan, (row, col) => readCell(sheet.getCell(row, col))),
    };
  });
};

/**
 * The plans of a workbook, for a read that feeds a write: refused, with the sheet, row and unit named,
 * when a table no longer matches its plan, so no figure can land in another unit's row.
 */
export const readPlans = (workbook: ExcelJS.Workbook, path = ''): Plan[] =>
  locatePlans(workbook, path).map((found) => {
    if (found.problems.length > 0) throw locateError(found.problems);
    return found.plan;
  });
