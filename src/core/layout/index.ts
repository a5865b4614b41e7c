export type { SheetLabels } from './labels';
export type {
  BarChart,
  CellStyle,
  ConditionalFormat,
  LayoutCell,
  Merge,
  PrintSetup,
  SheetLayout,
  ValidationRule,
} from './sheetLayout';
export { emptyLayout, isOwnSheet, layoutCells } from './sheetLayout';
export {
  METADATA_SHEET,
  metadataSheetLayout,
  plansFromMetadata,
  recordsFromMetadata,
  recordsSheetLayout,
  type MetadataRecord,
} from './metadata';
export {
  FIRST_UNIT_ROW,
  HEADER_ROWS,
  numberFormat,
  planSheetLayout,
  uniqueSheetName,
  sheetNameFrom,
  type PlanSheet,
} from './planSheet';
export { displayWidth } from './textWidth';
export { breakLines, fitLines, joinLines, sameText } from './lineBreak';
