import { FluentProvider, RendererProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { ExcelHost } from '../excel';
import { messages, pickLocale } from '../locales';
import { App } from './components/App';
import { NoHost } from './components/NoHost';
import { paneRenderer } from './styleSheets';
import { LocaleProvider } from './i18n';

type Where = 'office' | 'noHost' | 'noOfficeJs';

const mount = (where: Where): void => {
  const container = document.getElementById('container');
  // An old webview was told why it cannot run the pane by the first script (oldWebview.js).
  if (!container || (window as { fenjieTooOld?: string }).fenjieTooOld) return;
  const locale = pickLocale(
    typeof Office !== 'undefined' ? Office.context?.displayLanguage : navigator.language,
  );
  const officeJs = document.querySelector<HTMLScriptElement>('script[src*="office"]')?.src ?? '';
  createRoot(container).render(
    <RendererProvider renderer={paneRenderer(document, webLightTheme)} targetDocument={document}>
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider value={{ locale, m: messages(locale) }}>
          {where === 'office' ? (
            <App host={new ExcelHost(messages(locale).sheet)} />
          ) : (
            <NoHost officeJs={where === 'noOfficeJs' ? officeJs : undefined} />
          )}
        </LocaleProvider>
      </FluentProvider>
    </RendererProvider>,
  );
};

// Opened outside Office (a browser, a mis-set catalog): Office.onReady reports no host; say where it runs.
// No Office at all: office.js did not load (an intranet that cannot reach the CDN): say that, for the admin.
if (typeof Office !== 'undefined' && typeof Office.onReady === 'function')
  void Office.onReady((info) => mount(info?.host ? 'office' : 'noHost'));
else mount('noOfficeJs');
