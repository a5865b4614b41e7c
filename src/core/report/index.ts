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
export { isReportRecord } from './recordSchema';
export { readReportSheet, type ReadBlock, type ReportWords } from './read';
export {
  checkReport,
  settleDuplicates,
  type CheckedReport,
  type ReportInput,
  type ReportIssue,
  type Verdict,
} from './check';
export { collectRound, isBundleFileName, isLockFileName, placeInRound, roundMonth } from './round';
export {
  SUMMARY_SCHEMA,
  bulletinContent,
  bulletinPlanOf,
  bulletinWords,
  bulletinSubject,
  bulletinSheet,
  consolidate,
  growthNote,
  growthWords,
  hasGrowth,
  historySheet,
  monthsText,
  roundOf,
  roundYear,
  sinceNote,
  summarySheet,
  overdueLine,
  withLastYear,
  type BulletinContent,
  type BulletinPlan,
  type Consolidation,
  type Standing,
  type SummaryLabels,
  type SummaryRecord,
  type SummaryRound,
} from './summary';
export { planTargetsHash } from './issue';
export { checkSummarySignature, summaryRecordOf, summaryUsable, withSinceStart } from './sinceStart';
export { plansOfWorkbook } from './whatFile';
export { rateChart, rateCharts, type RateChart, type RateChartLabels } from './rateChart';
export { lastYearFromSummary, roundOfRecord } from './lastYear';
export { dueDate, overdue } from './deadline';
export {
  ROUNDS_SHEET,
  collectReturned,
  roundsOfSheet,
  roundsSheet,
  type CollectRequest,
  type CollectResult,
} from './collectUseCase';
