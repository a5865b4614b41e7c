import { a1 } from '../a1';
import { PlanError } from '../errors';
import { readFigure } from '../figures';
import { emptyLayout, type SheetLayout } from '../layout/sheetLayout';
import type { CellValue } from '../plan';
import type { SheetCells } from '../locate/locate';
import type { AssessmentRules, IndicatorRule, ScoreBand, ScoringMethod } from './rules';

/** The words of the 考核办法 sheet (from the locale files, by the caller): its labels are how it is read back. */
export interface RulesSheetLabels {
  sheet: string;
  title: string;
  note: string;
  /** 指标, 年度, 分值, 计分方式, 分档, 超额加分（每超1个百分点）, 加分上限, 否决线（完成率低于 %） */
  header: string[];
  late: string;
  missing: string;
  total: string;
  interview: string;
  topShare: string;
  grades: string;
  lowest: string;
  /** In a 分档 cell: the share below every band (其余). */
  rest: string;
}

const norm = (v: CellValue) => (typeof v === 'string' ? v.replace(/\s+/g, '') : v === null ? '' : String(v));

/** ≥100：100；≥80：75；≥50：50；其余：0 — as the sheet writes and reads bands (a half-width colon read too). */
export const bandsText = (bands: readonly ScoreBand[], below: number, rest: string): string =>
  [...bands.map((b) => `≥${b.atLeast}：${b.share}`), `${rest}：${below}`].join('；');

