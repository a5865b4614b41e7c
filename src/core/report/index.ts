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
export { readReportSheet, type ReadBlock } from './read';
export { checkReport, type CheckedReport, type ReportInput, type ReportIssue, type Verdict } from './check';
export {
  bulletinSheet,
  consolidate,
  summarySheet,
  type Consolidation,
  type Standing,
  type SummaryLabels,
} from './summary';
