import { compactText as norm } from '../words';
import { a1 } from '../a1';
import { PlanError } from '../errors';
import { readFigure } from '../figures';
import { breakLines, lineCount } from '../layout/lineBreak';
import { emptyLayout, type SheetLayout } from '../layout/sheetLayout';
import type { CellValue } from '../plan';
import type { SheetCells } from '../locate/locate';
import type { AssessmentRules, IndicatorRule, ScoreBand, ScoringMethod } from './rules';

/** The words of the 考核办法 sheet (from the locale files, by the caller): its labels are how it is read back. */
export interface RulesSheetLabels {
  sheet: string;
  title: string;
  /** The note over default rules (to be replaced by the local 考核办法), and over the planner's own. */
  note: string;
  customNote: string;
  /** 指标, 年度, 分值, 计分方式, 超额加分（每超1个百分点）, 加分上限, 否决线（完成率低于 %） */
  header: string[];
  /** The 分档 table: its title, and 指标, 年度, 完成率不低于（%）, 得分比例（%）. */
  bandsTitle: string;
  bandHeader: string[];
  late: string;
  missing: string;
  total: string;
  interview: string;
  topShare: string;
  grades: string;
  lowest: string;
}

/**
 * Where each rule stands on the 考核办法 sheet, as absolute references ('考核办法'!$C$4): the 考核 sheet's
 * formulas point at them, so a rule changed in Excel, WPS or LibreOffice re-scores without the add-in.
 */
export interface RuleCells {
  indicators: {
    name: string;
    year: string;
    points: string;
    method: string;
    bonus: string;
    cap: string;
    veto: string;
  }[];
  /** The 分档 table's columns, as ranges over its rows (those left empty for more bands included). */
  bands: { name: string; year: string; atLeast: string; share: string };
  total: string;
  late: string;
  missing: string;
  interview: string;
  topShare: string;
  grades: { grade: string; atLeast: string }[];
  lowest: string;
}

/** The rules as the sheet says them, and where it says them. */
export interface PlacedRules {
  rules: AssessmentRules;
  cells: RuleCells;
}

/** Rows a new 考核办法 leaves empty in the 分档 table, for bands the planner adds. */
const SPARE_BAND_ROWS = 6;

const bandRows = (rules: AssessmentRules): { rule: IndicatorRule; band: ScoreBand }[] =>
  rules.indicators.flatMap((rule) =>
    rule.method === '分档'
      ? [...(rule.bands ?? []), { atLeast: 0, share: rule.below ?? 0 }].map((band) => ({ rule, band }))
      : [],
  );

/**
 * 考核办法 as a sheet the planner edits in Excel, WPS or LibreOffice: a row per indicator (分值, 计分方式,
 * 超额加分, 加分上限, 否决线), the 分档 table (one band a row: 完成率不低于 x % earns y % of the 分值), then
 * 报送纪律, 等次 and the total, each a label with its value beside it. The yellow cells are the rules.
 */
