/** Node only: many workbooks of one shape written without ExcelJS (see workbook.ts). Not for the browser. */
export { WorkbookStamp } from './workbook';
