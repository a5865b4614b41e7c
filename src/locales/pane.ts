/**
 * The pane's locales: Chinese in the first load, English fetched only for a planner who reads English. The
 * web build puts this file in place of index.ts (webpack.config.js), so the pane's imports stay the same.
 */
import { addLocale, hasLocale, type Locale } from './registry';

export * from './registry';

export const loadLocale = async (locale: Locale): Promise<void> => {
  if (locale === 'en-US' && !hasLocale(locale))
    addLocale(locale, (await import(/* webpackChunkName: "en-US" */ './en-US')).enUS);
};