export const rulesSheet = (
  rules: AssessmentRules,
  labels: RulesSheetLabels,
  options: { title: string; defaults: boolean },
): SheetLayout => {
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
    name: { font: body, align: { horizontal: 'left', vertical: 'middle', wrap: true }, border: 'thin' },
    td: {
      font: body,
      align: { horizontal: 'center', vertical: 'middle', wrap: true },
      border: 'thin',
      fill: 'FFF9E5',
    },
    block: { font: head, align: { horizontal: 'left', vertical: 'middle' } },
    label: { font: head, align: { horizontal: 'right', vertical: 'middle' }, border: 'thin' },
  };
  layout.columnWidths = [22, 8, 8, 12, 14, 10, 14];
  const put = (row: number, col: number, value: CellValue, style: string) =>
    layout.cells.push({ row, col, value, style });
  put(1, 1, labels.title.replace('{title}', options.title), 'title');
  layout.merges.push({ top: 1, left: 1, bottom: 1, right: 7 }, { top: 2, left: 1, bottom: 2, right: 7 });
  // Broken where a typesetter would (no line starting with “，”), not where LibreOffice happens to wrap.
  const note = breakLines(
    options.defaults ? labels.note : labels.customNote,
    layout.columnWidths.reduce((a, b) => a + b, 0),
  );
  put(2, 1, note, 'note');
  layout.rowHeights[1] = 28;
  layout.rowHeights[2] = 15 * lineCount(note) + 8;
  labels.header.forEach((h, c) => put(3, c + 1, h, 'th'));
  layout.rowHeights[3] = 34;
  rules.indicators.forEach((r, k) => {
    const row = 4 + k;
    put(row, 1, r.indicator, 'name');
    put(row, 2, r.year ?? null, 'td');
    put(row, 3, r.points, 'td');
    put(row, 4, r.method, 'td');
    put(row, 5, r.bonusPerPoint ?? 0, 'td');
    put(row, 6, r.bonusCap ?? null, 'td');
    put(row, 7, r.vetoBelow ?? null, 'td');
  });
  layout.validations.push({
    range: `D4:D${3 + rules.indicators.length}`,
    formula: 'OR(D4="按比例",D4="完成即满分",D4="分档")',
    title: labels.header[3],
    message: '按比例、完成即满分、分档',
  });
  let row = 5 + rules.indicators.length;
  put(row++, 1, labels.bandsTitle, 'block');
  labels.bandHeader.forEach((h, c) => put(row, c + 1, h, 'th'));
  // 完成率不低于（%） in a narrow column takes three lines.
  layout.rowHeights[row] = 46;
  row++;
  const bands = bandRows(rules);
  for (let k = 0; k < bands.length + SPARE_BAND_ROWS; k++, row++) {
    const b = bands[k];
    put(row, 1, b ? b.rule.indicator : null, 'name');
    put(row, 2, b?.rule.year ?? null, 'td');
    put(row, 3, b ? b.band.atLeast : null, 'td');
    put(row, 4, b ? b.band.share : null, 'td');
  }
  row++;
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
  put(row, 1, labels.grades, 'block');
  row++;
  for (const g of rules.grades.bands) pair(g.grade, g.atLeast);
  pair(labels.lowest, rules.grades.lowest);
  layout.print = { paper: 'A4', orientation: 'portrait', fitToWidth: true, area: `A1:G${row - 1}` };
  return layout;
};

/**
 * The 考核办法 as the planner left it, read by its labels (rows moved or added are followed): every number
 * where a number belongs, else a message naming the cell; and where each rule stands, for the formulas. The
 * rules are then checked with checkRules.
 */
