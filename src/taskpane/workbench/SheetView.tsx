import { Caption1, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { a1, columnLetter, type Issue } from '../../core';
import { describeIssue, fill } from '../../locales';
import type { CellBlock } from '../../host/cellBlock';
import { useMessages } from '../i18n';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  scroll: {
    overflow: 'auto',
    maxHeight: '80vh',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    padding: '2px 6px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    position: 'sticky',
    top: 0,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    whiteSpace: 'nowrap',
    maxWidth: '16em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  number: { textAlign: 'right' },
  issue: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: '-2px' },
  selected: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  note: { color: tokens.colorNeutralForeground3 },
});

const ROWS = 80;
const COLUMNS = 26;

/**
 * The workbook's sheet as the validator sees it, read-only: each issue's cell outlined, the cell 定位 asked
 * for marked and scrolled to. The planner edits in WPS; the workbench reads the file again.
 */
export const SheetView = ({
  cellsOf,
  issues,
  selected,
  version,
  sheets,
}: {
  /** A sheet's cells as the workbook holds them now (the workbench's FileHost, chosen at its entry). */
  cellsOf: (sheet: string) => CellBlock | undefined;
  issues: readonly Issue[];
  selected?: { sheet: string; cell: string };
  /** Bumped on every write and reload, so the view reads the sheet again. */
  version: number;
  /** The plan sheets first. */
  sheets: readonly string[];
}) => {
  const styles = useStyles();
  const { m, locale } = useMessages();
  const w = m.pane.workbench;
  const [sheet, setSheet] = useState(sheets[0]);
  const marked = useRef<HTMLTableCellElement>(null);
  useEffect(() => {
    if (selected && selected.sheet !== sheet && sheets.includes(selected.sheet)) setSheet(selected.sheet);
  }, [selected, sheet, sheets]);
  // In braces: newer Chromium returns a promise from scrollIntoView, which React would take for a clean-up.
  useEffect(() => {
    void marked.current?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [selected, version]);
  const shown = sheets.includes(sheet) ? sheet : sheets[0];
  // Read from the workbook once per write or reload, not on every render of the pane beside it.
  const block = useMemo(() => (shown ? cellsOf(shown) : undefined), [cellsOf, shown, version]);
  if (!shown) return null;
  if (!block) return null;
  const rows = Math.min(ROWS, Math.max(block.rowCount, 1));
  const cols = Math.min(COLUMNS, Math.max(block.columnCount, 1));
  const byCell = new Map<string, Issue[]>();
  for (const i of issues)
    if (i.sheet === shown && i.cell) byCell.set(i.cell, [...(byCell.get(i.cell) ?? []), i]);
  return (
    <div className={styles.wrap} data-testid="sheet-view" data-version={version}>
      <Select
        aria-label={w.sheet}
        value={shown}
        onChange={(_, d) => setSheet(d.value)}
        data-testid="sheet-select"
      >
        {sheets.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
      <div className={styles.scroll}>
        <table className={styles.table} aria-label={fill(w.view, { sheet: shown })}>
          <thead>
            <tr>
              <th className={styles.head} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetter(c + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th className={styles.head} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const address = a1(r + 1, c + 1);
                  const raw = block.value(r + 1, c + 1);
                  // A cell's line breaks are where the sheet wraps; in one line here they join up (no space in 百分点).
                  const value = typeof raw === 'string' ? raw.replace(/\r?\n/g, '') : raw;
                  const here = byCell.get(address);
                  const isSelected = selected?.sheet === shown && selected.cell === address;
                  const classes = [
                    styles.cell,
                    typeof value === 'number' ? styles.number : '',
                    here ? styles.issue : '',
                    isSelected ? styles.selected : '',
                  ].join(' ');
                  return (
                    <td
                      key={c}
                      ref={isSelected ? marked : undefined}
                      className={classes}
                      data-cell={address}
                      title={
                        here?.map((i) => describeIssue(i, locale, 'pane')).join('\n') ??
                        (typeof value === 'string' && value.length > 8 ? value : undefined)
                      }
                    >
                      {value === null ? '' : String(value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(block.rowCount > ROWS || block.columnCount > COLUMNS) && (
        <Caption1 className={styles.note}>{fill(w.cut, { rows: ROWS, cols: COLUMNS })}</Caption1>
      )}
    </div>
  );
};
