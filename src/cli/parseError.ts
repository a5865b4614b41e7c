import type { CommanderError } from 'commander';
import { fill, type Messages } from '../locales';

/** Commander's codes for a command line it could not parse, and what its English message quotes. */
const QUOTED = /'([^']+)'/;
const SUGGESTION = /\(Did you mean (?:one of )?([^?]+)\?\)/;

/**
 * A parse failure in the planner's language, on one line, with where to read more:
 * 缺少必需的选项 -o, --output <file>。详见 fenjie new --help
 */
export const describeParseError = (
  error: CommanderError,
  m: Messages,
  command: string | undefined,
): string => {
  const words = m.cli.parse;
  const quoted = QUOTED.exec(error.message)?.[1] ?? '';
  const suggestion = SUGGESTION.exec(error.message)?.[1];
  const key = error.code.replace(/^commander\./, '');
  const template = (words as Record<string, string>)[key] ?? words.other;
  const sentence = fill(template, { what: quoted });
  const hint = suggestion ? fill(words.didYouMean, { what: suggestion }) : '';
  const more = fill(words.more, { command: command ? `fenjie ${command} --help` : 'fenjie --help' });
  return `${m.cli.error}${m.cli.colon}${sentence}${hint}${more}`;
};
