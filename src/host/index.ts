export { CellBlock, rangeBounds } from './cellBlock';
export {
  sessionFrom,
  type PlanSession,
  type SelectedTable,
  type SheetChange,
  type WorkbookHost,
} from './workbookHost';
export { WorkbookSession, editsIn } from './workbookSession';
