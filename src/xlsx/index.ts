export { renderLayout } from './renderLayout';
export { readCell, toCellValue } from './cellValue';
export { loadWorkbook, planWorkbook, readPlans, workbookToBuffer } from './planWorkbook';
export { replaceMetadata, workbookGrid, writeChanges } from './planSheetAccess';
export { sniffFile, type FileKind } from './sniff';
