/** Every locale, loaded at once: the command line, the tests and the scripts. */
import { enUS } from './en-US';
import { addLocale, type Locale } from './registry';

addLocale('en-US', enUS);

export * from './registry';

/** Both locales are here already (the pane's build loads English on demand: pane.ts). */
export const loadLocale = async (_locale: Locale): Promise<void> => undefined;
