export { planFromTaskbook, receivedRecord, type ParentLink } from './fromTaskbook';
