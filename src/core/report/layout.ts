import { fillWords as fill } from '../words';
import { a1 } from '../a1';
import { numberFormat } from '../layout/planSheet';
import { emptyLayout, type CellStyle, type SheetLayout } from '../layout/sheetLayout';
import { fitLines, lineCount } from '../layout/lineBreak';
import type { Plan } from '../plan';
import {
  REPORT_SCHEMA,
  countedSince,
  reportTargets,
  reportedDecimals,
  targetsHash,
  timeProgress,
  type ReportBlock,
  type ReportRecord,
} from './record';

/** The words of a 完成情况 sheet (from the locale files, by the caller). */
export interface ReportLabels {
  sheet: string;
  title: string;
  plan: string;
  unit: string;
  person: string;
  phone: string;
  date: string;
  target: string;
  /** Under a block whose target is the year's share of a target over several years: even, or as set. */
  share: string;
  shareSet: string;
  since: string;
  undividedCount: string;
  header: string[];
  month: string;
  heading: string;
  sectionNumbers: string[];
  inputTitle: string;
  inputMessage: string;
  lastYearTitle: string;
  lastYearMessage: string;
}

/** 月份, 1—N月累计完成, 上年同期累计, 本月完成, 完成率, 序时进度, 差距, 同比增长. */
const WIDTHS = [8, 15, 13, 10, 10, 11, 17, 11];
const BODY = { name: '仿宋', size: 12, eastAsian: true };
const HEAD = { name: '黑体', size: 12, eastAsian: true };
const NOTE_FONT = { ...BODY, size: 10 };

const styles = (formats: readonly string[]): Record<string, CellStyle> => {
  const out: Record<string, CellStyle> = {
    title: {
      font: { name: '黑体', size: 16, bold: true, eastAsian: true },
      align: { horizontal: 'center', vertical: 'middle' },
    },
    note: { font: NOTE_FONT, align: { horizontal: 'left', vertical: 'middle', wrap: true } },
    label: { font: HEAD, align: { horizontal: 'right', vertical: 'middle' } },
    value: { font: BODY, align: { horizontal: 'left', vertical: 'middle' }, border: 'thin' },
    input: {
      font: BODY,
      align: { horizontal: 'left', vertical: 'middle' },
      border: 'thin',
      fill: 'FFF9E5',
      unlocked: true,
    },
    heading: { font: HEAD, align: { horizontal: 'left', vertical: 'middle' } },
    th: {
      font: HEAD,
      align: { horizontal: 'center', vertical: 'middle', wrap: true },
      border: 'thin',
      fill: 'F2F2F2',
    },
    month: { font: BODY, align: { horizontal: 'center', vertical: 'middle' }, border: 'thin' },
    pct: { font: BODY, align: { horizontal: 'right', vertical: 'middle' }, border: 'thin', numFmt: '0.0' },
  };
  for (const f of formats) {
    out[`target:${f}`] = {
      font: { ...BODY, bold: true },
      align: { horizontal: 'right', vertical: 'middle' },
      border: 'thin',
      numFmt: f,
    };
    out[`figure:${f}`] = {
      font: BODY,
      align: { horizontal: 'right', vertical: 'middle' },
      border: 'thin',
      numFmt: f,
    };
    out[`entry:${f}`] = { ...out[`figure:${f}`], fill: 'FFF9E5', unlocked: true };
  }
  return out;
};

/**
 * A unit's 完成情况 sheet: for each target, the twelve months of the reporting year where the unit types
 * 1—N月累计完成, and 上年同期累计 where it knows it (for 同比); 本月完成, 完成率, 序时进度, 差距 and 同比增长 beside
 * them are formulas; the target is shown and locked; a 填报人 / 联系电话 / 填报日期 block. Protected, no password: only the yellow cells take input.
 */
