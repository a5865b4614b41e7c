/** Node only: many workbooks written without ExcelJS. Not for the browser. */
export { WorkbookStamp } from './workbook';
