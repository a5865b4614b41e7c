export { planFromTaskbook, receivedRecord, type ParentLink } from './fromTaskbook';
export { summaryOfRound, upwardFigures, type UpwardFigures } from './upward';
