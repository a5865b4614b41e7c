export {
  SCORING_METHODS,
  checkRules,
  defaultRules,
  type AssessmentRules,
  type GradeRule,
  type IndicatorRule,
  type ScoreBand,
  type ScoringMethod,
} from './rules';
export { bandsText, readRulesSheet, rulesSheet, type RulesSheetLabels } from './rulesSheet';
export { assessUnits, bonusScore, indicatorScore, type UnitRecord, type UnitScore } from './score';
