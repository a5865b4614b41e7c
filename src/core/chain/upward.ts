import { PlanError } from '../errors';
import { readFigure } from '../figures';
import { isSummed, type Plan } from '../plan';
import type { SheetCells } from '../locate/locate';
import { readReportSheet, type ReadBlock, type ReportWords } from '../report/read';
import type { ReportRecord } from '../report/record';
import { SUMMARY_SCHEMA, roundOf, type Consolidation, type SummaryRecord } from '../report/summary';

export interface UpwardFigures {
  year: number;
  /** The months filled: those of the 汇总's rounds of the year. */
  months: number[];
  cells: { cell: string; value: number; month: number; indicator: string }[];
  /** Months already reported in the file with other figures (replaced only with --force). */
  conflicts: { cell: string; had: string; value: number; month: number; indicator: string }[];
  /** Targets that are no sum of the units' (a share, %): left for the planner to type. */
  left: string[];
}

/**
 * What this level reports upward in the 完成情况 it received: for each target the level above issued it, the
 * 1—N月累计 of its own 汇总 (全市, the units' sum) for every round of the 任务书's year. Refused: a plan not made
 * from this 任务书, a 汇总 of another plan, or one without that year.
 */
export const upwardFigures = (
  plan: Plan,
  summary: SummaryRecord,
  received: ReportRecord,
  blocks: readonly ReadBlock[],
  files: { summary: string; into: string },
): UpwardFigures => {
  const parent = plan.parent;
  if (!parent) throw new PlanError('upward.noParent', { plan: plan.title });
  // The plan was updated to a later 任务书 of the same unit: this is the old one.
  if (
    parent.planId === received.planId &&
    parent.unit.id === received.unit.id &&
    parent.version > received.planVersion
  )
    throw new PlanError('upward.oldTaskbook', {
      file: files.into,
      theirs: received.planVersion,
      ours: parent.version,
    });
  // The level above re-issued since this plan was made: take its new 下达目标 first (new --from --update).
  if (
    parent.planId === received.planId &&
    parent.unit.id === received.unit.id &&
    parent.version < received.planVersion
  )
    throw new PlanError('upward.newerTaskbook', {
      file: files.into,
      theirs: received.planVersion,
      ours: parent.version,
    });
  if (
    parent.planId !== received.planId ||
    parent.unit.id !== received.unit.id ||
    parent.version !== received.planVersion
  )
    throw new PlanError('upward.otherTaskbook', {
      file: files.into,
      unit: received.unit.name,
      title: received.planTitle,
      plan: plan.title,
    });
  if (summary.planId !== plan.planId) throw new PlanError('assess.otherPlan', { file: files.summary });
  const year = received.year;
  const rounds = summary.rounds
    .filter((r) => (r.year ?? summary.year) === year && r.done !== undefined)
    .sort((a, b) => a.month - b.month);
  if (rounds.length === 0)
    throw new PlanError('upward.noYear', {
      file: files.summary,
      year,
      years: [...new Set(summary.rounds.map((r) => `${r.year ?? summary.year}年`))].join('、'),
    });
  const cells: UpwardFigures['cells'] = [];
  const conflicts: UpwardFigures['conflicts'] = [];
  const left: string[] = [];
  for (const block of blocks) {
    const own = parent.columns.find((c) => c.parent === block.target.column)?.column;
    if (!own) continue;
    const column = plan.columns.find((c) => c.id === own);
    if (column && !isSummed(plan, column)) {
      left.push(block.target.indicator);
      continue;
    }
    for (const round of rounds) {
      const value = round.done?.[own];
      const at = block.months[round.month - 1];
      if (value === null || value === undefined || !at) continue;
      const had = readFigure(at.value);
      if (had.kind !== 'empty' && !(had.kind === 'number' && had.value === value))
        conflicts.push({
          cell: at.cell,
          had: String(at.value),
          value,
          month: round.month,
          indicator: block.target.indicator,
        });
      cells.push({ cell: at.cell, value, month: round.month, indicator: block.target.indicator });
    }
  }
  return { year, months: rounds.map((r) => r.month), cells, conflicts, left };
};

/** A round collected just now (in the pane) as the 汇总 record upwardFigures reads: that round alone. */
export const summaryOfRound = (plan: Plan, c: Consolidation, passed: number, at: string): SummaryRecord => ({
  schema: SUMMARY_SCHEMA,
  planId: plan.planId,
  year: c.year,
  month: c.month,
  indicators: c.targets.map((t) => t.indicator),
  rounds: [roundOf(c, passed, 0, at)],
});

/** The blocks of a received 完成情况, read in the first language whose labels find them all; refused when none does. */
export const receivedBlocks = (
  record: ReportRecord,
  sheet: SheetCells,
  wordsOf: readonly ReportWords[],
  file: string,
): ReadBlock[] => {
  const readings = wordsOf.map((words) => readReportSheet(record, sheet, words));
  const reading = readings.find((r) => r.problems.length === 0) ?? readings[0];
  if (reading.problems.length > 0)
    throw new PlanError('upward.sheetChanged', { file, sheet: record.layout.sheet });
  return reading.blocks;
};

/** 2018-04-05: a 填报日期 as a clerk types it, in local time. */
export const localDate = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
