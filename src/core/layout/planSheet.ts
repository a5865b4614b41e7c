import { a1, rangeA1 } from '../a1';
import {
  NOT_APPLICABLE,
  decimalsOf,
  indicatorOf,
  isCountMeasure,
  isShareMeasure,
  isSummed,
  takesControlTotal,
  type Column,
  type Plan,
  type PlanPlacement,
} from '../plan';
import type { SheetLabels } from './labels';
import { summaryResults } from '../figures';
import { emptyLayout, type LayoutCell, type SheetLayout } from './sheetLayout';
import { BODY_FILL, LIST_FILL, fitLines, lineCount } from './lineBreak';
import { displayWidth, wrappedLines } from './textWidth';

export const TITLE_ROW = 1;
export const SOURCE_ROW = 2;
export const HEADER_ROWS = { top: 3, bottom: 4 } as const;
export const FIRST_UNIT_ROW = 5;
const SERIAL_COL = 1;
const UNIT_COL = 2;
const FIRST_DATA_COL = 3;
const MAX_UNIT_WIDTH = 40;
const TASK_UNIT_WIDTH = 56;
const TEXT_COLUMN_WIDTH = 30;

/** Figures with thousands separators at the indicator's decimals: 1,343,417 and 36,501.2. */
export const numberFormat = (decimals: number): string =>
  decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;

const BODY_FONT = { name: '宋体', size: 11 };
const TITLE_FONT = { name: '黑体', size: 16, bold: true };
const SOURCE_FONT = { ...BODY_FONT, size: 9, italic: true, color: '595959' };
const NOTE_FONT = { ...BODY_FONT, size: 10 };
const HEAD_FONT = { name: '黑体', size: 11, bold: true };

const baseStyles = (plan: Plan): SheetLayout['styles'] => {
  const styles: SheetLayout['styles'] = {
    title: {
      font: TITLE_FONT,
      align: { horizontal: 'center', vertical: 'middle', wrap: true },
    },
    source: {
      font: SOURCE_FONT,
      align: { horizontal: 'left', vertical: 'middle', wrap: true },
    },
    header: {
      font: HEAD_FONT,
      fill: 'DDEBF7',
      border: 'thin',
      align: { horizontal: 'center', vertical: 'middle', wrap: true },
    },
    serial: { font: BODY_FONT, border: 'thin', align: { horizontal: 'center', vertical: 'middle' } },
    unit: { font: BODY_FONT, border: 'thin', align: { horizontal: 'left', vertical: 'middle', wrap: true } },
    section: {
      font: HEAD_FONT,
      fill: 'F2F2F2',
      border: 'thin',
      align: { horizontal: 'left', vertical: 'middle' },
    },
    text: { font: BODY_FONT, border: 'thin', align: { horizontal: 'left', vertical: 'middle', wrap: true } },
    deadline: { font: BODY_FONT, border: 'thin', align: { horizontal: 'center', vertical: 'middle' } },
    rowLabel: { font: HEAD_FONT, border: 'thin', align: { horizontal: 'center', vertical: 'middle' } },
    blank: { font: BODY_FONT, border: 'thin', align: { horizontal: 'center', vertical: 'middle' } },
    note: { font: NOTE_FONT, align: { horizontal: 'left', vertical: 'top', wrap: true } },
  };
  for (const column of plan.columns) {
    if (column.kind !== 'figure') continue;
    const fmt = numberFormat(decimalsOf(plan, column));
    const align = { horizontal: 'right' as const, vertical: 'middle' as const };
    styles[`figure:${fmt}`] = { font: BODY_FONT, border: 'thin', numFmt: fmt, align };
    styles[`total:${fmt}`] = {
      font: { ...BODY_FONT, bold: true },
      border: 'thin',
      numFmt: fmt,
      align,
      fill: 'F2F2F2',
    };
    styles[`control:${fmt}`] = {
      font: { ...BODY_FONT, bold: true },
      border: 'thin',
      numFmt: fmt,
      align,
      fill: 'FFF2CC',
    };
  }
  return styles;
};

interface HeaderGroup {
  text: string;
  from: number;
  to: number;
  single: boolean;
}

