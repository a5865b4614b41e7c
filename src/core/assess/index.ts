export {
  SCORING_METHODS,
  checkRules,
  defaultRules,
  rulesForYear,
  type AssessmentRules,
  type GradeRule,
  type IndicatorRule,
  type ScoreBand,
  type ScoringMethod,
} from './rules';
export {
  readRulesSheet,
  rulesSheet,
  type PlacedRules,
  type RuleCells,
  type RulesSheetLabels,
} from './rulesSheet';
export { assessUnits, bonusScore, indicatorScore, type UnitRecord, type UnitScore } from './score';
export { assessInputs, type AssessFigure, type AssessInput } from './fromSummary';
export { assessColumns, assessSheet, type AssessSheetLabels } from './assessSheet';
export { readTypedPoints, type TypedPoints } from './typedPoints';
export {
  assessBulletinContent,
  assessTitle,
  type AssessBulletinContent,
  type AssessBulletinLabels,
} from './bulletin';
export { assessSheetWords, ruleRowsOf } from './planRules';
export { assessmentSheet, defaultRulesSheet, isAssessSheet, runAssessment, type AssessmentRun } from './run';
