export { planFromTaskbook, receivedRecord, type ParentLink } from './fromTaskbook';
export { upwardFigures, type UpwardFigures } from './upward';
