import { fillWords as fill } from '../words';
import type { AssessInput } from './fromSummary';
import type { AssessmentRules } from './rules';
import type { UnitScore } from './score';

/** The words of the 考核结果通报 (from the locale files, by the caller). */
export interface AssessBulletinLabels {
  /** A missing month whose report was 退回 and never sent again: 3月（退回未重报）. */
  returnedMonth: string;
  title: string;
  /** The period in the title: the whole year (2018年度), or the months so far (2018年1—3月). */
  wholeYear: string;
  partYear: string;
  to: string;
  overviewHeading: string;
  overview: string;
  counts: string;
  count: string;
  resultsHeading: string;
  gradeLine: string;
  table: { rank: string; unit: string; rate: string; total: string; grade: string };
  vetoHeading: string;
  veto: string;
  vetoNoFigure: string;
  interview: string;
  figure: string;
  noFigure: string;
  /** A unit with no figure on any indicator. */
  noReport: string;
  noTarget: string;
  /** {unit}加分{points}分：{reason}。 */
  plus: string;
  minus: string;
  noVeto: string;
  noInterview: string;
  disciplineHeading: string;
  late: string;
  missing: string;
  unitMonths: string;
  onTime: string;
  requirementsHeading: string;
  date: string;
  /** 1—{month}月, 1月 alone. */
  months: string;
  january: string;
  /** The list separator of a sentence (、). */
  and: string;
}

export interface AssessBulletinContent {
  title: string;
  overview: string[];
  grades: string[];
  vetoes: string[];
  interviews: string[];
  discipline: string[];
  /** The table's rows, best first: 排名, 单位, each 完成率, 总分, 等次. */
  rows: string[][];
  header: string[];
}

const shown = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/**
 * What the 考核结果通报 says: how the units were assessed, the 排名 and the 等次, the units 否决 (with the
 * figure under its line) and those to be 约谈 (the lowest N, with the figures behind their score), and the
 * 报送纪律 of the year. One sentence a paragraph, in the order a bureau writes them.
 */
