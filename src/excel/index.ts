export { runExcel, translateExcelError } from './errors';
export { ExcelHost } from './host';
export { queueLayout, queuePrintSetup, rectangles } from './queueLayout';
export { REQUIRED_EXCEL_API, capabilities, type Capabilities } from './requirements';
