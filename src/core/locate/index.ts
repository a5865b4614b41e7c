export { locateTable, type LocateProblem, type Location, type SheetCells } from './locate';
