import { a1 } from '../a1';
import { figureValue } from '../figures';
import { fromScaled, toScaled } from '../fixed';
import { emptyLayout, type CellStyle, type SheetLayout } from '../layout/sheetLayout';
import { numberFormat } from '../layout/planSheet';
import { decimalsOf, indicatorOf, type CellValue, type Plan } from '../plan';
import { fillWords as fill } from '../words';
import type { Adjustment } from './versions';

/** The words of the 调整记录 sheet (from the locale files, by the caller). */
export interface AdjustmentLabels {
  sheet: string;
  title: string;
  /** 序号 | 版本 | 调整日期 | 下达日期 | 单位 | 指标 | 期间 | 原下达 | 调整后 | 增减 */
  header: string[];
  version: string;
  pending: string;
  added: string;
  removed: string;
  control: string;
  note: string;
}

const BODY = { name: '宋体', size: 11 };
const STYLES: Record<string, CellStyle> = {
  title: {
    font: { name: '黑体', size: 16, bold: true },
    align: { horizontal: 'center', vertical: 'middle' },
  },
  plan: { font: { name: '黑体', size: 12 }, align: { horizontal: 'left', vertical: 'middle' } },
  note: {
    font: { ...BODY, size: 9, italic: true, color: '595959' },
    align: { horizontal: 'left', vertical: 'top', wrap: true },
  },
  th: {
    font: { name: '黑体', size: 11 },
    align: { horizontal: 'center', vertical: 'middle', wrap: true },
    border: 'thin',
    fill: 'F2F2F2',
  },
  td: { font: BODY, align: { horizontal: 'center', vertical: 'middle', wrap: true }, border: 'thin' },
  name: { font: BODY, align: { horizontal: 'left', vertical: 'middle', wrap: true }, border: 'thin' },
  pending: {
    font: { ...BODY, color: 'C00000' },
    align: { horizontal: 'center', vertical: 'middle' },
    border: 'thin',
  },
};
const WIDTHS = [6, 7, 12, 12, 16, 24, 12, 11, 11, 10];
const LAST = WIDTHS.length;

/** 2026-12-02T08:30:00.000Z → 2026-12-02: the day a planner names an adjustment by. */
const day = (iso: string | undefined): string => (iso ?? '').slice(0, 10);

const delta = (from: CellValue, to: CellValue, decimals: number): number | string => {
  const [a, b] = [figureValue(from), figureValue(to)];
  return a === undefined || b === undefined
    ? ''
    : fromScaled(toScaled(b, decimals) - toScaled(a, decimals), decimals);
};

/** Whether any of the plans has an adjustment to show. */
export const hasAdjustments = (plans: readonly Plan[]): boolean =>
  plans.some((p) => (p.adjustments ?? []).length > 0);

/**
 * 调整记录: every change to issued targets, per plan and version, dated: for each unit and target 原下达 →
 * 调整后 and the difference, units added and removed, 下达目标 that moved with them. Versions not yet issued
 * say so in red. A4 landscape.
 */
export const adjustmentSheet = (plans: readonly Plan[], labels: AdjustmentLabels): SheetLayout => {
  const layout = emptyLayout(labels.sheet);
  layout.styles = { ...STYLES };
  layout.columnWidths = [...WIDTHS];
  const cells = layout.cells;
  let row = 1;
  const across = (value: string, style: string, height: number) => {
    cells.push({ row, col: 1, value, style });
    layout.merges.push({ top: row, left: 1, bottom: row, right: LAST });
    layout.rowHeights[row] = height;
    row++;
  };
  across(labels.title, 'title', 30);
  across(labels.note, 'note', 30);
  for (const plan of plans) {
    const adjustments = plan.adjustments ?? [];
    if (adjustments.length === 0) continue;
    row++;
    across(plan.title, 'plan', 24);
    labels.header.forEach((h, k) => cells.push({ row, col: k + 1, value: h, style: 'th' }));
    layout.rowHeights[row] = 30;
    row++;
    let serial = 0;
    for (const a of adjustments) for (const line of linesOf(plan, a, labels)) put(a, line);
    function put(a: Adjustment, line: Line) {
      serial++;
      const fixed = [
        serial,
        fill(labels.version, { version: a.version }),
        day(a.at),
        a.issuedAt ? day(a.issuedAt) : labels.pending,
        line.unit,
        line.indicator,
        line.period,
      ];
      fixed.forEach((value, k) =>
        cells.push({
          row,
          col: k + 1,
          value,
          style: k === 3 && !a.issuedAt ? 'pending' : k >= 4 && k <= 5 ? 'name' : 'td',
        }),
      );
      const style = `figure:${line.decimals}`;
      layout.styles[style] ??= {
        font: BODY,
        align: { horizontal: 'right', vertical: 'middle' },
        border: 'thin',
        numFmt: numberFormat(line.decimals),
      };
      layout.styles[`delta:${line.decimals}`] ??= {
        ...layout.styles[style],
        numFmt: `+${numberFormat(line.decimals)};-${numberFormat(line.decimals)};0`,
      };
      cells.push(
        { row, col: 8, value: line.from, style },
        { row, col: 9, value: line.to, style },
        { row, col: 10, value: delta(line.from, line.to, line.decimals), style: `delta:${line.decimals}` },
      );
      layout.rowHeights[row] = 20;
      row++;
    }
  }
  layout.print = {
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    area: `A1:${a1(Math.max(row - 1, 2), LAST)}`,
  };
  return layout;
};

interface Line {
  unit: string;
  indicator: string;
  period: string;
  from: CellValue;
  to: CellValue;
  decimals: number;
}

/** One adjustment as the sheet lists it: each changed target, then 下达目标, then units added and removed. */
const linesOf = (plan: Plan, a: Adjustment, labels: AdjustmentLabels): Line[] => {
  const columnOf = (id: string) => plan.columns.find((c) => c.id === id);
  const describe = (id: string) => {
    const column = columnOf(id);
    const indicator = column ? indicatorOf(plan, column) : undefined;
    return {
      indicator: indicator ? `${indicator.name}（${indicator.measure}）` : (column?.label ?? id),
      period: column?.label ?? '',
      decimals: column ? decimalsOf(plan, column) : 2,
    };
  };
  return [
    ...a.changes.map((c) => ({ unit: c.unit, ...describe(c.column), from: c.from ?? '', to: c.to ?? '' })),
    ...a.controls.map((c) => ({
      unit: labels.control,
      ...describe(c.column),
      from: c.from ?? '',
      to: c.to ?? '',
    })),
    ...a.added.map((name) => ({
      unit: name,
      indicator: labels.added,
      period: '',
      from: '',
      to: '',
      decimals: 0,
    })),
    ...a.removed.map((name) => ({
      unit: name,
      indicator: labels.removed,
      period: '',
      from: '',
      to: '',
      decimals: 0,
    })),
  ];
};