/** Two header rows: an indicator over its years; a text column's header spans both rows. */
const headerGroups = (plan: Plan): HeaderGroup[] => {
  const groups: HeaderGroup[] = [];
  plan.columns.forEach((column, j) => {
    const col = FIRST_DATA_COL + j;
    const indicator = indicatorOf(plan, column);
    const last = groups[groups.length - 1];
    if (indicator && last && !last.single && last.text === indicatorHeader(plan, column)) {
      last.to = col;
      return;
    }
    groups.push(
      indicator
        ? { text: indicatorHeader(plan, column), from: col, to: col, single: false }
        : { text: column.label, from: col, to: col, single: true },
    );
  });
  return groups;
};

/**
 * A header too wide for one line breaks before its measure, as printed tables do (回归到位资金 / （亿元）),
 * never leaving a lone “）” or half a word on the second line.
 */
const headerCellText = (plan: Plan, group: HeaderGroup, widths: number[]): string => {
  const span = widths.slice(group.from - 1, group.to).reduce((a, b) => a + b, 0);
  const indicator = group.single ? undefined : indicatorOf(plan, plan.columns[group.from - FIRST_DATA_COL]);
  if (!indicator?.measure || displayWidth(group.text) <= span - 3) return group.text;
  return `${indicator.name}\n\uFF08${indicator.measure}\uFF09`;
};

export const indicatorHeader = (plan: Plan, column: Column): string => {
  const indicator = indicatorOf(plan, column);
  if (!indicator) return column.label;
  return indicator.measure ? `${indicator.name}\uFF08${indicator.measure}\uFF09` : indicator.name;
};

/** The validation formula for a figure cell (relative to `ref`): a number ≥ 0, whole for counts, ≤ 100 for shares, or “—”. */
const figureRule = (
  plan: Plan,
  column: Column,
  ref: string,
  labels: SheetLabels,
): { formula: string; message: string } => {
  const indicator = indicatorOf(plan, column);
  const whole = indicator !== undefined && isCountMeasure(indicator.measure);
  const share = indicator !== undefined && isShareMeasure(indicator.measure);
  const parts = [`ISNUMBER(${ref})`, `${ref}>=0`];
  if (whole) parts.push(`${ref}=INT(${ref})`);
  if (share) parts.push(`${ref}<=100`);
  return {
    formula: `OR(${ref}="${NOT_APPLICABLE}",AND(${parts.join(',')}))`,
    message: whole ? labels.validationCount : share ? labels.validationShare : labels.validationFigure,
  };
};

