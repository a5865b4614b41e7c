export {
  locateError,
  locateTable,
  mismatchIssue,
  type LocateProblem,
  type Location,
  type SheetCells,
} from './locate';
