/** The words and the functions over them, with Chinese loaded and English added by the caller. */
import { zhCN, type Messages } from './zh-CN';

export type Locale = 'zh-CN' | 'en-US';
export type { Messages };

// Chinese is always here; English is added by whoever loads it (the command line at once, the pane on demand).
const locales: Record<Locale, Messages> = { 'zh-CN': zhCN, 'en-US': zhCN };
const added = new Set<Locale>(['zh-CN']);

export const addLocale = (locale: Locale, words: Messages): void => {
  locales[locale] = words;
  added.add(locale);
};

export const hasLocale = (locale: Locale): boolean => added.has(locale);

export const messages = (locale: Locale = 'zh-CN'): Messages => locales[locale];

/**
 * Fills {name} placeholders; {name|one|other} is the word for the count in `name` (English plurals:
 * “1 column”, “2 columns”).
 */
export const fill = (template: string, params: Record<string, string | number> = {}): string =>
  template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (m, key: string, one?: string, other?: string) => {
    if (!(key in params)) return m;
    if (one === undefined) return String(params[key]);
    return Number(params[key]) === 1 ? one : (other ?? one);
  });

/** The core lists names with 、; English reads them with commas. */
const localParams = (params: Record<string, string | number>, locale: Locale) =>
  locale === 'zh-CN'
    ? params
    : Object.fromEntries(
        Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/、/g, ', ') : v]),
      );

/**
 * Quotes within quotes as Chinese writes them: a name that brings its own “” (a plan titled “湘商回归”…) set
 * inside a message's “{plan}” becomes ‘湘商回归’, not ““湘商回归””.
 */
export const nestQuotes = (text: string): string => {
  let depth = 0;
  return text.replace(/[“”]/g, (q) => {
    if (q === '“') return ++depth > 1 ? '‘' : '“';
    depth = Math.max(0, depth - 1);
    return depth > 0 ? '’' : '”';
  });
};

/** Where a message is shown: the command line names its flags, the pane its controls. */
export type Shown = 'cli' | 'pane';

export const describeError = (
  error: { code: string; params: Record<string, string | number> },
  locale: Locale = 'zh-CN',
  shown: Shown = 'cli',
): string => {
  const errors = locales[locale].errors;
  const pane = shown === 'pane' ? locales[locale].paneWords : {};
  // A code with a `kind` may have words for each kind: file.notWorkbook.xls, file.notWorkbook.csv, …
  const kind = error.params.kind;
  const template =
    (kind !== undefined ? errors[`${error.code}.${kind}`] : undefined) ??
    pane[error.code] ??
    errors[error.code];
  return template
    ? nestQuotes(fill(template, localParams(error.params, locale)))
    : `${error.code} ${JSON.stringify(error.params)}`;
};

export const pickLocale = (tag: string | undefined): Locale => (tag && /^en/i.test(tag) ? 'en-US' : 'zh-CN');

/** zh, zh-CN, zh-Hans, en, en-US, en-GB … to a locale the product has; anything else: undefined. */
export const knownLocale = (tag: string): Locale | undefined =>
  /^zh([-_](CN|Hans|Hans-CN|SG))?$/i.test(tag.trim())
    ? 'zh-CN'
    : /^en([-_][A-Za-z]{2,4})?$/i.test(tag.trim())
      ? 'en-US'
      : undefined;

/** An issue in words: what is wrong, with the figures; where it is comes separately. */
export const describeIssue = (
  issue: { code: string; params: Record<string, string | number> },
  locale: Locale = 'zh-CN',
  shown: Shown = 'cli',
): string => {
  // A table that no longer matches its plan is said in the words of its refusal.
  const issues = locales[locale].issues;
  const pane = shown === 'pane' ? locales[locale].paneWords : {};
  if (!(issue.code in issues) || (shown === 'pane' && issue.code in pane))
    return describeError(issue, locale, shown);
  // A code with a `kind` may have words for each kind: report.notWorkbook.xls, report.notWorkbook.ods, …
  const kind = issue.params.kind;
  const template = (kind !== undefined ? issues[`${issue.code}.${kind}`] : undefined) ?? issues[issue.code];
  return template
    ? nestQuotes(fill(template, localParams(issue.params, locale)))
    : `${issue.code} ${JSON.stringify(issue.params)}`;
};

/** Where an issue is: 湘商回归分解!C5. */
export const issuePlace = (issue: { sheet?: string; cell?: string }): string =>
  issue.sheet && issue.cell ? `${issue.sheet}!${issue.cell}` : (issue.cell ?? issue.sheet ?? '');

/** The words of every locale, the given one first: a workbook issued in Chinese is read back in English too. */
export const reportWordsOfAll = (m: Messages) => [
  reportWords(m),
  ...Object.values(locales)
    .filter((x) => x !== m)
    .map((x) => reportWords(x)),
];

/** How a 完成情况 sheet names its 累计 column and its months, for reading one back. */
export const reportWords = (m: Messages) => ({
  cumulative: m.report.header[1],
  lastYear: m.report.header[2],
  month: (n: number) => fill(m.report.month, { m: n }),
  fields: { person: m.report.person, phone: m.report.phone, date: m.report.date },
});
