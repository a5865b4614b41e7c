import { knownLocale, type Locale } from '../locales';

/** The language asked for: `--lang X` or `--lang=X` anywhere on the line, else FENJIE_LANG, else Chinese. */
export const requestedLang = (argv: readonly string[], env: string | undefined): string | undefined => {
  for (let k = 0; k < argv.length; k++) {
    if (argv[k] === '--') break;
    if (argv[k] === '--lang') return argv[k + 1] ?? '';
    if (argv[k].startsWith('--lang=')) return argv[k].slice('--lang='.length);
  }
  return env === '' ? undefined : env;
};

export type LangChoice = { ok: true; locale: Locale } | { ok: false; asked: string };

/** Only the languages the product speaks: an unknown tag is refused, not quietly read as Chinese. */
export const chooseLocale = (asked: string | undefined): LangChoice => {
  if (asked === undefined) return { ok: true, locale: 'zh-CN' };
  const locale = knownLocale(asked);
  return locale ? { ok: true, locale } : { ok: false, asked };
};

/** The project's scripts (demo, manifest, dev server) speak as the command line does: FENJIE_LANG, else Chinese. */
export const scriptLocale = (env: string | undefined): Locale => {
  const choice = chooseLocale(requestedLang([], env));
  return choice.ok ? choice.locale : 'zh-CN';
};
