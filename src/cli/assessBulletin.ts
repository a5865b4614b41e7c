import {
  assessBulletinContent,
  assessTitle,
  type AssessInput,
  type AssessmentRules,
  type Plan,
  type UnitScore,
} from '../core';
import { fill } from '../locales';
import { dateOf, requirementsOf, type BulletinWordsOptions } from './bulletin';
import type { CliContext } from './context';
import { writeFileSafely } from './files';

/** The 考核结果通报 (checked beforehand with checkNewOutput), written through a temporary file. */
export const writeAssessmentBulletin = async (
  ctx: CliContext,
  plan: Plan,
  input: AssessInput,
  rules: AssessmentRules,
  scores: readonly UnitScore[],
  path: string,
  o: BulletinWordsOptions & { force?: boolean },
): Promise<void> => {
  const labels = ctx.m.assessBulletin;
  const when = dateOf(o.date);
  const { assessDocument } = await import('../docx/assessDocument');
  const content = assessBulletinContent(input, rules, scores, labels, { title: assessTitle(plan) });
  const to = o.to?.trim() ? o.to.trim().replace(/[：:]$/, '') : plan.units.map((u) => u.name).join('、');
  const bytes = await assessDocument(content, {
    to: fill(labels.to, { units: to }),
    overviewHeading: labels.overviewHeading,
    resultsHeading: labels.resultsHeading,
    vetoHeading: labels.vetoHeading,
    disciplineHeading: labels.disciplineHeading,
    requirementsHeading: labels.requirementsHeading,
    issuer: o.issuer?.trim() || plan.issuer,
    date: fill(labels.date, { year: when.getFullYear(), month: when.getMonth() + 1, day: when.getDate() }),
    requirements: requirementsOf(o.requirements),
    grades: [...rules.grades.bands.map((b) => b.grade), rules.grades.lowest],
  });
  writeFileSafely(path, bytes, { force: o.force });
};
