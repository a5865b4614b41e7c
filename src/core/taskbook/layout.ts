import { fillWords as fill } from '../words';
import { a1 } from '../a1';
import { emptyLayout, type CellStyle, type LayoutCell, type SheetLayout } from '../layout/sheetLayout';
import { numberFormat } from '../layout/planSheet';
import { BODY_FILL, fitLines, lineCount } from '../layout/lineBreak';
import { decimalsOf, type Plan } from '../plan';
import { printedFigure, type TaskbookContent } from './content';

/** The words a 任务书 sheet prints around the source's wording (from the locale files, by the caller). */
export interface TaskbookLabels {
  number: string;
  issuer: string;
  receiver: string;
  period: string;
  targets: string;
  requirements: string;
  assessment: string;
  reporting: string;
  reportingText: string;
  /** 联系人及电话, after the reporting sentence when the plan names one. */
  reportingContact: string;
  /** The reporting sentence of a task table's 任务书: progress, no figures. */
  reportingTasks: string;
  header: string[];
  taskHeader: string[];
  roles: Record<'lead' | 'responsible' | 'support', string>;
  tasks: string;
  baseNote: string;
  signIssuer: string;
  signReceiver: string;
  signPerson: string;
  signDate: string;
  /** 一、二、… and how a heading and a numbered paragraph read: '{n}、{title}', '（{n}）{text}'. */
  sectionNumbers: string[];
  heading: string;
  item: string;
  /** A 任务书 that re-issues changed targets: '{title}（调整）', its 调整说明 and one change in it. */
  adjustedTitle: string;
  adjustmentNote: string;
  adjustmentChange: string;
}

/** Where the 任务书's figures come from: their values (a file sent out) or the plan sheet (the open workbook). */
export type FigureSource = { kind: 'values' } | { kind: 'formulas'; planSheet: string };

const COLUMNS = [6, 26, 8, 18, 12, 11, 17];
const WIDTH = COLUMNS.reduce((a, b) => a + b, 0);
const LAST = COLUMNS.length;

const TITLE_FONT = { name: '黑体', size: 18, bold: true, eastAsian: true };
const BODY_FONT = { name: '仿宋', size: 12, eastAsian: true };
const HEAD_FONT = { name: '黑体', size: 12, eastAsian: true };

/** Lines a typesetter would make in a column `width` wide, in the body font. */
const body = (text: string, width: number): string =>
  fitLines(text, width, { pt: BODY_FONT.size, fill: BODY_FILL });

const styles = (plan: Plan, content: TaskbookContent): Record<string, CellStyle> => {
  const out: Record<string, CellStyle> = {
    number: { font: BODY_FONT, align: { horizontal: 'right', vertical: 'middle' } },
    title: { font: TITLE_FONT, align: { horizontal: 'center', vertical: 'middle', wrap: true } },
    field: { font: BODY_FONT, align: { horizontal: 'left', vertical: 'middle', wrap: true } },
    heading: { font: HEAD_FONT, align: { horizontal: 'left', vertical: 'middle' } },
    paragraph: { font: BODY_FONT, align: { horizontal: 'left', vertical: 'top', wrap: true } },
    th: {
      font: HEAD_FONT,
      align: { horizontal: 'center', vertical: 'middle', wrap: true },
      border: 'thin',
      fill: 'F2F2F2',
    },
    td: { font: BODY_FONT, align: { horizontal: 'center', vertical: 'middle', wrap: true }, border: 'thin' },
    tdText: {
      font: BODY_FONT,
      align: { horizontal: 'left', vertical: 'middle', wrap: true },
      border: 'thin',
    },
    sign: { font: BODY_FONT, align: { horizontal: 'left', vertical: 'middle' } },
    section: {
      font: HEAD_FONT,
      align: { horizontal: 'left', vertical: 'middle' },
      border: 'thin',
      fill: 'F7F7F7',
    },
  };
  for (const t of content.targets) {
    const fmt = numberFormat(decimalsOf(plan, plan.columns[t.column]));
    out[`figure:${fmt}`] = {
      font: BODY_FONT,
      align: { horizontal: 'right', vertical: 'middle' },
      border: 'thin',
      numFmt: fmt,
    };
  }
  out['share'] = {
    font: BODY_FONT,
    align: { horizontal: 'right', vertical: 'middle' },
    border: 'thin',
    numFmt: '0.0',
  };
  return out;
};

