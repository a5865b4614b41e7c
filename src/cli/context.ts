import { isPlanError } from '../core';
import { basename } from 'node:path';
import { describeError, fill, messages, type Locale, type Messages } from '../locales';
import { fileError, tellStaleRemoved } from './files';

/** What every command needs: the locale's words and a way to fail in words, not stack traces. */
export interface CliContext {
  locale: Locale;
  m: Messages;
  out: (line: string) => void;
  /** Writes to the terminal without a line break (a progress bar); undefined when output is not a terminal. */
  terminal?: (text: string) => void;
  /** --force: write a workbook even though another program has it open. */
  force?: boolean;
}

export const cliContext = (locale: Locale): CliContext => {
  const ctx: CliContext = {
    locale,
    m: messages(locale),
    out: (line) => process.stdout.write(`${line}\n`),
    terminal: process.stdout.isTTY && process.stderr.isTTY ? (text) => process.stderr.write(text) : undefined,
  };
  tellStaleRemoved((removed, path) =>
    ctx.out(fill(ctx.m.cli.staleRemoved, { files: removed.join('、'), path: basename(path) })),
  );
  return ctx;
};

/** A file-system error that escaped a command's own handling still names its path. */
const asPlanError = (e: unknown) => {
  if (isPlanError(e)) return e;
  const errno = e as NodeJS.ErrnoException | undefined;
  return errno && typeof errno.code === 'string' && typeof errno.path === 'string'
    ? fileError(e, errno.path, errno.syscall !== 'open' && errno.syscall !== 'read')
    : undefined;
};

/** Runs a command; a planner's mistake becomes a message and exit code 2, a bug keeps its stack. */
export const run =
  <A extends unknown[]>(ctx: CliContext, action: (...args: A) => Promise<number | void> | number | void) =>
  async (...args: A): Promise<void> => {
    try {
      const code = await action(...args);
      process.exitCode = code ?? 0;
    } catch (e) {
      const mistake = asPlanError(e);
      if (!mistake) throw e;
      // A table that no longer matches its plan: say also that nothing was written.
      const nothing = mistake.code.startsWith('locate.') ? ctx.m.errors['locate.refused'] : '';
      process.stderr.write(
        `${ctx.m.cli.error}${ctx.m.cli.colon}${describeError(mistake, ctx.locale)}${nothing}\n`,
      );
      process.exitCode = 2;
    }
  };
