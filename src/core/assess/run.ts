import { checkSummarySignature } from '../report/sinceStart';
import { PlanError } from '../errors';
import { layoutCells, type SheetLayout } from '../layout/sheetLayout';
import type { SheetCells } from '../locate/locate';
import type { Plan } from '../plan';
import type { SummaryLabels, SummaryRecord } from '../report/summary';
import { assessSheet, type AssessSheetLabels } from './assessSheet';
import { assessTitle } from './bulletin';
import { assessInputs, type AssessInput } from './fromSummary';
import { assessSheetWords, ruleRowsOf } from './planRules';
import { checkRules, defaultRules, rulesForYear } from './rules';
import { readRulesSheet, rulesSheet, type PlacedRules, type RulesSheetLabels } from './rulesSheet';
import { assessUnits, type UnitScore } from './score';
import { readTypedPoints } from './typedPoints';

export interface AssessmentRun {
  /** The 考核办法 as read (every year's rows), and the rows of the year scored. */
  all: PlacedRules;
  placed: PlacedRules;
  input: AssessInput;
  scores: UnitScore[];
  /** No 考核办法 sheet was there: these are the defaults, and the sheet to write them as. */
  defaults?: SheetLayout;
  title: string;
}

/** A new 考核办法 for a plan: default rules, marked as such on the sheet. */
export const defaultRulesSheet = (plan: Plan, words: RulesSheetLabels): SheetLayout =>
  rulesSheet(defaultRules(ruleRowsOf(plan)), words, { title: assessTitle(plan), defaults: true });

/**
 * A year's 考核 of a plan from its 汇总, whatever holds the workbook (the command line's file, Excel, the
 * workbench): the 考核办法 read and checked (or the defaults), the year's inputs, the 加分 and 扣分 typed on the
 * last 考核 sheet kept, every unit scored.
 */
export const runAssessment = (a: {
  plan: Plan;
  record: SummaryRecord;
  file: string;
  rules?: SheetCells;
  lastSheet?: SheetCells;
  year?: number;
  words: RulesSheetLabels;
  labels: AssessSheetLabels;
}): AssessmentRun => {
  if (a.plan.units.length === 0) throw new PlanError('assess.noUnits');
  // Scored only from a 汇总 this plan wrote: one signed with another key is refused.
  checkSummarySignature(a.plan, a.record, a.file);
  const defaults = a.rules ? undefined : defaultRulesSheet(a.plan, a.words);
  const all = readRulesSheet(a.rules ?? layoutCells(defaults!), a.words);
  checkRules(all.rules, a.words.sheet);
  const year = a.year ?? Math.max(...a.record.rounds.map((r) => r.year ?? a.record.year));
  const placed = rulesForYear(all, year);
  if (placed.rules.indicators.length === 0)
    throw new PlanError('assess.noYearRules', { sheet: a.words.sheet, year });
  const input = assessInputs(a.plan, a.record, placed.rules, {
    year,
    file: a.file,
    sheet: a.words.sheet,
    reportingDay: a.plan.taskbook?.reporting.day,
  });
  const typed = a.lastSheet ? readTypedPoints(a.lastSheet, a.labels) : new Map();
  const units = input.units.map((u) => ({ ...u, ...(typed.get(u.unit) ?? {}) }));
  // Points typed for a name no longer in the plan (a unit renamed on the sheet) are said, not dropped silently.
  const orphans = [...typed.entries()]
    .filter(([name]) => !a.plan.units.some((u) => u.name === name))
    .map(([unit, t]) => ({
      code: 'assess.typedOrphan',
      params: {
        sheet: a.labels.sheet,
        unit,
        points: [t.plus && `+${t.plus.points}`, t.minus && `−${t.minus.points}`].filter(Boolean).join(' '),
      },
    }));
  return {
    all,
    placed,
    input: { ...input, units, notes: [...input.notes, ...orphans] },
    scores: assessUnits(placed.rules, units),
    ...(defaults ? { defaults } : {}),
    title: assessTitle(a.plan),
  };
};

/** The 考核 sheet of a run, its formulas pointing at the 考核办法 as placed (the planner's sheet, or a copy). */
export const assessmentSheet = (
  run: AssessmentRun,
  labels: AssessSheetLabels,
  summary: Pick<SummaryLabels, 'months' | 'firstMonth'>,
  file: string,
  placed: PlacedRules = run.placed,
): SheetLayout =>
  assessSheet(
    run.input,
    placed,
    run.scores,
    labels,
    assessSheetWords(labels, summary, run.input, file, run.title),
  );

/** Our 考核 sheet, not one the planner made of that name: 单位, 总分 and 等次 in its header rows. */
export const isAssessSheet = (
  sheet: SheetCells,
  labels: Pick<AssessSheetLabels, 'unit' | 'total' | 'grade'>,
) => {
  const seen = new Set<string>();
  for (let r = 1; r <= Math.min(sheet.rowCount, 6); r++)
    for (let c = 1; c <= sheet.columnCount; c++) seen.add(String(sheet.value(r, c) ?? '').trim());
  return [labels.unit, labels.total, labels.grade].every((l) => seen.has(l));
};
