/** Many workbooks of one shape written without ExcelJS, in Node and in the browser. */
export { WorkbookStamp } from './workbook';
export { portable, type Compressor } from './zip';