const parseBands = (text: string, rest: string): { bands: ScoreBand[]; below: number } | undefined => {
  const bands: ScoreBand[] = [];
  let below = 0;
  for (const part of text
    .split(/[；;，,\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const band = /^(?:≥|>=)?\s*(\d+(?:\.\d+)?)\s*%?\s*[:：→]\s*(\d+(?:\.\d+)?)\s*%?$/.exec(part);
    const other = new RegExp(`^(?:${rest}|其余|以下|其他)\\s*[:：→]\\s*(\\d+(?:\\.\\d+)?)\\s*%?$`).exec(part);
    if (band) bands.push({ atLeast: Number(band[1]), share: Number(band[2]) });
    else if (other) below = Number(other[1]);
    else return undefined;
  }
  return { bands, below };
};

/**
 * 考核办法 as a sheet the planner edits in Excel, WPS or LibreOffice: a row per indicator (分值, 计分方式, 分档,
 * 超额加分, 加分上限, 否决线), then 报送纪律, 等次 and the total, each a label with its value beside it.
 */
export const rulesSheet = (rules: AssessmentRules, labels: RulesSheetLabels): SheetLayout => {
  const layout = emptyLayout(labels.sheet);
  const body = { name: '仿宋', size: 11, eastAsian: true };
  const head = { name: '黑体', size: 11, eastAsian: true };
  layout.styles = {
    title: { font: { ...head, size: 16, bold: true }, align: { horizontal: 'center', vertical: 'middle' } },
    note: { font: { ...body, size: 10 }, align: { horizontal: 'left', vertical: 'top', wrap: true } },
    th: {
      font: head,
      align: { horizontal: 'center', vertical: 'middle', wrap: true },
      border: 'thin',
      fill: 'F2F2F2',
    },
    td: {
      font: body,
      align: { horizontal: 'left', vertical: 'middle', wrap: true },
      border: 'thin',
      fill: 'FFF9E5',
    },
    label: { font: head, align: { horizontal: 'right', vertical: 'middle' } },
  };
  layout.columnWidths = [18, 8, 8, 12, 30, 14, 10, 14];
  const put = (row: number, col: number, value: CellValue, style: string) =>
    layout.cells.push({ row, col, value, style });
  put(1, 1, labels.title, 'title');
  layout.merges.push({ top: 1, left: 1, bottom: 1, right: 8 }, { top: 2, left: 1, bottom: 2, right: 8 });
  put(2, 1, labels.note, 'note');
  layout.rowHeights[1] = 28;
  layout.rowHeights[2] = 44;
  labels.header.forEach((h, c) => put(3, c + 1, h, 'th'));
  layout.rowHeights[3] = 34;
  rules.indicators.forEach((r, k) => {
    const row = 4 + k;
    put(row, 1, r.indicator, 'td');
    put(row, 2, r.year ?? null, 'td');
    put(row, 3, r.points, 'td');
    put(row, 4, r.method, 'td');
    put(row, 5, r.method === '分档' ? bandsText(r.bands ?? [], r.below ?? 0, labels.rest) : null, 'td');
    put(row, 6, r.bonusPerPoint ?? 0, 'td');
    put(row, 7, r.bonusCap ?? 0, 'td');
    put(row, 8, r.vetoBelow ?? null, 'td');
  });
  let row = 5 + rules.indicators.length;
  const pair = (label: string, value: CellValue) => {
    put(row, 1, label, 'label');
    put(row, 2, value, 'td');
    row++;
  };
  pair(labels.total, rules.total);
  pair(labels.late, rules.late);
  pair(labels.missing, rules.missing);
  pair(labels.interview, rules.interviewLowest);
  pair(labels.topShare, rules.grades.topShare ?? null);
  row++;
  put(row, 1, labels.grades, 'label');
  row++;
  for (const g of rules.grades.bands) pair(g.grade, g.atLeast);
  pair(labels.lowest, rules.grades.lowest);
  layout.print = { paper: 'A4', orientation: 'landscape', fitToWidth: true, area: `A1:H${row - 1}` };
  return layout;
};

/**
 * The 考核办法 as the planner left it, read by its labels (rows moved or added are followed): every number
 * where a number belongs, else a message naming the cell. The rules are then checked with checkRules.
 */
export const readRulesSheet = (
  sheet: SheetCells,
  labels: RulesSheetLabels,
  name = labels.sheet,
): AssessmentRules => {
  const find = (label: string) => {
    for (let r = 1; r <= sheet.rowCount; r++)
      for (let c = 1; c <= Math.min(sheet.columnCount, 8); c++)
        if (norm(sheet.value(r, c)) === norm(label)) return { row: r, col: c };
    return undefined;
  };
  const number = (row: number, col: number, what: string, optional = false): number | undefined => {
    const v = readFigure(sheet.value(row, col));
    if (v.kind === 'empty' && optional) return undefined;
    if (v.kind === 'number') return v.value;
    throw new PlanError('assess.notANumber', {
      sheet: name,
      cell: a1(row, col),
      what,
      text: norm(sheet.value(row, col)),
    });
  };
  const header = find(labels.header[0]);
  if (!header) throw new PlanError('assess.noHeader', { sheet: name, header: labels.header[0] });
  const indicators: IndicatorRule[] = [];
  for (let r = header.row + 1; r <= sheet.rowCount && norm(sheet.value(r, header.col)) !== ''; r++) {
    const c = header.col;
    const indicator = norm(sheet.value(r, c));
    const method = norm(sheet.value(r, c + 3)) as ScoringMethod;
    const rule: IndicatorRule = {
      indicator,
      year: number(r, c + 1, labels.header[1], true),
      points: number(r, c + 2, labels.header[2])!,
      method,
      bonusPerPoint: number(r, c + 5, labels.header[5], true),
      bonusCap: number(r, c + 6, labels.header[6], true),
      vetoBelow: number(r, c + 7, labels.header[7], true),
      cell: a1(r, c + 2),
    };
    if (method === '分档') {
      const text = norm(sheet.value(r, c + 4));
      const parsed = parseBands(text, labels.rest);
      if (!parsed)
        throw new PlanError('assess.badBands', { sheet: name, cell: a1(r, c + 4), indicator, text });
      Object.assign(rule, parsed);
    }
    if (rule.year === undefined) delete rule.year;
    indicators.push(rule);
  }
  const valueOf = (label: string, fallback: number, optional = false) => {
    const at = find(label);
    if (!at) return fallback;
    return number(at.row, at.col + 1, label, optional) ?? (optional ? NaN : fallback);
  };
  const grades = find(labels.grades);
  const bands: { grade: string; atLeast: number }[] = [];
  let lowest = '不合格';
  if (grades)
    for (let r = grades.row + 1; r <= sheet.rowCount && norm(sheet.value(r, grades.col)) !== ''; r++) {
      const label = norm(sheet.value(r, grades.col));
      if (label === norm(labels.lowest)) {
        lowest = norm(sheet.value(r, grades.col + 1)) || lowest;
        break;
      }
      bands.push({ grade: label, atLeast: number(r, grades.col + 1, label)! });
    }
  const topShare = valueOf(labels.topShare, NaN, true);
  return {
    indicators,
    total: valueOf(labels.total, 100),
    late: valueOf(labels.late, 0),
    missing: valueOf(labels.missing, 0),
    interviewLowest: valueOf(labels.interview, 0),
    grades: { bands, lowest, ...(Number.isFinite(topShare) ? { topShare } : {}) },
  };
};
