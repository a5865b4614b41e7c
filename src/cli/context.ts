import { isPlanError } from '../core';
import { describeError, messages, pickLocale, type Locale, type Messages } from '../locales';

/** What every command needs: the locale's words and a way to fail in words, not stack traces. */
export interface CliContext {
  locale: Locale;
  m: Messages;
  out: (line: string) => void;
}

export const cliContext = (lang?: string): CliContext => {
  const locale = pickLocale(lang ?? process.env.FENJIE_LANG);
  return { locale, m: messages(locale), out: (line) => process.stdout.write(`${line}\n`) };
};

/** Runs a command; a planner's mistake becomes a message and exit code 2, a bug keeps its stack. */
export const run =
  <A extends unknown[]>(action: (...args: A) => Promise<number | void> | number | void) =>
  async (...args: A): Promise<void> => {
    try {
      const code = await action(...args);
      process.exitCode = code ?? 0;
    } catch (e) {
      if (isPlanError(e)) {
        const ctx = cliContext();
        process.stderr.write(`${ctx.m.cli.error}: ${describeError(e, ctx.locale)}\n`);
        process.exitCode = 2;
        return;
      }
      throw e;
    }
  };
