import { fillWords as fill } from '../words';
import { a1, rangeA1 } from '../a1';
import { emptyLayout, type SheetLayout } from '../layout/sheetLayout';
import type { CellValue } from '../plan';
import type { AssessInput } from './fromSummary';
import type { AssessmentRules } from './rules';
import type { RuleCells } from './rulesSheet';
import type { UnitScore } from './score';

/** The words of the 考核 sheet (from the locale files, by the caller). */
export interface AssessSheetLabels {
  sheet: string;
  title: string;
  wholeYear: string;
  partYear: string;
  note: string;
  /** Where targets over several years were scored against what is due by the year's end. */
  dueNote: string;
  unit: string;
  rate: string;
  score: string;
  bonus: string;
  late: string;
  missing: string;
  discipline: string;
  plus: string;
  plusReason: string;
  minus: string;
  minusReason: string;
  total: string;
  rank: string;
  grade: string;
  veto: string;
  interview: string;
  remarks: string;
  /** {indicator}完成率低于{line}%。 — the formula writes it with the 考核办法's own cells. */
  vetoReason: string;
  lateMonths: string;
  missingMonths: string;
  /** A missing month whose report was 退回 and never sent again: 3月（退回未重报）. */
  returnedMonth: string;
  /** 完成率截至{month}月: the unit's last report came before the year's latest round. */
  asOf: string;
  noTarget: string;
  notInSummary: string;
  legend: string;
  /** The mark of an indicator a unit has no target on. */
  none: string;
  /** What a 加分 or 扣分 cell takes. */
  typedMessage: string;
}

/** 等次 fills: the first band green, then blue, yellow; the lowest red. */
const GRADE_FILLS = ['C6EFCE', 'DDEBF7', 'FFF2CC', 'FCE4D6'];
const LOWEST_FILL = 'FFC7CE';

/** Where the 考核 sheet's columns are, for its readers and for the tests. */
export const assessColumns = (indicators: number) => {
  const base = 2 + 2 * indicators;
  return {
    rate: (k: number) => 2 + 2 * k,
    score: (k: number) => 3 + 2 * k,
    bonus: base,
    late: base + 1,
    missing: base + 2,
    discipline: base + 3,
    plus: base + 4,
    plusReason: base + 5,
    minus: base + 6,
    minusReason: base + 7,
    total: base + 8,
    rank: base + 9,
    grade: base + 10,
    veto: base + 11,
    interview: base + 12,
    remarks: base + 13,
    count: base + 13,
  };
};

const FIRST_ROW = 5;

const text = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A template's {placeholders} as a formula: literal parts quoted, each placeholder the given expression. */
const templateFormula = (template: string, parts: Record<string, string>) =>
  template
    .split(/(\{\w+\})/)
    .filter((p) => p !== '')
    .map((p) => {
      const key = /^\{(\w+)\}$/.exec(p)?.[1];
      return key && parts[key] ? parts[key] : text(p);
    })
    .join('&');

const months = (
  list: readonly number[],
  returned: readonly number[] = [],
  words?: { returnedMonth: string },
) =>
  list
    .map((m) => (words && returned.includes(m) ? fill(words.returnedMonth, { month: m }) : `${m}月`))
    .join('、');

/**
 * The 考核 sheet: per unit and indicator the year's 完成率 (typed over if a figure was wrong) and its 得分, then
 * 超额加分, 报送纪律扣分, the planner's 加分 and 扣分 with 说明, 总分, 排名 (ties share one), 等次, 否决 and 约谈.
 * Every score is a formula over the 完成率 cells and the 考核办法 sheet's cells, written with its result.
 */
