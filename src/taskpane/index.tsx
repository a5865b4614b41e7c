import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { messages, pickLocale } from '../locales';
import { App } from './components/App';
import { NoHost } from './components/NoHost';
import { LocaleProvider } from './i18n';

const mount = (inOffice = true): void => {
  const container = document.getElementById('container');
  if (!container) return;
  const locale = pickLocale(
    typeof Office !== 'undefined' ? Office.context?.displayLanguage : navigator.language,
  );
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider value={{ locale, m: messages(locale) }}>
        {inOffice ? <App /> : <NoHost />}
      </LocaleProvider>
    </FluentProvider>,
  );
};

// Opened outside Office (a browser, a mis-set catalog): Office.onReady reports no host; say where it runs.
if (typeof Office !== 'undefined' && typeof Office.onReady === 'function')
  void Office.onReady((info) => mount(!!info?.host));
else mount(false);
