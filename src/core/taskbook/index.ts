export {
  cityTotal,
  printedFigure,
  targetColumns,
  taskbookContent,
  type TaskbookContent,
  type TaskbookTarget,
} from './content';
export { taskbookLayout, type FigureSource, type TaskbookLabels } from './layout';