export const reportSheet = (
  plan: Plan,
  unit: number,
  year: number,
  labels: ReportLabels,
): { layout: SheetLayout; record: ReportRecord } => {
  const targets = reportTargets(plan, unit, year);
  const formats = [
    ...new Set(targets.flatMap((t) => [numberFormat(t.decimals), numberFormat(reportedDecimals(t))])),
  ];
  const layout = emptyLayout(labels.sheet);
  layout.styles = styles(formats);
  layout.columnWidths = [...WIDTHS];
  const put = (
    row: number,
    col: number,
    cell: { value?: string | number | null; formula?: string; style: string },
  ) => layout.cells.push({ row, col, ...cell });
  const across = (row: number, text: string, style: string, height: number) => {
    put(row, 1, { value: text, style });
    layout.merges.push({ top: row, left: 1, bottom: row, right: WIDTHS.length });
    layout.rowHeights[row] = height;
  };
  const name = plan.units[unit].name;
  across(1, fill(labels.title, { unit: name, year }), 'title', 30);
  const note = fitLines(
    fill(labels.plan, { plan: plan.title }),
    WIDTHS.reduce((a, b) => a + b, 0),
    {
      pt: NOTE_FONT.size,
    },
  );
  across(2, note, 'note', 14 * lineCount(note) + 6);
  put(3, 1, { value: labels.unit, style: 'label' });
  put(3, 2, { value: name, style: 'value' });
  put(3, 3, { value: labels.person, style: 'label' });
  put(3, 4, { value: null, style: 'input' });
  put(3, 5, { value: labels.phone, style: 'label' });
  put(3, 6, { value: null, style: 'input' });
  put(3, 7, { value: null, style: 'input' });
  put(3, 8, { value: null, style: 'input' });
  layout.merges.push({ top: 3, left: 6, bottom: 3, right: 8 });
  put(4, 1, { value: labels.date, style: 'label' });
  put(4, 2, { value: null, style: 'input' });
  layout.rowHeights[3] = 22;
  layout.rowHeights[4] = 22;
  const fields = { person: 'D3', phone: 'F3', date: 'B4', unit: 'B3' };

  let row = 6;
  const blocks: ReportBlock[] = targets.map((t, k) => {
    const fmt = numberFormat(t.decimals);
    // What the unit types is as fine as its measure needs (12.5亿元, 0.35亿元), whatever the target's decimals.
    const entry = numberFormat(reportedDecimals(t));
    put(row, 1, {
      value: fill(labels.heading, {
        n: labels.sectionNumbers[k] ?? k + 1,
        indicator: t.indicator,
        measure: t.measure,
      }),
      style: 'heading',
    });
    layout.merges.push({ top: row, left: 1, bottom: row, right: 3 });
    put(row, 5, { value: fill(labels.target, { period: t.period }), style: 'label' });
    put(row, 6, { value: null, style: 'label' });
    put(row, 7, { value: null, style: 'label' });
    layout.merges.push({ top: row, left: 5, bottom: row, right: 7 });
    put(row, 8, { value: t.value, style: `target:${fmt}` });
    layout.rowHeights[row] = 24;
    const targetCell = a1(row, 8);
    const target = `$H$${row}`;
    row++;
    labels.header.forEach((text, c) => put(row, c + 1, { value: text, style: 'th' }));
    layout.rowHeights[row] = 32;
    row++;
    const firstRow = row;
    for (let m = 1; m <= 12; m++, row++) {
      const b = `B${row}`;
      const c = `C${row}`;
      layout.rowHeights[row] = 18;
      put(row, 1, { value: fill(labels.month, { m }), style: 'month' });
      put(row, 2, { value: null, style: `entry:${entry}` });
      put(row, 3, { value: null, style: `entry:${entry}` });
      put(row, 4, {
        // A month left empty before this one is no 0: no 本月完成 is made up from the gap.
        formula: m === 1 ? `IF(${b}="","",${b})` : `IF(OR(${b}="",B${row - 1}=""),"",${b}-B${row - 1})`,
        style: `figure:${entry}`,
      });
      put(row, 5, { formula: `IF(OR(${b}="",N(${target})=0),"",ROUND(${b}/${target}*100,1))`, style: 'pct' });
      put(row, 6, { value: timeProgress(t, year, m), style: 'pct' });
      put(row, 7, { formula: `IF(E${row}="","",ROUND(E${row}-F${row},1))`, style: 'pct' });
      // Unknown last year (empty, or 0: no base to grow from) says nothing, never 0%.
      put(row, 8, {
        formula: `IF(OR(${b}="",N(${c})=0),"",ROUND((${b}-${c})/${c}*100,1))`,
        style: 'pct',
      });
    }
    const decimals = reportedDecimals(t);
    layout.validations.push({
      range: `B${firstRow}:B${row - 1}`,
      formula: `AND(ISNUMBER(B${firstRow}),B${firstRow}>=0,ROUND(B${firstRow},${decimals})=B${firstRow})`,
      title: labels.inputTitle,
      message: fill(labels.inputMessage, { decimals }),
    });
    layout.validations.push({
      range: `C${firstRow}:C${row - 1}`,
      formula: `AND(ISNUMBER(C${firstRow}),C${firstRow}>=0,ROUND(C${firstRow},${decimals})=C${firstRow})`,
      title: labels.lastYearTitle,
      message: fill(labels.lastYearMessage, { decimals }),
    });
    const since = countedSince(t, year);
    const words = t.whole
      ? fill(t.whole.set ? labels.shareSet : labels.share, {
          period: t.period,
          whole: t.whole.label,
          value: t.whole.value ?? '',
          measure: t.measure,
          years: t.whole.years,
          percent: t.whole.percent ?? '',
        })
      : since !== undefined
        ? fill(t.undivided ? labels.undividedCount : labels.since, {
            indicator: t.indicator,
            period: t.period,
            value: t.value ?? '',
            measure: t.measure,
            from: since,
          })
        : undefined;
    if (words) {
      const text = fitLines(
        words,
        WIDTHS.reduce((a, b) => a + b, 0),
        { pt: NOTE_FONT.size },
      );
      put(row, 1, { value: text, style: 'note' });
      layout.merges.push({ top: row, left: 1, bottom: row, right: WIDTHS.length });
      layout.rowHeights[row] = 14 * lineCount(text) + 6;
    }
    row++;
    return { column: t.column, targetCell, firstRow, inputColumn: 2, lastYearColumn: 3 };
  });

  layout.print = {
    paper: 'A4',
    orientation: 'portrait',
    fitToWidth: true,
    centered: true,
    area: `A1:H${row - 1}`,
  };
  layout.protection = {};
  const record: ReportRecord = {
    schema: REPORT_SCHEMA,
    planId: plan.planId,
    planVersion: plan.version,
    template: plan.template,
    planTitle: plan.title,
    unit: { id: plan.units[unit].id, name },
    year,
    targets,
    targetsHash: targetsHash(plan, plan.units[unit].id, year, targets),
    layout: { sheet: labels.sheet, blocks, fields },
    // The levels above the issuing plan, nearest first: a town's 任务书 traces to the province's plan.
    ...(plan.parent
      ? {
          chain: [
            { planId: plan.parent.planId, version: plan.parent.version, unit: plan.parent.unit.name },
            ...(plan.parent.chain ?? []),
          ],
        }
      : {}),
  };
  return { layout, record };
};
