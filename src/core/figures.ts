import { NOT_APPLICABLE, type CellValue, type Plan } from './plan';

/** What a cell holds, read as a figure: the forms a planner's sheet really has. */
export type FigureReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'notApplicable' }
  /** Text that is a number in disguise: ８０, 80亿元, 1,234, ' 80 '. */
  | { kind: 'disguised'; value: number; text: string }
  | { kind: 'excelError'; text: string }
  | { kind: 'text'; text: string };

const EXCEL_ERRORS = new Set([
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#N/A',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
]);
const MEASURE_SUFFIX = /(亿美元|万美元|亿元|万元|美元|亿|万|元|个|家|项|人|次|%|％)$/;

/** Full-width digits and signs to ASCII, separators and spaces out, a trailing measure dropped. */
const undisguise = (text: string): number | undefined => {
  const ascii = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－—–]/g, '-')
    .replace(/[\s\u3000]/g, '')
    .replace(MEASURE_SUFFIX, '')
    .replace(/(\d)[,\uFF0C](?=\d{3}(\D|$))/g, '$1');
  return /^-?\d+(\.\d+)?$/.test(ascii) ? Number(ascii) : undefined;
};

export const readFigure = (value: CellValue): FigureReading => {
  if (value === null) return { kind: 'empty' };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'text', text: String(value) };
  const text = value;
  if (text.trim() === '') return { kind: 'empty' };
  if (text.trim() === NOT_APPLICABLE || text.trim() === '-' || text.trim() === '/')
    return { kind: 'notApplicable' };
  if (EXCEL_ERRORS.has(text.trim().toUpperCase())) return { kind: 'excelError', text: text.trim() };
  const n = undisguise(text);
  return n === undefined ? { kind: 'text', text } : { kind: 'disguised', value: n, text };
};

/** The figure a cell stands for where a number is wanted: its number, a disguised number's value, else none. */
export const figureValue = (value: CellValue): number | undefined => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const r = readFigure(value);
  return r.kind === 'disguised' ? r.value : undefined;
};

/**
 * What the 合计 and 差额 formulas of a plan sheet evaluate to, by column id, so a workbook can carry their
 * results for readers that never recalculate (a phone's preview, pandas): SUM skips text, 差额 is ""
 * where no 下达目标 is a number.
 */
export const summaryResults = (
  plan: Plan,
): { total: Record<string, number>; difference: Record<string, number | string> } => {
  const total: Record<string, number> = {};
  const difference: Record<string, number | string> = {};
  plan.columns.forEach((column, j) => {
    const d = column.decimals ?? plan.indicators.find((i) => i.id === column.indicator)?.decimals ?? 0;
    const scale = 10 ** d;
    // SUM adds the numbers as stored; rounded to three decimals past the indicator's to keep float noise out.
    const sum = plan.values.reduce<number>(
      (s, row) => (typeof row[j] === 'number' ? s + (row[j] as number) : s),
      0,
    );
    total[column.id] = Math.round(sum * scale * 1000) / (scale * 1000);
    const control = plan.controlTotals[column.id];
    difference[column.id] =
      typeof control === 'number' ? Math.round((total[column.id] - control) * scale) / scale + 0 : '';
  });
  return { total, difference };
};
