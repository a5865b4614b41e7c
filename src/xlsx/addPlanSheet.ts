import {
  METADATA_SHEET,
  defaultSheetName,
  metadataSheetLayout,
  planSheetLayout,
  uniqueSheetName,
  type Plan,
  type SheetLabels,
} from '../core';
import { loadWorkbook, workbookBytes } from './planWorkbook';
import { renderLayout } from './renderLayout';

/**
 * A workbook of the planner's own with a plan sheet added beside its sheets (fenjie new --from … --in-place):
 * the plan sheet and the hidden metadata are written; the planner's sheets are carried over as read.
 */
export const addPlanSheet = async (
  bytes: Uint8Array,
  path: string,
  plan: Plan,
  labels: SheetLabels,
): Promise<{ bytes: Uint8Array; sheet: string; plan: Plan }> => {
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const workbook = await loadWorkbook(copy, path);
  const taken = [METADATA_SHEET, ...workbook.worksheets.map((s) => s.name)];
  const sheet = uniqueSheetName(defaultSheetName(plan), taken);
  const { layout, placement } = planSheetLayout(plan, labels, sheet);
  renderLayout(workbook, layout);
  const placed = { ...plan, placement };
  renderLayout(workbook, metadataSheetLayout([placed]));
  workbook.calcProperties.fullCalcOnLoad = true;
  return { bytes: await workbookBytes(workbook), sheet, plan: placed };
};