export const readRulesSheet = (
  sheet: SheetCells,
  labels: RulesSheetLabels,
  name = labels.sheet,
): PlacedRules => {
  const ref = (row: number, col: number) =>
    `'${name.replace(/'/g, "''")}'!$${a1(row, col).replace(/(\d+)$/, '$$$1')}`;
  const find = (label: string, from = 1) => {
    for (let r = from; r <= sheet.rowCount; r++)
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
  const c = header.col;
  const indicators: IndicatorRule[] = [];
  const cells: RuleCells['indicators'] = [];
  let r = header.row + 1;
  for (; r <= sheet.rowCount && norm(sheet.value(r, c)) !== ''; r++) {
    const rule: IndicatorRule = {
      indicator: norm(sheet.value(r, c)),
      year: number(r, c + 1, labels.header[1], true),
      points: number(r, c + 2, labels.header[2])!,
      method: norm(sheet.value(r, c + 3)) as ScoringMethod,
      bonusPerPoint: number(r, c + 4, labels.header[4], true),
      bonusCap: number(r, c + 5, labels.header[5], true),
      vetoBelow: number(r, c + 6, labels.header[6], true),
      cell: a1(r, c + 2),
    };
    for (const key of ['year', 'bonusPerPoint', 'bonusCap', 'vetoBelow'] as const)
      if (rule[key] === undefined) delete rule[key];
    indicators.push(rule);
    cells.push({
      name: ref(r, c),
      year: ref(r, c + 1),
      points: ref(r, c + 2),
      method: ref(r, c + 3),
      bonus: ref(r, c + 4),
      cap: ref(r, c + 5),
      veto: ref(r, c + 6),
    });
  }
  // The 分档 table: its rows run to the next label (总分) or the sheet's end; empty rows are room for more.
  const bandsAt = find(labels.bandHeader[2], r);
  const next = find(labels.total, bandsAt?.row ?? r);
  let bandRange: RuleCells['bands'] = { name: '', year: '', atLeast: '', share: '' };
  if (bandsAt) {
    const first = bandsAt.row + 1;
    const last = Math.max(first, (next?.row ?? sheet.rowCount + 1) - 1);
    const bc = bandsAt.col - 2;
    const range = (col: number) => `${ref(first, col)}:${ref(last, col).replace(/^.*!/, '')}`;
    bandRange = { name: range(bc), year: range(bc + 1), atLeast: range(bc + 2), share: range(bc + 3) };
    for (let b = first; b <= last; b++) {
      const indicator = norm(sheet.value(b, bc));
      if (indicator === '') continue;
      const year = number(b, bc + 1, labels.bandHeader[1], true);
      const rule = indicators.find((x) => x.indicator === indicator && x.year === year);
      if (!rule)
        throw new PlanError('assess.bandIndicator', {
          sheet: name,
          cell: a1(b, bc),
          indicator: year === undefined ? indicator : `${indicator}（${year}年）`,
        });
      const atLeast = number(b, bc + 2, labels.bandHeader[2])!;
      const share = number(b, bc + 3, labels.bandHeader[3])!;
      if (atLeast === 0 && rule.below === undefined) rule.below = share;
      else (rule.bands ??= []).push({ atLeast, share, cell: a1(b, bc + 2) });
    }
    // Read in any order; checkRules then refuses two bands at one line, or a higher band paying less.
    for (const rule of indicators) rule.bands?.sort((x, y) => y.atLeast - x.atLeast);
  }
  for (const rule of indicators) if (rule.method === '分档' && rule.below === undefined) rule.below = 0;
  const valueAt = (label: string) => {
    const at = find(label, r);
    return at ? { row: at.row, col: at.col + 1 } : undefined;
  };
  // 总分, 报送纪律, 约谈: a row deleted would silently score without it — refused, naming the label.
  const valueOf = (label: string, check: (v: number) => boolean, code: string) => {
    const at = valueAt(label);
    if (!at) throw new PlanError('assess.noLabel', { sheet: name, label });
    const v = number(at.row, at.col, label);
    if (v === undefined || !check(v))
      throw new PlanError(code, { sheet: name, cell: a1(at.row, at.col), what: label, value: String(v) });
    return v;
  };
  const grades = find(labels.grades, r);
  const bands: { grade: string; atLeast: number }[] = [];
  const gradeCells: RuleCells['grades'] = [];
  let lowest = '不合格';
  let lowestCell = '';
  if (grades)
    for (let g = grades.row + 1; g <= sheet.rowCount && norm(sheet.value(g, grades.col)) !== ''; g++) {
      const label = norm(sheet.value(g, grades.col));
      if (label === norm(labels.lowest)) {
        lowest = norm(sheet.value(g, grades.col + 1)) || lowest;
        lowestCell = ref(g, grades.col + 1);
        break;
      }
      bands.push({ grade: label, atLeast: number(g, grades.col + 1, label)! });
      gradeCells.push({ grade: ref(g, grades.col), atLeast: ref(g, grades.col + 1) });
    }
  const at = (label: string) => {
    const v = valueAt(label);
    return v ? ref(v.row, v.col) : '';
  };
  const topShareAt = valueAt(labels.topShare);
  const topShare = topShareAt && number(topShareAt.row, topShareAt.col, labels.topShare, true);
  if (topShareAt && topShare !== undefined && !(topShare > 0 && topShare <= 100))
    throw new PlanError('assess.badShare', {
      sheet: name,
      cell: a1(topShareAt.row, topShareAt.col),
      what: labels.topShare,
      value: String(topShare),
    });
  return {
    rules: {
      indicators,
      total: valueOf(labels.total, (v) => v > 0, 'assess.badValue'),
      late: valueOf(labels.late, (v) => v >= 0, 'assess.badValue'),
      missing: valueOf(labels.missing, (v) => v >= 0, 'assess.badValue'),
      interviewLowest: valueOf(labels.interview, (v) => v >= 0 && Number.isInteger(v), 'assess.badCount'),
      grades: { bands, lowest, ...(topShare !== undefined ? { topShare } : {}) },
    },
    cells: {
      indicators: cells,
      bands: bandRange,
      total: at(labels.total),
      late: at(labels.late),
      missing: at(labels.missing),
      interview: at(labels.interview),
      topShare: at(labels.topShare),
      grades: gradeCells,
      lowest: lowestCell,
    },
  };
};
