import type { AssessInput, AssessmentRules, Plan, UnitScore } from '../core';
import { typedWords, type BulletinWordsOptions } from './bulletin';
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
  const { assessBulletinFile } = await import('../usecases/documents');
  const { bytes } = await assessBulletinFile(plan, { input, rules, scores }, ctx.m, typedWords(o));
  writeFileSafely(path, bytes, { force: o.force });
};
