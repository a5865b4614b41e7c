export { PlanError, isPlanError, type PlanErrorParams } from './errors';
export * from './plan';
export { parsePlan, parsePlanJson } from './planSchema';
export { fromScaled, roundTo, sumScaled, toScaled } from './fixed';
export { a1, columnLetter, columnNumber, parseA1, rangeA1 } from './a1';
export { planWithSheetValues, type CellReader } from './readBack';
export * from './layout';
export * from './templates';
