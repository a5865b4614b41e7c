import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PlanError, type Plan } from '../core';
import { loadWorkbook, readPlans } from '../xlsx';
import type ExcelJS from 'exceljs';

export const readFileOrFail = (path: string): Buffer => {
  if (!existsSync(path)) throw new PlanError('file.notFound', { path });
  return readFileSync(path);
};

export const writeFileSafely = (path: string, data: Buffer, force = true): void => {
  if (!force && existsSync(path)) throw new PlanError('file.exists', { path });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
};

export const openPlanWorkbook = async (
  path: string,
): Promise<{ workbook: ExcelJS.Workbook; plans: Plan[] }> => {
  const workbook = await loadWorkbook(readFileOrFail(path), path);
  return { workbook, plans: readPlans(workbook, path) };
};
