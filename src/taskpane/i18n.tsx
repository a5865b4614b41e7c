import { createContext, useContext } from 'react';
import { messages, type Locale, type Messages } from '../locales';

const LocaleContext = createContext<{ locale: Locale; m: Messages }>({
  locale: 'zh-CN',
  m: messages('zh-CN'),
});

export const LocaleProvider = LocaleContext.Provider;

/** The pane's words in the planner's language. */
export const useMessages = () => useContext(LocaleContext);
