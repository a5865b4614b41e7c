export { allocateByWeights, allocateWithBounds, integerWeights } from './allocate';
export { fit, fitProportionally, roundMatrix, type FitRequest } from './fit';
export { phase, phaseTotal, type PhaseRequest } from './phase';
export { restoreSnapshot, takeSnapshot } from './snapshot';
export { spread, type SpreadResult } from './spread';
export type { Change, ChangeReason, Snapshot, SpreadMethod, SpreadRequest } from './types';
export { totalLines, type TotalLine } from './totals';
