export { renderLayout } from './renderLayout';
export { formulaOf, toCellValue } from './cellValue';
export { loadWorkbook, planWorkbook, readPlans, workbookToBuffer } from './planWorkbook';
