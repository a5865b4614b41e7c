import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { pickLocale } from '../locales';

const mount = (): void => {
  const container = document.getElementById('container');
  if (!container) return;
  const locale = pickLocale(
    typeof Office !== 'undefined' ? Office.context?.displayLanguage : navigator.language,
  );
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App locale={locale} />
    </FluentProvider>,
  );
};

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') Office.onReady(() => mount());
else mount();
