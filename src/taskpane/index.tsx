import { FluentProvider, RendererProvider, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import type { WorkbookHost } from '../host';
import { loadLocale, messages, pickLocale, type Locale } from '../locales';
import { App } from './components/App';
import { paneRenderer } from './styleSheets';
import { LocaleProvider } from './i18n';

/** The workbench (WPS, 信创 machines, any browser), with ExcelJS, loads only where there is no Excel. */
const Workbench = lazy(() => import(/* webpackChunkName: "workbench" */ './workbench/Workbench'));

type Where = 'office' | 'noHost' | 'noOfficeJs';

const mount = (where: Where): void => {
  const container = document.getElementById('container');
  // An old webview was told why it cannot run the pane by the first script (oldWebview.js).
  if (!container || (window as { fenjieTooOld?: string }).fenjieTooOld) return;
  const locale = pickLocale(
    typeof Office !== 'undefined' ? Office.context?.displayLanguage : navigator.language,
  );
  // English words come with the first render for a planner who reads English (Chinese are always here);
  // if they cannot be fetched, the pane speaks Chinese rather than not at all.
  // Excel's host (Office.js) is fetched beside them: the workbench never needs it.
  const excel =
    where === 'office'
      ? import(/* webpackChunkName: "excel" */ '../excel').then((x) => x.ExcelHost)
      : Promise.resolve(undefined);
  void Promise.all([
    loadLocale(locale).then(
      () => locale,
      () => 'zh-CN' as const,
    ),
    excel,
  ]).then(([words, ExcelHost]) =>
    render(container, where, words, ExcelHost && ((l: Locale) => new ExcelHost(messages(l).sheet))),
  );
};

const render = (
  container: HTMLElement,
  where: Where,
  locale: Locale,
  excelHost?: (locale: Locale) => WorkbookHost,
): void => {
  const officeJs = document.querySelector<HTMLScriptElement>('script[src*="office"]')?.src ?? '';
  createRoot(container).render(
    <RendererProvider renderer={paneRenderer(document, webLightTheme)} targetDocument={document}>
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider value={{ locale, m: messages(locale) }}>
          {where === 'office' && excelHost ? (
            <App host={excelHost(locale)} />
          ) : (
            <Suspense fallback={null}>
              <Workbench officeJsMissing={where === 'noOfficeJs' && officeJs ? officeJs : undefined} />
            </Suspense>
          )}
        </LocaleProvider>
      </FluentProvider>
    </RendererProvider>,
  );
};

// app.html is the workbench itself, without office.js. Opened outside Office (a browser, WPS, a mis-set
// catalog), Office.onReady reports no host: the workbench. No Office at all: office.js did not load (an
// intranet that cannot reach the CDN): the workbench, with a word for the admin.
if (document.documentElement.dataset.page === 'workbench') mount('noHost');
else if (typeof Office !== 'undefined' && typeof Office.onReady === 'function')
  void Office.onReady((info) => mount(info?.host ? 'office' : 'noHost'));
else mount('noOfficeJs');
