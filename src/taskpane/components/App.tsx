import {
  Badge,
  Body1,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { describeError, fill } from '../../locales';
import { useWorkbook } from '../hooks/useWorkbook';
import { useMessages } from '../i18n';
import { CollectPanel } from './CollectPanel';
import { IssueList } from './IssueList';
import { TaskbookPanel } from './TaskbookPanel';
import { SpreadPanel } from './SpreadPanel';
import { TemplatePicker } from './TemplatePicker';

const useStyles = makeStyles({
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
});

type TabId = 'templates' | 'issues' | 'spread' | 'taskbooks' | 'collect';

export const App = () => {
  const styles = useStyles();
  const { m, locale } = useMessages();
  const wb = useWorkbook(m.sheet);
  const [tab, setTab] = useState<TabId>('templates');
  const errors = wb.issues.filter((i) => i.severity === 'error').length;
  const warnings = wb.issues.length - errors;

  return (
    <main className={styles.root}>
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
      {wb.error && (
        <MessageBar intent="error" data-testid="error-bar">
          <MessageBarBody>
            <MessageBarTitle>{describeError(wb.error, locale)}</MessageBarTitle>
            {m.pane.whatNext}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={wb.clearError}>
              {m.pane.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
        <Tab value="templates">{m.pane.tabs.templates}</Tab>
        <Tab value="issues">{m.pane.tabs.issues}</Tab>
        <Tab value="spread">{m.pane.tabs.spread}</Tab>
        <Tab value="taskbooks">{m.pane.tabs.taskbooks}</Tab>
        <Tab value="collect">{m.pane.tabs.collect}</Tab>
      </TabList>
      {wb.loading ? (
        <Spinner label={m.pane.loading} />
      ) : tab === 'templates' ? (
        <TemplatePicker workbook={wb} onInserted={() => setTab('issues')} />
      ) : wb.plans.length === 0 ? (
        <Body1>{m.pane.noPlans}</Body1>
      ) : tab === 'issues' ? (
        <IssueList issues={wb.issues} onSelect={wb.select} onFix={wb.fix} />
      ) : tab === 'spread' ? (
        <SpreadPanel workbook={wb} />
      ) : tab === 'taskbooks' ? (
        <TaskbookPanel workbook={wb} />
      ) : (
        <CollectPanel workbook={wb} />
      )}
    </main>
  );
};
