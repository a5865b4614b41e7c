import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue } from '../../core';
import { describeIssue, fill, issuePlace } from '../../locales';
import { useMessages } from '../i18n';
import { groupIssues } from '../logic/groupIssues';
import { plainList } from './shared';

const useStyles = makeStyles({
  list: plainList,
  // The words above, the buttons below them: at 320 px two buttons beside the text squeeze it to a column.
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  place: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  action: { whiteSpace: 'nowrap' },
});

/** What the pane can do about an issue itself: a new row to add, a deleted unit to remove. */
export const fixOf = (issue: Issue): 'addUnit' | 'removeUnit' | 'rename' | undefined =>
  issue.code === 'locate.renamed'
    ? 'rename'
    : issue.code === 'locate.unknownRow' && issue.params.name
      ? 'addUnit'
      : issue.code === 'locate.unitMissing'
        ? 'removeUnit'
        : undefined;

const IssueRow = ({
  issue,
  onSelect,
  onFix,
}: {
  issue: Issue;
  onSelect: (sheet: string, cell: string) => void;
  onFix?: (issue: Issue) => void;
}) => {
  const styles = useStyles();
  const { m, locale } = useMessages();
  const place = issuePlace(issue);
  const where = [
    place,
    issue.unitName,
    issue.indicator &&
      `${issue.indicator}${issue.period && issue.period !== issue.indicator ? ` ${issue.period}` : ''}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li
      className={issue.severity === 'warning' ? `${styles.item} ${styles.warning}` : styles.item}
      data-testid="issue"
    >
      <div className={styles.text}>
        <Body1>{describeIssue(issue, locale, 'pane')}</Body1>
        <Caption1 className={styles.place}>{where}</Caption1>
      </div>
      <div className={styles.actions}>
        {onFix && fixOf(issue) && (
          <Button
            className={styles.action}
            size="small"
            appearance="primary"
            data-testid={fixOf(issue)}
            onClick={() => onFix(issue)}
          >
            {m.pane.issues[fixOf(issue)!]}
          </Button>
        )}
        {issue.sheet && issue.cell && (
          <Button
            className={styles.action}
            size="small"
            appearance="subtle"
            aria-label={fill(m.pane.issues.goToLabel, { place })}
            onClick={() => onSelect(issue.sheet!, issue.cell!)}
          >
            {m.pane.issues.goTo}
          </Button>
        )}
      </div>
    </li>
  );
};

/** The issues of the open workbook, errors first, each with a button that selects its cell. */
export const IssueList = ({
  issues,
  onSelect,
  onFix,
}: {
  issues: readonly Issue[];
  onSelect: (sheet: string, cell: string) => void;
  onFix?: (issue: Issue) => void;
}) => {
  const styles = useStyles();
  const { m } = useMessages();
  const { errors, warnings } = groupIssues(issues);
  if (issues.length === 0) return <Body1 data-testid="no-issues">{m.pane.issues.none}</Body1>;
  return (
    <>
      {[
        [m.pane.issues.errors, errors],
        [m.pane.issues.warnings, warnings],
      ].map(([title, list]) =>
        (list as Issue[]).length === 0 ? null : (
          <section key={title as string}>
            <Subtitle2 as="h2">
              {fill(m.pane.issues.heading, { title: title as string, count: (list as Issue[]).length })}
            </Subtitle2>
            <ul className={styles.list}>
              {(list as Issue[]).slice(0, 500).map((issue, k) => (
                <IssueRow
                  key={`${issue.code}:${issue.sheet}:${issue.cell}:${k}`}
                  issue={issue}
                  onSelect={onSelect}
                  onFix={onFix}
                />
              ))}
            </ul>
          </section>
        ),
      )}
    </>
  );
};
