import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { messages, pickLocale } from '../locales';
import { App } from './components/App';
import { LocaleProvider } from './i18n';

const mount = (): void => {
  const container = document.getElementById('container');
  if (!container) return;
  const locale = pickLocale(
    typeof Office !== 'undefined' ? Office.context?.displayLanguage : navigator.language,
  );
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider value={{ locale, m: messages(locale) }}>
        <App />
      </LocaleProvider>
    </FluentProvider>,
  );
};

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') void Office.onReady(() => mount());
else mount();
