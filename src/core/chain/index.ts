export { planFromTaskbook, receivedRecord, type ParentLink } from './fromTaskbook';
export { localDate, receivedBlocks, summaryOfRound, upwardFigures, type UpwardFigures } from './upward';
