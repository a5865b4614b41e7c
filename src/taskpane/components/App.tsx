import {
  Badge,
  Body1,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { describeError, fill } from '../../locales';
import type { WorkbookHost } from '../../host';
import { useWorkbook, type WorkbookState } from '../hooks/useWorkbook';
import { useMessages } from '../i18n';
import { IssueList } from './IssueList';
import { TemplatePicker } from './TemplatePicker';

// The first render needs the template picker and the issues; the other tabs come when first opened (and
// are fetched once the page is idle, below).
const loadSpread = () => import(/* webpackChunkName: "panels" */ './SpreadPanel');
const loadTaskbooks = () => import(/* webpackChunkName: "panels" */ './TaskbookPanel');
const loadCollect = () => import(/* webpackChunkName: "panels" */ './CollectPanel');
const loadAssess = () => import(/* webpackChunkName: "panels" */ './AssessPanel');
const SpreadPanel = lazy(() => loadSpread().then((x) => ({ default: x.SpreadPanel })));
const TaskbookPanel = lazy(() => loadTaskbooks().then((x) => ({ default: x.TaskbookPanel })));
const CollectPanel = lazy(() => loadCollect().then((x) => ({ default: x.CollectPanel })));
const AssessPanel = lazy(() => loadAssess().then((x) => ({ default: x.AssessPanel })));

const useStyles = makeStyles({
  // Six tabs are wider than Office's narrowest pane (320 px): they wrap to a second line rather than scroll.
  tabs: { flexWrap: 'wrap' },
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  counts: { display: 'flex', gap: tokens.spacingHorizontalXS },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, outline: 'none' },
  // With room for it, the workbench's view of the sheet stands beside the tabs; narrower, below them.
  split: {
    display: 'flex',
    flexDirection: 'column',
    '@media (min-width: 900px)': { flexDirection: 'row', alignItems: 'flex-start' },
  },
  // Beside or above the sheet's view: only as tall as its content.
  pane: { minHeight: 'auto', '@media (min-width: 900px)': { width: '420px', flexShrink: 0 } },
  aside: {
    minWidth: 0,
    padding: tokens.spacingHorizontalL,
    '@media (min-width: 900px)': { flexGrow: 1, position: 'sticky', top: 0 },
  },
  hidden: { display: 'none' },
});

type TabId = 'templates' | 'issues' | 'spread' | 'taskbooks' | 'collect' | 'assess';

/** Whether the pane is as narrow as Excel lets it be (320 px), followed as it is resized. */
const useNarrow = (pane: RefObject<HTMLElement | null>): boolean => {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const element = pane.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setNarrow(element.clientWidth < 360));
    observer.observe(element);
    return () => observer.disconnect();
  }, [pane]);
  return narrow;
};

