import { fillWords as fill } from '../words';
import type { Plan } from '../plan';
import { reportTargets, yearsOf } from '../report/record';
import { monthsText, type SummaryLabels } from '../report/summary';
import type { AssessSheetLabels } from './assessSheet';
import type { AssessInput } from './fromSummary';

/** The rows a new 考核办法 gets: each target indicator, and each year where the plan runs over several. */
export const ruleRowsOf = (plan: Plan): { indicator: string; year?: number }[] => {
  const years = yearsOf(plan.period);
  const names = [...new Set(reportTargets(plan, 0, years[0] ?? 0).map((t) => t.indicator))];
  return years.length > 1
    ? years.flatMap((year) => names.map((indicator) => ({ indicator, year })))
    : names.map((indicator) => ({ indicator }));
};

/** The 考核 sheet's title and note: the year, the plan, the 汇总 file and the rounds it rests on. */
export const assessSheetWords = (
  labels: AssessSheetLabels,
  summary: Pick<SummaryLabels, 'months' | 'firstMonth'>,
  input: AssessInput,
  file: string,
  title: string,
): { title: string; note: string; mark: string } => ({
  mark: fill(labels.title, { period: '', title }),
  title: fill(labels.title, {
    // A 考核 before December scores the months so far: 2018年1—3月, not 2018年度.
    period:
      input.month >= 12
        ? fill(labels.wholeYear, { year: input.year })
        : fill(labels.partYear, { year: input.year, months: monthsText(summary, input.month) }),
    title,
  }),
  note:
    fill(labels.note, {
      file,
      year: input.year,
      months: monthsText(summary, input.month),
      rounds: input.rounds.map((m) => monthsText(summary, m)).join('、'),
    }) +
    (input.due.length ? fill(labels.dueNote, { indicators: input.due.join('、'), year: input.year }) : ''),
});
