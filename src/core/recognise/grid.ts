import { a1, parseA1 } from '../a1';
import type { CellValue } from '../plan';

/** A merged range of a grid: 0-based rows and columns, both ends included. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A table as it came, whatever the source: a sheet (or Excel's selection), a document's table, pasted text.
 * Cells hold what the source shows (a number, a text, or nothing); merged ranges say which cells are one.
 */
export interface GridSource {
  /** How the source names the table: the sheet's name, or the table's number in a document (1, 2, …). */
  name: string;
  kind: 'sheet' | 'document' | 'text';
  /** What a document says just before the table: the 附件 line, the title, the 单位：… line. */
  caption?: string[];
  cells: CellValue[][];
  merges?: MergedRange[];
  /** Where cells[0][0] lies in its sheet (0-based), so a cell is named by its own address there. */
  origin?: { row: number; col: number };
}

/** A cell of a source named as the planner finds it: D7 in a sheet, row and column in a document's table. */
export interface CellPlace {
  /** 1-based, within the source's own table or sheet. */
  row: number;
  col: number;
  /** The A1 address, for a sheet. */
  cell: string;
}

export const placeOf = (source: GridSource, r: number, c: number): CellPlace => {
  const row = r + 1 + (source.origin?.row ?? 0);
  const col = c + 1 + (source.origin?.col ?? 0);
  return { row, col, cell: a1(row, col) };
};

/** The grid with each merged range's value in every cell of it, and which cells are a range's first. */
export interface FilledGrid {
  rows: number;
  cols: number;
  /** The text a cell shows, merged ranges filled in, spaces trimmed. */
  text: (r: number, c: number) => string;
  /** The value a cell holds (null inside a merged range but at its first cell). */
  value: (r: number, c: number) => CellValue;
  /** The merged range a cell belongs to, if any. */
  mergeOf: (r: number, c: number) => MergedRange | undefined;
}

const asText = (v: CellValue | undefined): string =>
  v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : v.trim();

export const fillGrid = (source: GridSource): FilledGrid => {
  const cells = source.cells;
  const rows = cells.length;
  const cols = cells.reduce((m, row) => Math.max(m, row?.length ?? 0), 0);
  const owner = new Map<number, MergedRange>();
  // Ranges overlapping one another again and again are no table: filling stops at a few times its cells.
  let budget = 4 * rows * cols + 1024;
  for (const m of source.merges ?? []) {
    budget -= (Math.min(rows - 1, m.bottom) - m.top + 1) * (Math.min(cols - 1, m.right) - m.left + 1);
    if (budget < 0) break;
    // A range beyond the grid (an empty merged area at a sheet's edge) is held to it.
    for (let r = Math.max(0, m.top); r <= Math.min(rows - 1, m.bottom); r++)
      for (let c = Math.max(0, m.left); c <= Math.min(cols - 1, m.right); c++) owner.set(r * cols + c, m);
  }
  const value = (r: number, c: number): CellValue => {
    const m = owner.get(r * cols + c);
    if (m && (m.top !== r || m.left !== c)) return null;
    return cells[r]?.[c] ?? null;
  };
  const text = (r: number, c: number): string => {
    const m = owner.get(r * cols + c);
    return asText(m ? cells[m.top]?.[m.left] : cells[r]?.[c]);
  };
  return { rows, cols, text, value, mergeOf: (r, c) => owner.get(r * cols + c) };
};

const SPACE = /[ \u00a0\u3000]/;
/** A figure as pasted: 80, 1,200, －3.5, ８０, 80亿元, —. */
const FIGURE_TOKEN = /^([-－+]?[\d０-９][\d０-９,，.．]*(%|％|亿元|万元|亿美元|万美元|个|家|项)?|—|-|\/)$/;

/**
 * Text pasted from a web page or a document as a grid: cells between tabs; without tabs, between runs of two
 * or more spaces, and a single space where a name is followed by figures only (高新区 80 3 3), or where a line
 * splits by single spaces into as many cells as the table's other lines have.
 */
export const gridFromText = (text: string): CellValue[][] => {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  const cell = (s: string): CellValue => (s.trim() === '' ? null : s.trim());
  if (lines.some((l) => l.includes('\t'))) return lines.map((l) => l.split('\t').map(cell));
  const rows = lines.map((line) => {
    const pieces = line
      .trim()
      .split(/[ \u00a0\u3000]{2,}/)
      .filter((p) => p !== '');
    // 高新区 80 3 3: a name, then figures each after one space.
    return pieces.flatMap((p) => {
      const tokens = p.split(SPACE).filter((t) => t !== '');
      const first = tokens.findIndex((t) => FIGURE_TOKEN.test(t));
      // 芦 淞 区 80: the name keeps its padding spaces, the figures stand apart.
      if (first >= 1 && tokens.slice(first).every((t) => FIGURE_TOKEN.test(t)))
        return [tokens.slice(0, first).join(' '), ...tokens.slice(first)];
      return [p];
    });
  });
  // The table's width: the commonest number of cells among lines of two or more.
  const widths = new Map<number, number>();
  for (const r of rows) if (r.length > 1) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
  const width = [...widths.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 1;
  return rows.map((r, k) => {
    if (r.length === 1 && width > 1) {
      const tokens = lines[k]
        .trim()
        .split(SPACE)
        .filter((t) => t !== '');
      if (tokens.length === width) return tokens.map(cell);
    }
    return r.map(cell);
  });
};

/**
 * A merged range as Excel names it (Sheet1!$B$3:$D$4, B3) within a grid whose first cell lies at `origin`
 * (0-based in the sheet): for the pane, which reads a selection's merged areas as addresses.
 */
export const mergedRangeOf = (
  address: string,
  origin: { row: number; col: number } = { row: 0, col: 0 },
): MergedRange => {
  const bare = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [from, to = from] = bare.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  return {
    top: a.row - 1 - origin.row,
    left: a.col - 1 - origin.col,
    bottom: b.row - 1 - origin.row,
    right: b.col - 1 - origin.col,
  };
};
