/**
 * The documents a round and a year end in — the 通报 and the 考核结果通报 — written the same way for the
 * command line and the pane: who signs, the date, 主送 and 联系人 from what the planner typed, else the plan's
 * settings. Only the chart's picture differs by host (resvg on the command line, the canvas in the pane).
 */
import {
  assessBulletinContent,
  assessTitle,
  bulletinWords,
  monthsText,
  rateCharts,
  type AssessInput,
  type AssessmentRules,
  type BulletinPlan,
  type Consolidation,
  type Plan,
  type RateChart,
  type UnitScore,
} from '../core';
import { assessDocument } from '../docx/assessDocument';
import { bulletinDocument } from '../docx/bulletinDocument';
import { fill, type Messages } from '../locales';

/** What the planner may type before a document is written; what is left out comes from the plan. */
export interface DocumentWords {
  /** 发文机关. */
  issuer?: string;
  /** 成文日期 (today when not given). */
  date?: Date;
  /** 主送. */
  to?: string;
  /** 联系人及电话. */
  contact?: string;
  /** 下步要求, a paragraph each (the 任务书's 工作要求 when not given, for the 通报). */
  requirements?: readonly string[];
}

/** The 完成率 chart's SVG as PNG bytes, for programs that cannot show SVG. */
export type ChartPainter = (chart: RateChart) => Uint8Array | Promise<Uint8Array>;

const dateText = (words: { date: string }, when: Date) =>
  fill(words.date, { year: when.getFullYear(), month: when.getMonth() + 1, day: when.getDate() });

/** The round's 通报: its file name and bytes. */
export const bulletinFile = async (
  plan: BulletinPlan,
  c: Consolidation,
  m: Messages,
  typed: DocumentWords,
  paint: ChartPainter,
): Promise<{ name: string; bytes: Uint8Array }> => {
  const words = bulletinWords(plan, typed);
  const d = m.bulletinDocument;
  const charts = await Promise.all(
    rateCharts(c, {
      title: m.summary.chartTitle,
      progress: m.summary.chartProgress,
      progressFor: m.summary.chartProgressFor,
    }).map(async (chart) => ({ ...chart, png: await paint(chart) })),
  );
  const bytes = await bulletinDocument(
    { ...plan, issuer: words.issuer },
    c,
    m.summary,
    { ...d, date: dateText(d, typed.date ?? new Date()) },
    {
      to: words.to,
      requirements: typed.requirements,
      charts,
      contact: words.contact ? fill(d.contact, { contact: words.contact }) : undefined,
    },
  );
  return {
    name: fill(m.pane.collect.bulletinName, { year: c.year, months: monthsText(m.summary, c.month) }),
    bytes,
  };
};

/** The year's 考核结果通报: its file name and bytes. */
export const assessBulletinFile = async (
  plan: Plan,
  scored: { input: AssessInput; rules: AssessmentRules; scores: readonly UnitScore[] },
  m: Messages,
  typed: DocumentWords,
): Promise<{ name: string; bytes: Uint8Array }> => {
  const words = bulletinWords(plan, typed);
  const labels = m.assessBulletin;
  const { input, rules, scores } = scored;
  const content = assessBulletinContent(input, rules, scores, labels, { title: assessTitle(plan) });
  const bytes = await assessDocument(content, {
    to: fill(labels.to, { units: words.to }),
    overviewHeading: labels.overviewHeading,
    resultsHeading: labels.resultsHeading,
    vetoHeading: labels.vetoHeading,
    disciplineHeading: labels.disciplineHeading,
    requirementsHeading: labels.requirementsHeading,
    issuer: words.issuer,
    date: dateText(labels, typed.date ?? new Date()),
    requirements: typed.requirements,
    contact: words.contact ? fill(labels.contact, { contact: words.contact }) : undefined,
    grades: [...rules.grades.bands.map((b) => b.grade), rules.grades.lowest],
  });
  const period =
    input.month >= 12
      ? fill(labels.wholeYear, { year: input.year })
      : fill(labels.partYear, {
          year: input.year,
          months: input.month === 1 ? labels.january : fill(labels.months, { month: input.month }),
        });
  return { name: fill(m.pane.assess.bulletinName, { period }), bytes };
};