export const assessSheet = (
  input: AssessInput,
  placed: { rules: AssessmentRules; cells: RuleCells },
  scores: readonly UnitScore[],
  labels: AssessSheetLabels,
  words: { title: string; note: string; mark?: string },
): SheetLayout => {
  const { rules, cells } = placed;
  const n = rules.indicators.length;
  const col = assessColumns(n);
  // Known again by the lasting part of its title: the period in front changes from one scoring to the next.
  const layout = { ...emptyLayout(labels.sheet), mark: words.mark };
  const body = { name: '仿宋', size: 11, eastAsian: true };
  const head = { name: '黑体', size: 11, eastAsian: true };
  const td = { font: body, align: { horizontal: 'center', vertical: 'middle' }, border: 'thin' } as const;
  layout.styles = {
    title: { font: { ...head, size: 16, bold: true }, align: { horizontal: 'center', vertical: 'middle' } },
    note: { font: { ...body, size: 10 }, align: { horizontal: 'left', vertical: 'top', wrap: true } },
    th: {
      font: head,
      align: { horizontal: 'center', vertical: 'middle', wrap: true },
      border: 'thin',
      fill: 'F2F2F2',
    },
    unit: { ...td, align: { horizontal: 'left', vertical: 'middle' } },
    rate: { ...td, numFmt: '0.0', fill: 'FFF9E5', unlocked: true },
    score: { ...td, numFmt: '0.00' },
    count: { ...td, numFmt: '0' },
    typed: { ...td, numFmt: '0.00', fill: 'FFF9E5', unlocked: true },
    reason: {
      ...td,
      align: { horizontal: 'left', vertical: 'middle', wrap: true },
      fill: 'FFF9E5',
      unlocked: true,
    },
    total: { ...td, numFmt: '0.00', font: { ...body, bold: true } },
    text: { ...td, align: { horizontal: 'left', vertical: 'middle', wrap: true } },
    legendLabel: { font: head, align: { horizontal: 'right', vertical: 'middle' } },
    ...Object.fromEntries(
      [
        ...rules.grades.bands.map((_, k) => GRADE_FILLS[k] ?? GRADE_FILLS[GRADE_FILLS.length - 1]),
        LOWEST_FILL,
      ].map((f, k) => [`legend${k}`, { ...td, fill: f }]),
    ),
  };
  const put = (row: number, c: number, value: CellValue, style: string) =>
    layout.cells.push({ row, col: c, value, style });
  const formula = (row: number, c: number, f: string, result: number | string, style: string) =>
    layout.cells.push({ row, col: c, formula: f, result, style });
  const last = FIRST_ROW + input.units.length - 1;
  put(1, 1, words.title, 'title');
  put(2, 1, words.note, 'note');
  layout.merges.push(
    { top: 1, left: 1, bottom: 1, right: col.count },
    { top: 2, left: 1, bottom: 2, right: col.count },
  );
  layout.rowHeights[1] = 30;
  layout.rowHeights[2] = 32;
  // Two header rows: each indicator over its 完成率 and 得分; the other columns span both.
  const spanning: [number, string][] = [
    [1, labels.unit],
    [col.bonus, labels.bonus],
    [col.late, labels.late],
    [col.missing, labels.missing],
    [col.discipline, labels.discipline],
    [col.plus, labels.plus],
    [col.plusReason, labels.plusReason],
    [col.minus, labels.minus],
    [col.minusReason, labels.minusReason],
    [col.total, labels.total],
    [col.rank, labels.rank],
    [col.grade, labels.grade],
    [col.veto, labels.veto],
    [col.interview, labels.interview],
    [col.remarks, labels.remarks],
  ];
  for (const [c, h] of spanning) {
    put(3, c, h, 'th');
    put(4, c, null, 'th');
    layout.merges.push({ top: 3, left: c, bottom: 4, right: c });
  }
  rules.indicators.forEach((r, k) => {
    put(3, col.rate(k), r.indicator, 'th');
    put(3, col.score(k), null, 'th');
    layout.merges.push({ top: 3, left: col.rate(k), bottom: 3, right: col.score(k) });
    put(4, col.rate(k), labels.rate, 'th');
    put(4, col.score(k), labels.score, 'th');
  });
  layout.rowHeights[3] = 30;
  layout.rowHeights[4] = 30;
  layout.columnWidths = Array.from({ length: col.count }, () => 8);
  layout.columnWidths[0] = 14;
  rules.indicators.forEach((_, k) => {
    layout.columnWidths[col.rate(k) - 1] = 9;
    layout.columnWidths[col.score(k) - 1] = 8;
  });
  for (const c of [col.plusReason, col.minusReason]) layout.columnWidths[c - 1] = 14;
  for (const c of [col.late, col.missing]) layout.columnWidths[c - 1] = 9;
  for (const c of [col.veto, col.remarks]) layout.columnWidths[c - 1] = 26;
  const ref = (row: number, c: number) => a1(row, c);
  const totals = `$${a1(FIRST_ROW, col.total).replace(/(\d+)$/, '$$$1')}:$${a1(last, col.total).replace(/(\d+)$/, '$$$1')}`;
  const orNumber = (cell: string, value: number) => cell || String(value);
  input.units.forEach((unit, i) => {
    const row = FIRST_ROW + i;
    const s = scores[i];
    put(row, 1, unit.unit, 'unit');
    // Room for a 否决 reason or a 备注 on two lines.
    layout.rowHeights[row] = 30;
    const bonusTerms: string[] = [];
    const vetoTerms: string[] = [];
    rules.indicators.forEach((rule, k) => {
      const at = cells.indicators[k];
      const R = ref(row, col.rate(k));
      // 计分方式 as the reader takes it: spaces (half- or full-width) typed around it do not count.
      const method = `SUBSTITUTE(SUBSTITUTE(${at.method}," ",""),"\u3000","")`;
      put(row, col.rate(k), unit.noTarget?.[k] ? labels.none : (unit.rates[k] ?? null), 'rate');
      const sameRule = `(${cells.bands.name}=${at.name})*(${cells.bands.year}&""=${at.year}&"")`;
      const band = cells.bands.name
        ? `SUMPRODUCT(${sameRule}*(${cells.bands.atLeast}=SUMPRODUCT(MAX(${sameRule}*(${cells.bands.atLeast}<=MAX(${R},0))*${cells.bands.atLeast})))*${cells.bands.share})`
        : '0';
      formula(
        row,
        col.score(k),
        `IF(ISNUMBER(${R}),ROUND(${at.points}*IF(${method}="按比例",MIN(MAX(${R},0),100),IF(${method}="完成即满分",IF(${R}>=100,100,0),${band}))/100,2),IF(${R}=${text(labels.none)},${at.points},0))`,
        s.scores[k],
        'score',
      );
      bonusTerms.push(
        `IF(AND(ISNUMBER(${R}),N(${at.bonus})>0),ROUND(IF(ISNUMBER(${at.cap}),MIN(${at.cap},MAX(0,${R}-100)*${at.bonus}),MAX(0,${R}-100)*${at.bonus}),2),0)`,
      );
      vetoTerms.push(
        `IF(AND(N(${at.veto})>0,${R}<>${text(labels.none)},OR(NOT(ISNUMBER(${R})),N(${R})<N(${at.veto}))),${templateFormula(labels.vetoReason, { indicator: at.name, line: at.veto })},"")`,
      );
    });
    formula(row, col.bonus, `ROUND(${bonusTerms.join('+') || '0'},2)`, s.bonus, 'score');
    put(row, col.late, unit.lateMonths.length, 'count');
    put(row, col.missing, unit.missingMonths.length, 'count');
    formula(
      row,
      col.discipline,
      `ROUND(${ref(row, col.late)}*${orNumber(cells.late, rules.late)}+${ref(row, col.missing)}*${orNumber(cells.missing, rules.missing)},2)`,
      s.discipline,
      'score',
    );
    put(row, col.plus, unit.plus?.points ?? null, 'typed');
    put(row, col.plusReason, unit.plus?.reason ?? null, 'reason');
    put(row, col.minus, unit.minus?.points ?? null, 'typed');
    put(row, col.minusReason, unit.minus?.reason ?? null, 'reason');
    const scoreCells = rules.indicators.map((_, k) => ref(row, col.score(k)));
    formula(
      row,
      col.total,
      `MAX(0,ROUND(SUM(${scoreCells.join(',') || '0'})+${ref(row, col.bonus)}-${ref(row, col.discipline)}+${ref(row, col.plus)}-${ref(row, col.minus)},2))`,
      s.total,
      'total',
    );
    formula(row, col.rank, `RANK(${ref(row, col.total)},${totals})`, s.rank, 'count');
    const veto = vetoTerms.length ? vetoTerms.join('&') : '""';
    formula(
      row,
      col.veto,
      veto,
      s.veto.map((v) => fill(labels.vetoReason, { indicator: v.indicator, line: v.line })).join(''),
      'text',
    );
    // 等次: 否决 gives the lowest; else the first band reached, 优秀 only within the 按名次 share.
    const g = rules.grades.bands;
    const gradeName = (k: number) => cells.grades[k]?.grade || text(g[k].grade);
    const gradeLine = (k: number) => cells.grades[k]?.atLeast || String(g[k].atLeast);
    const lowest = cells.lowest || text(rules.grades.lowest);
    const T = ref(row, col.total);
    const below = (k: number): string =>
      k >= g.length ? lowest : `IF(${T}>=${gradeLine(k)},${gradeName(k)},${below(k + 1)})`;
    const top =
      g.length === 0
        ? lowest
        : cells.topShare
          ? `IF(${T}>=${gradeLine(0)},IF(AND(ISNUMBER(${cells.topShare}),${ref(row, col.rank)}>MAX(1,INT(COUNT(${totals})*${cells.topShare}/100))),${g.length > 1 ? gradeName(1) : lowest},${gradeName(0)}),${below(1)})`
          : below(0);
    formula(row, col.grade, `IF(${ref(row, col.veto)}<>"",${lowest},${top})`, s.grade, 'count');
    formula(
      row,
      col.interview,
      `IF(AND(SUMPRODUCT((${totals}>${T})*1)>0,SUMPRODUCT((${totals}<${T})*1)<${orNumber(cells.interview, rules.interviewLowest)}),${text(labels.interview)},"")`,
      s.interview ? labels.interview : '',
      'count',
    );
    const remarks = [
      ...(input.asOf[i] ? [fill(labels.asOf, { month: input.asOf[i]! })] : []),
      ...(unit.lateMonths.length ? [fill(labels.lateMonths, { months: months(unit.lateMonths) })] : []),
      ...(unit.missingMonths.length
        ? [fill(labels.missingMonths, { months: months(unit.missingMonths, unit.returnedMonths, labels) })]
        : []),
      ...rules.indicators.flatMap((r, k) =>
        unit.noTarget?.[k] ? [fill(labels.noTarget, { indicator: r.indicator })] : [],
      ),
      ...(input.notes.some((x) => x.code === 'assess.unitNotInSummary' && x.params.unit === unit.unit)
        ? [labels.notInSummary]
        : []),
    ];
    put(row, col.remarks, remarks.join('；') || null, 'text');
  });
  const gradeRange = rangeA1(FIRST_ROW, col.grade, last, col.grade);
  const gradeCell = `$${a1(FIRST_ROW, col.grade).replace(/\d+$/, '')}${FIRST_ROW}`;
  rules.grades.bands.forEach((b, k) =>
    layout.conditionalFormats.push({
      range: gradeRange,
      formula: `${gradeCell}=${text(b.grade)}`,
      style: { fill: GRADE_FILLS[k] ?? GRADE_FILLS[GRADE_FILLS.length - 1] },
    }),
  );
  layout.conditionalFormats.push(
    {
      range: gradeRange,
      formula: `${gradeCell}=${text(rules.grades.lowest)}`,
      style: { fill: LOWEST_FILL, fontColor: '9C0006' },
    },
    {
      range: rangeA1(FIRST_ROW, col.veto, last, col.veto),
      formula: `$${a1(FIRST_ROW, col.veto).replace(/\d+$/, '')}${FIRST_ROW}<>""`,
      style: { fill: LOWEST_FILL, fontColor: '9C0006' },
    },
    {
      range: rangeA1(FIRST_ROW, col.interview, last, col.interview),
      formula: `$${a1(FIRST_ROW, col.interview).replace(/\d+$/, '')}${FIRST_ROW}<>""`,
      style: { fill: 'FCE4D6' },
    },
  );
  for (const c of [col.plus, col.minus]) {
    const top = a1(FIRST_ROW, c);
    layout.validations.push({
      range: rangeA1(FIRST_ROW, c, last, c),
      formula: `AND(ISNUMBER(${top}),${top}>=0)`,
      title: c === col.plus ? labels.plus : labels.minus,
      message: labels.typedMessage,
    });
  }
  // A legend of the 等次 fills under the table.
  const legendRow = last + 2;
  put(legendRow, 1, labels.legend, 'legendLabel');
  [...rules.grades.bands.map((b) => b.grade), rules.grades.lowest].forEach((grade, k) =>
    put(legendRow, 2 + k, grade, `legend${k === rules.grades.bands.length ? rules.grades.bands.length : k}`),
  );
  layout.freeze = { rows: 4, columns: 1 };
  layout.print = {
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    titleRows: { from: 3, to: 4 },
    centered: true,
    area: `A1:${a1(legendRow, col.count)}`,
  };
  return layout;
};