export const assessBulletinContent = (
  input: AssessInput,
  rules: AssessmentRules,
  scores: readonly UnitScore[],
  labels: AssessBulletinLabels,
  plan: { title: string },
): AssessBulletinContent => {
  const and = labels.and;
  const months = input.month === 1 ? labels.january : fill(labels.months, { month: input.month });
  const order = scores.map((s, i) => ({ s, i })).sort((a, b) => a.s.rank - b.s.rank || a.i - b.i);
  const indicators = [...new Set(rules.indicators.map((r) => r.indicator))];
  const grades = [...rules.grades.bands.map((b) => b.grade), rules.grades.lowest];
  const counts = grades
    .map((grade) => ({ grade, n: scores.filter((s) => s.grade === grade).length }))
    .filter((g) => g.n > 0);
  const figures = (i: number) =>
    input.units[i].missingMonths.length === input.rounds.length
      ? labels.noReport
      : rules.indicators
          .map((r, k) => {
            const f = input.figures[i][k];
            const m = input.measures[k] ?? '';
            if (input.units[i].noTarget?.[k]) return fill(labels.noTarget, { indicator: r.indicator });
            const rate = input.units[i].rates[k];
            return rate === null || f.done === null
              ? fill(labels.noFigure, { indicator: r.indicator })
              : fill(labels.figure, {
                  indicator: r.indicator,
                  done: f.done,
                  target: shown(f.target),
                  measure: m,
                  rate,
                });
          })
          .join('，');
  const vetoes = order.flatMap(({ s, i }) =>
    s.veto.map((v) => {
      const k = rules.indicators.findIndex((r) => r.indicator === v.indicator);
      const f = input.figures[i][k];
      return v.rate === null || f?.done === null
        ? fill(labels.vetoNoFigure, { unit: s.unit, indicator: v.indicator, line: v.line, grade: s.grade })
        : fill(labels.veto, {
            unit: s.unit,
            indicator: v.indicator,
            done: shown(f?.done),
            target: shown(f?.target),
            measure: input.measures[k] ?? '',
            rate: v.rate,
            line: v.line,
            grade: s.grade,
          });
    }),
  );
  const interviews = order
    .filter(({ s }) => s.interview)
    .map(({ s, i }) =>
      fill(labels.interview, {
        unit: s.unit,
        total: s.total,
        rank: s.rank,
        count: scores.length,
        figures: figures(i),
      }),
    );
  const listed = (pick: (i: number) => number[], returned: (i: number) => readonly number[] = () => []) =>
    input.units
      .map((u, i) => ({ u, m: pick(i), r: returned(i) }))
      .filter((x) => x.m.length > 0)
      .map((x) =>
        fill(labels.unitMonths, {
          unit: x.u.unit,
          months: x.m
            .map((m) => (x.r.includes(m) ? fill(labels.returnedMonth, { month: m }) : `${m}月`))
            .join(and),
        }),
      )
      .join('；');
  // The planner's 加分 and 扣分, each with its 说明, as the 考核 sheet has them.
  const typed = order.flatMap(({ s, i }) => {
    const u = input.units[i];
    return [
      ...(u.plus ? [fill(labels.plus, { unit: s.unit, points: u.plus.points, reason: u.plus.reason })] : []),
      ...(u.minus
        ? [fill(labels.minus, { unit: s.unit, points: u.minus.points, reason: u.minus.reason })]
        : []),
    ];
  });
  const late = listed((i) => input.units[i].lateMonths);
  const missing = listed(
    (i) => input.units[i].missingMonths,
    (i) => input.units[i].returnedMonths ?? [],
  );
  return {
    title: fill(labels.title, {
      period:
        input.month >= 12
          ? fill(labels.wholeYear, { year: input.year })
          : fill(labels.partYear, { year: input.year, months }),
      title: plan.title,
    }),
    overview: [
      fill(labels.overview, {
        title: plan.title,
        units: scores.length,
        year: input.year,
        indicators: indicators.join(and),
        months,
        rounds: input.rounds.length,
      }),
      fill(labels.counts, {
        counts: counts.map((g) => fill(labels.count, { grade: g.grade, n: g.n })).join(and),
      }),
    ],
    grades: [
      ...grades.flatMap((grade) => {
        const units = order.filter(({ s }) => s.grade === grade).map(({ s }) => s.unit);
        return units.length
          ? [fill(labels.gradeLine, { grade, n: units.length, units: units.join(and) })]
          : [];
      }),
      ...typed,
    ],
    vetoes: vetoes.length ? vetoes : [labels.noVeto],
    interviews: interviews.length ? interviews : [labels.noInterview],
    discipline: [
      ...(late ? [fill(labels.late, { units: late })] : []),
      ...(missing ? [fill(labels.missing, { units: missing })] : []),
      ...(!late && !missing ? [labels.onTime] : []),
    ],
    header: [
      labels.table.rank,
      labels.table.unit,
      ...rules.indicators.map((r) => fill(labels.table.rate, { indicator: r.indicator })),
      labels.table.total,
      labels.table.grade,
    ],
    rows: order.map(({ s, i }) => [
      String(s.rank),
      s.unit,
      ...rules.indicators.map((_, k) =>
        input.units[i].noTarget?.[k] ? '—' : shown(input.units[i].rates[k]),
      ),
      s.total.toFixed(2),
      s.grade,
    ]),
  };
};

/** A plan's name in a 考核's titles: the 任务书's, or the plan's without its period (（2017—2020年）). */
export const assessTitle = (plan: { title: string; taskbook?: { title: string } }): string =>
  (plan.taskbook?.title.replace(/任务书$/, '') || plan.title).replace(/[（(][^（）()]*年[）)]$/, '');
