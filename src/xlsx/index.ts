export { renderLayout } from './renderLayout';
export { readCell, toCellValue } from './cellValue';
export {
  layoutsWorkbook,
  loadWorkbook,
  locatePlans,
  planWorkbook,
  readPlans,
  workbookToBuffer,
} from './planWorkbook';
export { sheetCells, type PlanOnSheet } from './locateSheet';
export {
  replaceMetadata,
  workbookGrid,
  writeAdjustmentSheet,
  writeChanges,
  writeUnits,
} from './planSheetAccess';
export { sniffFile, type FileKind } from './sniff';
export {
  addTaskbookSheet,
  allDepartmentsWorkbook,
  allTaskbooksWorkbook,
  departmentTaskbookWorkbook,
  placeTaskbookSheets,
  unitTaskbookWorkbook,
  type PlacedTaskbooks,
} from './taskbooks';
export { taskbookSheetLayout, unitWorkbookLayouts } from './unitLayouts';
export { REPORT_LIMITS } from './reportLimits';
export { readReport } from './readReport';
export { FileHost } from './fileHost';
export { fillReportCells } from './fillReport';
