export {
  cityTotal,
  departmentContent,
  printedFigure,
  targetColumns,
  taskbookContent,
  taskbookWording,
  type TaskbookContent,
  type TaskbookTarget,
  type TaskbookTask,
} from './content';
export { EVERY_COUNTY, departmentsOf, parseResponsible, type Department, type TaskRole } from './departments';
export { taskbookLayout, type FigureSource, type TaskbookLabels } from './layout';
