/** 从收到的任务书新建: the 任务书 workbook read here (never opened in Excel), its targets the new plan's. */
import { PlanError, planFromTaskbook, receivedRecord, type Plan } from '../../core';
import { readReport } from '../../xlsx/readReport';

export const receivedPlan = async (
  file: File,
  spec: { units: string[]; issuer?: string; title?: string },
  planId: string,
): Promise<Plan> => {
  const input = readReport(file.name, new Uint8Array(await file.arrayBuffer()));
  if (input.unreadable) throw new PlanError(input.unreadable.code, input.unreadable.params);
  return planFromTaskbook(receivedRecord(input.record, file.name), spec, planId);
};
