export { CellBlock, rangeBounds } from './cellBlock';
export { runExcel, translateExcelError } from './errors';
export { ExcelHost, type PlanSession, type SheetChange } from './host';
export { queueLayout, queuePrintSetup, rectangles } from './queueLayout';
export { REQUIRED_EXCEL_API, capabilities, type Capabilities } from './requirements';
export { WorkbookSession, editsIn } from './workbookSession';
