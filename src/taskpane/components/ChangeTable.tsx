import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMessages } from '../i18n';

const useStyles = makeStyles({
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  total: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
});

export interface ChangeRow {
  key: string;
  cell?: string;
  /** The unit, or 下达目标 / 合计. */
  what: string;
  before: unknown;
  after: unknown;
  badge?: string;
}

/** Every cell a spread writes or changes: the units' figures, then the 下达目标 and the 合计 it comes to. */
export const ChangeTable = ({
  label,
  changes,
  totals,
}: {
  label: string;
  changes: readonly ChangeRow[];
  totals: readonly ChangeRow[];
}) => {
  const styles = useStyles();
  const s = useMessages().m.pane.spread;
  const row = (c: ChangeRow, total: boolean) => (
    <TableRow
      key={c.key}
      className={total ? styles.total : undefined}
      data-testid={total ? 'total-row' : undefined}
    >
      <TableCell>{c.cell}</TableCell>
      <TableCell>{c.what}</TableCell>
      <TableCell className={styles.number}>{String(c.before ?? '')}</TableCell>
      <TableCell className={styles.number}>
        {String(c.after ?? '')}{' '}
        {c.badge && (
          <Badge size="small" appearance="tint" color="informative">
            {c.badge}
          </Badge>
        )}
      </TableCell>
    </TableRow>
  );
  return (
    <Table size="small" aria-label={label} data-testid="preview-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{s.cell}</TableHeaderCell>
          <TableHeaderCell>{s.unit}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{s.before}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{s.after}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {changes.map((c) => row(c, false))}
        {totals.map((c) => row(c, true))}
      </TableBody>
    </Table>
  );
};
