export {
  locateError,
  locateTable,
  mismatchIssue,
  mismatchIssues,
  type LocateProblem,
  type Location,
  type SheetCells,
} from './locate';
