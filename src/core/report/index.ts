export {
  REPORT_SCHEMA,
  reportTargets,
  reportingYear,
  targetsHash,
  timeProgress,
  yearsOf,
  type ReportBlock,
  type ReportRecord,
  type ReportTarget,
} from './record';
export { reportSheet, type ReportLabels } from './layout';