/**
 * A unit's 工作目标分解任务书 as a sheet: 编号, title, 甲方/乙方 and period, the numbered table of its
 * targets with its share of the city, 工作要求, 考核办法 and 报送 in the source's words, and the
 * signature and seal block. A4 portrait, one page wide, no gridlines, print area set.
 */
export const taskbookLayout = (
  plan: Plan,
  content: TaskbookContent,
  labels: TaskbookLabels,
  name: string,
  figures: FigureSource,
): SheetLayout => {
  const layout = emptyLayout(name);
  layout.styles = styles(plan, content);
  layout.columnWidths = [...COLUMNS];
  const cells: LayoutCell[] = layout.cells;
  let row = 1;
  const line = (text: string, style: string, height: number) => {
    cells.push({ row, col: 1, value: text, style });
    for (let c = 2; c <= LAST; c++) cells.push({ row, col: c, style });
    layout.merges.push({ top: row, left: 1, bottom: row, right: LAST });
    layout.rowHeights[row] = height;
    row++;
  };
  const paragraph = (text: string) => {
    const lines = body(text, WIDTH);
    line(lines, 'paragraph', 18 * lineCount(lines) + 6);
  };

  line(fill(labels.number, { number: content.number }), 'number', 18);
  const adjustment = content.adjustment;
  const titleText = adjustment ? fill(labels.adjustedTitle, { title: content.title }) : content.title;
  const title = fitLines(titleText, WIDTH, { pt: TITLE_FONT.size });
  line(title, 'title', 30 * lineCount(title) + 10);
  row++;
  line(fill(labels.issuer, { issuer: content.issuer }), 'field', 22);
  line(fill(labels.receiver, { receiver: content.receiver }), 'field', 22);
  line(fill(labels.period, { period: content.period }), 'field', 22);

  const [one, two, three, four] = labels.sectionNumbers;
  const heading = (n: string, title: string) => line(fill(labels.heading, { n, title }), 'heading', 26);
  if (content.tasks) {
    // A department's tasks, by section: 序号 | 重点任务 (merged B:E) | 责任分工 | 完成时限.
    heading(one, labels.tasks);
    const taskRow = (values: [string | number, string, string, string], style: string, height: number) => {
      cells.push({ row, col: 1, value: values[0], style: style === 'th' ? 'th' : 'td' });
      cells.push({ row, col: 2, value: values[1], style: style === 'th' ? 'th' : 'tdText' });
      for (let c = 3; c <= 5; c++) cells.push({ row, col: c, style: style === 'th' ? 'th' : 'tdText' });
      layout.merges.push({ top: row, left: 2, bottom: row, right: 5 });
      cells.push({ row, col: 6, value: values[2], style: style === 'th' ? 'th' : 'td' });
      cells.push({ row, col: 7, value: values[3], style: style === 'th' ? 'th' : 'td' });
      layout.rowHeights[row] = height;
      row++;
    };
    const [h1, h2, h3, h4] = labels.taskHeader;
    taskRow([h1, h2, h3, h4], 'th', 26);
    let section: string | undefined;
    for (const t of content.tasks) {
      if (t.section && t.section !== section) {
        section = t.section;
        cells.push({ row, col: 1, value: t.section, style: 'section' });
        for (let c = 2; c <= LAST; c++) cells.push({ row, col: c, style: 'section' });
        layout.merges.push({ top: row, left: 1, bottom: row, right: LAST });
        layout.rowHeights[row] = 22;
        row++;
      }
      const text = body(
        t.text,
        COLUMNS.slice(1, 5).reduce((x, y) => x + y, 0),
      );
      taskRow([t.no, text, labels.roles[t.role], t.deadline], 'td', Math.max(22, 17 * lineCount(text) + 10));
    }
  } else {
    heading(one, labels.targets);
    labels.header.forEach((text, k) => cells.push({ row, col: k + 1, value: text, style: 'th' }));
    layout.rowHeights[row] = 34;
    row++;
    const p = plan.placement;
    layout.anchors = [];
    for (const t of content.targets) {
      layout.anchors.push({ id: plan.columns[t.column].id, row, col: 5 });
      const fmt = numberFormat(decimalsOf(plan, plan.columns[t.column]));
      const planCell =
        figures.kind === 'formulas' && p
          ? `'${figures.planSheet.replace(/'/g, "''")}'!${a1(p.unitRows[content.unit], p.columns[t.column])}`
          : undefined;
      const controlCell =
        figures.kind === 'formulas' && p && p.controlRow !== undefined
          ? `'${figures.planSheet.replace(/'/g, "''")}'!${a1(p.controlRow, p.columns[t.column])}`
          : undefined;
      const note = t.base
        ? fill(labels.baseNote, {
            period: t.base.period,
            base: String(printedFigure(plan, t.column, t.base.value)),
            rate: Math.round(t.base.rate * 1000) / 10,
          })
        : '';
      const indicator = body(t.indicator, COLUMNS[1]);
      const noteLines = body(note, COLUMNS[6]);
      const period = body(t.period, COLUMNS[3]);
      cells.push(
        { row, col: 1, value: t.no, style: 'td' },
        { row, col: 2, value: indicator, style: 'tdText' },
        { row, col: 3, value: t.measure, style: 'td' },
        { row, col: 4, value: period, style: 'td' },
        planCell
          ? { row, col: 5, formula: planCell, style: `figure:${fmt}` }
          : { row, col: 5, value: printedFigure(plan, t.column, t.value), style: `figure:${fmt}` },
        planCell && controlCell && t.share !== undefined
          ? {
              row,
              col: 6,
              formula: `IF(N(${controlCell})=0,"",ROUND(N(${planCell})/${controlCell}*100,1))`,
              style: 'share',
            }
          : { row, col: 6, value: t.share ?? '—', style: 'share' },
        { row, col: 7, value: noteLines, style: 'tdText' },
      );
      layout.rowHeights[row] =
        17 * Math.max(lineCount(noteLines), lineCount(indicator), lineCount(period)) + 10;
      row++;
    }
  }
  if (adjustment) {
    row++;
    paragraph(
      fill(labels.adjustmentNote, {
        version: adjustment.version,
        year: Number(adjustment.date.slice(0, 4)),
        month: Number(adjustment.date.slice(5, 7)),
        day: Number(adjustment.date.slice(8, 10)),
        changes: adjustment.changes.map((c) => fill(labels.adjustmentChange, c)).join('；'),
      }),
    );
  }
  const sectionWords = (list: readonly string[]) =>
    list.forEach((text, k) => paragraph(fill(labels.item, { n: labels.sectionNumbers[k] ?? k + 1, text })));
  row++;
  heading(two, labels.requirements);
  sectionWords(content.wording.requirements);
  heading(three, labels.assessment);
  sectionWords(content.wording.assessment);
  heading(four, labels.reporting);
  // Tasks are reported as progress, not as 1—N月 cumulative figures.
  paragraph(
    fill(content.tasks ? labels.reportingTasks : labels.reportingText, {
      ...content.wording.reporting,
      to: content.wording.reporting.to || content.issuer,
    }),
  );
  if (content.wording.reporting.contact)
    paragraph(fill(labels.reportingContact, { contact: content.wording.reporting.contact }));

  // 签字盖章: 甲方 on the left, 乙方 on the right, each with 负责人 and 日期.
  row += 2;
  const signRow = (left: string, right: string) => {
    cells.push({ row, col: 1, value: left, style: 'sign' }, { row, col: 5, value: right, style: 'sign' });
    layout.merges.push(
      { top: row, left: 1, bottom: row, right: 4 },
      { top: row, left: 5, bottom: row, right: LAST },
    );
    layout.rowHeights[row] = 30;
    row++;
  };
  signRow(
    fill(labels.signIssuer, { issuer: content.issuer }),
    fill(labels.signReceiver, { receiver: content.receiver }),
  );
  signRow(labels.signPerson, labels.signPerson);
  signRow(labels.signDate, labels.signDate);

  layout.print = {
    paper: 'A4',
    orientation: 'portrait',
    fitToWidth: true,
    centered: true,
    area: `A1:${a1(row - 1, LAST)}`,
  };
  return layout;
};