export const sheetNameFrom = (text: string): string => {
  const cleaned = text
    .replace(/[[\]:*?/\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const fitted = [...cleaned]
    .slice(0, 31)
    .join('')
    .replace(/^'+|'+$/g, '')
    .trim();
  return fitted || '目标分解';
};

/** A sheet name not yet taken (Excel compares them without case): 湘商回归分解, 湘商回归分解(2), … */
export const uniqueSheetName = (wanted: string, taken: Iterable<string>): string => {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  let name = wanted;
  for (let k = 2; lower.has(name.toLowerCase()); k++) {
    const suffix = `(${k})`;
    name = [...wanted].slice(0, 31 - suffix.length).join('') + suffix;
  }
  return name;
};

export interface PlanSheet {
  layout: SheetLayout;
  placement: PlanPlacement;
}

/** The plan sheet: title, source, two-level headers, a row per unit, 合计, 下达目标 and 差额, notes. */
export const planSheetLayout = (plan: Plan, labels: SheetLabels, sheetName: string): PlanSheet => {
  const layout = emptyLayout(sheetName);
  layout.styles = baseStyles(plan);
  const cells = layout.cells;
  const put = (cell: LayoutCell) => cells.push(cell);
  const lastCol = FIRST_DATA_COL + plan.columns.length - 1;
  const width = Math.max(lastCol, UNIT_COL);
  const isTaskTable = plan.units.some((u) => u.section !== undefined);

  // Titles, sources and long texts carry their own line breaks, at the places a typesetter would choose
  // (no line starting with “）” or “、”, a year range kept whole); Excel's own wrapping knows no such rule.
  const widths = columnWidths(plan, isTaskTable);
  const totalWidth = widths.slice(0, width).reduce((a, b) => a + b, 0);
  const title = fitLines(plan.title, totalWidth, { pt: TITLE_FONT.size });
  put({ row: TITLE_ROW, col: 1, value: title, style: 'title' });
  layout.merges.push({ top: TITLE_ROW, left: 1, bottom: TITLE_ROW, right: width });
  const sourceParts = [plan.source.document, plan.source.appendix].filter((s) => s !== '');
  const sourceText = fitLines(
    sourceParts.length > 0 ? `${labels.sourcePrefix}${sourceParts.join('\n')}` : plan.issuer,
    totalWidth,
    { pt: SOURCE_FONT.size },
  );
  put({ row: SOURCE_ROW, col: 1, value: sourceText || null, style: 'source' });
  layout.merges.push({ top: SOURCE_ROW, left: 1, bottom: SOURCE_ROW, right: width });

  const { top, bottom } = HEADER_ROWS;
  for (const [col, text] of [
    [SERIAL_COL, labels.serial],
    [UNIT_COL, plan.unitHeader],
  ] as const) {
    put({ row: top, col, value: text, style: 'header' });
    put({ row: bottom, col, style: 'header' });
    layout.merges.push({ top, left: col, bottom, right: col });
  }
  for (const group of headerGroups(plan)) {
    put({ row: top, col: group.from, value: headerCellText(plan, group, widths), style: 'header' });
    for (let c = group.from + 1; c <= group.to; c++) put({ row: top, col: c, style: 'header' });
    if (group.single) {
      put({ row: bottom, col: group.from, style: 'header' });
      layout.merges.push({ top, left: group.from, bottom, right: group.from });
    } else {
      if (group.to > group.from) layout.merges.push({ top, left: group.from, bottom: top, right: group.to });
      for (let c = group.from; c <= group.to; c++)
        put({ row: bottom, col: c, value: plan.columns[c - FIRST_DATA_COL].label, style: 'header' });
    }
  }

  // Short texts (封关运营时间 2007.11) sit centred like deadlines; long ones (责任单位) wrap from the left.
  const shortText = plan.columns.map(
    (c, j) => c.kind === 'text' && plan.values.every((row) => displayWidth(String(row[j] ?? '')) <= 12),
  );

  // Unit rows, with a full-width heading row before each new section of a task table.
  let row = FIRST_UNIT_ROW;
  let section: string | undefined;
  const unitRows: number[] = [];
  plan.units.forEach((unit, i) => {
    if (unit.section !== undefined && unit.section !== section) {
      section = unit.section;
      put({ row, col: SERIAL_COL, value: unit.section, style: 'section' });
      for (let c = SERIAL_COL + 1; c <= width; c++) put({ row, col: c, style: 'section' });
      layout.merges.push({ top: row, left: SERIAL_COL, bottom: row, right: width });
      row++;
    }
    unitRows.push(row);
    put({ row, col: SERIAL_COL, value: i + 1, style: 'serial' });
    const name = fitLines(unit.name, widths[UNIT_COL - 1], { fill: BODY_FILL });
    put({ row, col: UNIT_COL, value: name, style: 'unit' });
    let lines = lineCount(name);
    plan.columns.forEach((column, j) => {
      const style =
        column.kind === 'figure'
          ? `figure:${numberFormat(decimalsOf(plan, column))}`
          : column.kind === 'deadline' || shortText[j]
            ? 'deadline'
            : 'text';
      const value = plan.values[i][j];
      const colWidth = widths[FIRST_DATA_COL + j - 1];
      const text =
        style === 'text' && typeof value === 'string'
          ? fitLines(value, colWidth, { fill: LIST_FILL })
          : undefined;
      if (text !== undefined) lines = Math.max(lines, lineCount(text));
      put({ row, col: FIRST_DATA_COL + j, value: text ?? value, style });
    });
    layout.rowHeights[row] = lines > 1 ? 15 * lines + 4 : 20;
    row++;
  });

  const firstUnitRow = unitRows[0] ?? FIRST_UNIT_ROW;
  const lastUnitRow = unitRows[unitRows.length - 1] ?? FIRST_UNIT_ROW - 1;
  const summed = plan.columns.some((c) => isSummed(plan, c));
  const controlled = plan.columns.some((c) => takesControlTotal(plan, c));
  const placement: PlanPlacement = {
    sheet: sheetName,
    unitRows,
    unitColumn: UNIT_COL,
    columns: plan.columns.map((_, j) => FIRST_DATA_COL + j),
    labels: {
      total: plan.totalLabel || labels.total,
      control: labels.control,
      difference: labels.difference,
    },
  };

  const results = summaryResults(plan);
  const summaryRow = (
    label: string,
    cellFor: (column: Column, col: number) => LayoutCell | undefined,
  ): number => {
    put({ row, col: SERIAL_COL, value: label, style: 'rowLabel' });
    put({ row, col: UNIT_COL, style: 'rowLabel' });
    layout.merges.push({ top: row, left: SERIAL_COL, bottom: row, right: UNIT_COL });
    plan.columns.forEach((column, j) => {
      const col = FIRST_DATA_COL + j;
      put(cellFor(column, col) ?? { row, col, style: 'blank' });
    });
    return row++;
  };

  if (summed && plan.units.length > 0) {
    placement.totalRow = summaryRow(plan.totalLabel || labels.total, (column, col) => {
      const fmt = numberFormat(decimalsOf(plan, column));
      if (isSummed(plan, column))
        return {
          row,
          col,
          formula: `SUM(${rangeA1(firstUnitRow, col, lastUnitRow, col)})`,
          result: results.total[column.id],
          style: `total:${fmt}`,
        };
      return column.kind === 'figure' ? { row, col, value: NOT_APPLICABLE, style: 'blank' } : undefined;
    });
  }
  if (controlled && placement.totalRow !== undefined) {
    const totalRow = placement.totalRow;
    placement.controlRow = summaryRow(labels.control, (column, col) =>
      takesControlTotal(plan, column)
        ? {
            row,
            col,
            value: plan.controlTotals[column.id] ?? null,
            style: `control:${numberFormat(decimalsOf(plan, column))}`,
          }
        : undefined,
    );
    const controlRow = placement.controlRow;
    placement.differenceRow = summaryRow(labels.difference, (column, col) => {
      if (!takesControlTotal(plan, column)) return undefined;
      const d = decimalsOf(plan, column);
      const [total, control] = [a1(totalRow, col), a1(controlRow, col)];
      return {
        row,
        col,
        formula: `IF(ISNUMBER(${control}),ROUND(${total}-${control},${d}),"")`,
        result: results.difference[column.id],
        style: `total:${numberFormat(d)}`,
      };
    });
    const diff = rangeA1(placement.differenceRow, FIRST_DATA_COL, placement.differenceRow, lastCol);
    const ref = a1(placement.differenceRow, FIRST_DATA_COL);
    layout.conditionalFormats.push({
      range: diff,
      formula: `AND(ISNUMBER(${ref}),${ref}<>0)`,
      style: { fill: 'FFC7CE', fontColor: '9C0006' },
    });
  }

  // Validation and live colouring of the figures the planner types.
  plan.columns.forEach((column, j) => {
    const col = FIRST_DATA_COL + j;
    if (plan.units.length === 0) return;
    const ref = a1(firstUnitRow, col);
    const range = rangeA1(firstUnitRow, col, lastUnitRow, col);
    if (column.kind === 'figure') {
      const rule = figureRule(plan, column, ref, labels);
      layout.validations.push({
        range,
        formula: rule.formula,
        title: labels.validationTitle,
        message: rule.message,
      });
      layout.conditionalFormats.push({
        range,
        formula: `AND(${ref}<>"",${ref}<>"${NOT_APPLICABLE}",NOT(${rule.formula}))`,
        style: { fill: 'FFEB9C', fontColor: '9C5700' },
      });
      if (placement.controlRow !== undefined && takesControlTotal(plan, column)) {
        const cref = a1(placement.controlRow, col);
        layout.validations.push({
          range: cref,
          formula: `AND(ISNUMBER(${cref}),${cref}>=0)`,
          title: labels.validationTitle,
          message: labels.validationFigure,
        });
      }
    } else if (column.kind === 'deadline') {
      layout.conditionalFormats.push({
        range,
        formula: `AND(${ref}<>"",${ref}<>"持续推进",NOT(AND(LEN(${ref})>=7,ISNUMBER(VALUE(LEFT(${ref},4))),MID(${ref},5,1)="年",RIGHT(${ref},1)="月")))`,
        style: { fill: 'FFEB9C', fontColor: '9C5700' },
      });
    }
  });

  // Notes under the table.
  if (plan.notes.length > 0) row++;
  for (const note of plan.notes) {
    const text = fitLines(note, totalWidth, { pt: NOTE_FONT.size, fill: BODY_FILL });
    put({ row, col: 1, value: text, style: 'note' });
    layout.merges.push({ top: row, left: 1, bottom: row, right: width });
    layout.rowHeights[row] = 15 * lineCount(text) + 3;
    row++;
  }

  layout.columnWidths = widths;
  layout.rowHeights[TITLE_ROW] = 22 * lineCount(title) + 10;
  layout.rowHeights[SOURCE_ROW] = 13 * lineCount(sourceText) + 4;
  const headerLines = Math.max(
    1,
    ...headerGroups(plan).map((g) =>
      wrappedLines(
        headerCellText(plan, g, layout.columnWidths),
        layout.columnWidths.slice(g.from - 1, g.to).reduce((a, b) => a + b, 0),
      ),
    ),
  );
  layout.rowHeights[top] = 16 * headerLines + 6;
  layout.rowHeights[bottom] = 20;
  // 合计, 下达目标 and 差额 as tall as a unit's row.
  for (const r of [placement.totalRow, placement.controlRow, placement.differenceRow])
    if (r !== undefined) layout.rowHeights[r] = 20;
  layout.freeze = { rows: bottom, columns: UNIT_COL };
  layout.print = {
    paper: 'A4',
    orientation: totalWidth > 95 ? 'landscape' : 'portrait',
    fitToWidth: true,
    titleRows: { from: top, to: bottom },
    footer: labels.footer,
    centered: true,
  };
  return { layout, placement };
};

/** Widths that fit Chinese text: headers, names and figures as the source writes them. */
const columnWidths = (plan: Plan, isTaskTable: boolean): number[] => {
  const nameWidth = Math.max(displayWidth(plan.unitHeader), ...plan.units.map((u) => displayWidth(u.name)));
  // Room for the longest name on one line, as any host sets it (see breakLines).
  const widths = [
    6,
    isTaskTable ? TASK_UNIT_WIDTH : Math.min(MAX_UNIT_WIDTH, Math.ceil(nameWidth * 1.1) + 3),
  ];
  plan.columns.forEach((column, j) => {
    const cells = plan.values.map((row) => {
      const v = row[j];
      // As printed: with thousands separators (1,343,417).
      return typeof v === 'number'
        ? v.toFixed(decimalsOf(plan, column)).replace(/\B(?=(\d{3})+(?!\d))(?=\d*(\.|$))/g, ',').length
        : displayWidth(String(v ?? ''));
    });
    const content = Math.max(displayWidth(column.label), ...cells, 0);
    widths.push(
      column.kind === 'text'
        ? Math.min(TEXT_COLUMN_WIDTH, content + 2)
        : Math.max(10, Math.min(24, content + 3)),
    );
  });
  // An indicator's header spread over its years must fit in two lines.
  for (const group of headerGroups(plan)) {
    const span = widths.slice(group.from - 1, group.to).reduce((a, b) => a + b, 0);
    const need = Math.ceil(displayWidth(group.text) / 2) + 2;
    if (need > span) {
      const extra = Math.ceil((need - span) / (group.to - group.from + 1));
      for (let c = group.from; c <= group.to; c++) widths[c - 1] += extra;
    }
  }
  return widths;
};
