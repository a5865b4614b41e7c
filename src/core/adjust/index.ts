export {
  changedUnits,
  changesSince,
  issueVersion,
  issuedVersion,
  lastIssued,
  pendingAdjustment,
  planAsIssued,
  recordAdjustment,
  snapshotOf,
  type Adjustment,
  type IssuedVersion,
  type TargetChange,
} from './versions';
export { adjustmentSheet, hasAdjustments, type AdjustmentLabels } from './sheet';
