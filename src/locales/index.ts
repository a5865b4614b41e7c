import { enUS } from './en-US';
import { zhCN, type Messages } from './zh-CN';

export type Locale = 'zh-CN' | 'en-US';
export type { Messages };

const locales: Record<Locale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };

export const messages = (locale: Locale = 'zh-CN'): Messages => locales[locale];

/** Fills {name} placeholders. */
export const fill = (template: string, params: Record<string, string | number> = {}): string =>
  template.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));

/** The words for a core error code, in the locale; the code itself if no words exist yet. */
export const describeError = (
  error: { code: string; params: Record<string, string | number> },
  locale: Locale = 'zh-CN',
): string => {
  const template = locales[locale].errors[error.code];
  return template ? fill(template, error.params) : `${error.code} ${JSON.stringify(error.params)}`;
};

export const pickLocale = (tag: string | undefined): Locale => (tag && /^en/i.test(tag) ? 'en-US' : 'zh-CN');

/** An issue in words: what is wrong, with the figures; where it is comes separately. */
export const describeIssue = (
  issue: { code: string; params: Record<string, string | number> },
  locale: Locale = 'zh-CN',
): string => {
  const template = locales[locale].issues[issue.code];
  return template ? fill(template, issue.params) : `${issue.code} ${JSON.stringify(issue.params)}`;
};

/** Where an issue is: 湘商回归分解!C5. */
export const issuePlace = (issue: { sheet?: string; cell?: string }): string =>
  issue.sheet && issue.cell ? `${issue.sheet}!${issue.cell}` : (issue.cell ?? issue.sheet ?? '');
