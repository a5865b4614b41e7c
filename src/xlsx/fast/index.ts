/** Node only: many workbooks written, and many reports read, without ExcelJS. Not for the browser. */
export { WorkbookStamp } from './workbook';
export { readReportFast } from './read';
