import { candidateLines, recognitionLines, type Recognised } from '../usecases/recognise';
import type { CliContext } from './context';

/** `new --from … --dry-run` and before writing: what the table was recognised as. */
export const describeRecognised = (
  ctx: CliContext,
  file: string,
  found: Extract<Recognised, { kind: 'plan' }>,
): string[] => recognitionLines(found, file, ctx.locale);

/** Several tables: listed, so the planner can say which with --table or --sheet. */
export const listCandidates = (
  ctx: CliContext,
  file: string,
  candidates: Extract<Recognised, { kind: 'choose' }>['candidates'],
): string[] => candidateLines(candidates, file, ctx.locale);