/** The pane over a workbook, whichever host holds it (Excel, or a file in the workbench). */
export const App = ({
  host,
  aside,
}: {
  host: WorkbookHost;
  /** What the workbench shows beside the tabs: the sheet as the validator sees it. */
  aside?: (wb: WorkbookState) => ReactNode;
}) => {
  const styles = useStyles();
  const id = useId();
  const main = useRef<HTMLElement>(null);
  const narrow = useNarrow(main);
  // Once the page is idle, the parts loaded on demand are fetched too: a server out of reach later does
  // not stop 导出, 导入报送 or 考核 (each still says so in words if it happens first).
  useEffect(() => {
    const idle = (window as { requestIdleCallback?: (run: () => void) => number }).requestIdleCallback;
    const later = (run: () => void) => (idle ? idle(run) : setTimeout(run, 3000));
    later(() => {
      for (const load of [
        loadSpread,
        loadTaskbooks,
        loadCollect,
        loadAssess,
        () => import(/* webpackChunkName: "export" */ '../logic/collectReports'),
        () => import(/* webpackChunkName: "assess" */ '../logic/assessWorkbook'),
        () => import(/* webpackChunkName: "bulletin" */ '../logic/bulletinFile'),
      ])
        void load().catch(() => undefined);
    });
  }, []);
  const { m, locale } = useMessages();
  const wb = useWorkbook(host);
  const [tab, setTab] = useState<TabId>('templates');
  const panel = useRef<HTMLDivElement>(null);
  const tabs = useRef<HTMLDivElement>(null);
  // Where the work continues after an insert: the new sheet's checks.
  const [focusPanel, setFocusPanel] = useState(false);
  useEffect(() => {
    if (focusPanel) {
      panel.current?.focus();
      setFocusPanel(false);
    }
  }, [focusPanel, tab]);
  const choose = (next: TabId) => {
    setTab(next);
    // A message about what the planner did on another tab no longer applies here.
    wb.clearError();
  };
  const errors = wb.issues.filter((i) => i.severity === 'error').length;
  const warnings = wb.issues.length - errors;

  const pane = (
    <main ref={main} className={aside ? `${styles.root} ${styles.pane}` : styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{m.pane.title}</Title3>
        <Link href="help.html" target="_blank" data-testid="help">
          {m.pane.help}
        </Link>
        <div
          className={styles.counts}
          aria-live="polite"
          aria-label={fill(m.pane.counts, { errors, warnings })}
        >
          <Badge
            appearance={errors ? 'filled' : 'tint'}
            color={errors ? 'danger' : 'success'}
            data-testid="error-count"
          >
            {errors} {m.pane.issues.errors}
          </Badge>
          <Badge appearance="tint" color={warnings ? 'warning' : 'informative'} data-testid="warning-count">
            {warnings} {m.pane.issues.warnings}
          </Badge>
        </div>
      </header>
      {wb.busy && (
        <Field validationMessage={wb.busy} validationState="none" data-testid="progress">
          <ProgressBar aria-label={wb.busy} />
        </Field>
      )}
      <TabList
        ref={tabs}
        className={styles.tabs}
        // Six tabs on one line in the narrowest pane (320 px): the small size there.
        size={narrow ? 'small' : 'medium'}
        selectedValue={tab}
        onTabSelect={(_, d) => choose(d.value as TabId)}
      >
        <Tab value="templates" id={`${id}-tab-templates`}>
          {m.pane.tabs.templates}
        </Tab>
        <Tab value="issues" id={`${id}-tab-issues`}>
          {m.pane.tabs.issues}
        </Tab>
        <Tab value="spread" id={`${id}-tab-spread`}>
          {m.pane.tabs.spread}
        </Tab>
        <Tab value="taskbooks" id={`${id}-tab-taskbooks`}>
          {m.pane.tabs.taskbooks}
        </Tab>
        <Tab value="collect" id={`${id}-tab-collect`}>
          {m.pane.tabs.collect}
        </Tab>
        <Tab value="assess" id={`${id}-tab-assess`}>
          {m.pane.tabs.assess}
        </Tab>
      </TabList>
      {wb.error && (
        <MessageBar intent="error" data-testid="error-bar" layout="multiline">
          <MessageBarBody>{describeError(wb.error, locale, 'pane')}</MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              onClick={() => {
                wb.clearError();
                tabs.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
              }}
            >
              {m.pane.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!wb.loading && (
        <div
          className={tab === 'templates' ? styles.panel : styles.hidden}
          role="tabpanel"
          aria-labelledby={`${id}-tab-templates`}
        >
          <TemplatePicker
            workbook={wb}
            onInserted={() => {
              setTab('issues');
              setFocusPanel(true);
            }}
          />
        </div>
      )}
      <div
        ref={panel}
        tabIndex={-1}
        className={styles.panel}
        // The templates tab has its own panel above (kept mounted): this one is another tab's.
        {...(tab === 'templates' ? {} : { role: 'tabpanel', 'aria-labelledby': `${id}-tab-${tab}` })}
      >
        {wb.loading ? (
          <Spinner label={m.pane.loading} />
        ) : tab === 'templates' ? null : wb.plans.length === 0 ? (
          <Body1>{m.pane.noPlans}</Body1>
        ) : tab === 'issues' ? (
          <IssueList issues={wb.issues} onSelect={wb.select} onFix={wb.fix} />
        ) : (
          <Suspense fallback={<Spinner label={m.pane.loading} />}>
            {tab === 'spread' ? (
              <SpreadPanel workbook={wb} />
            ) : tab === 'taskbooks' ? (
              <TaskbookPanel workbook={wb} />
            ) : tab === 'collect' ? (
              <CollectPanel workbook={wb} />
            ) : (
              <AssessPanel workbook={wb} />
            )}
          </Suspense>
        )}
      </div>
    </main>
  );
  if (!aside) return pane;
  return (
    <div className={styles.split}>
      {pane}
      <section className={styles.aside}>{aside(wb)}</section>
    </div>
  );
};
