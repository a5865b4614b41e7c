import { columnLetter, rangeA1, type CellStyle, type SheetLayout } from '../core';

/** Excel's column width unit is the point; the layout's is the character (7 px + 5 px padding). */
const widthInPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

/** Text Excel would read as something else (a number, a date, a formula) is written in text format. */
const needsTextFormat = (v: string): boolean => /^[=+\-@]|^\s*[\d.,:/%-]+\s*$|^(true|false)$/i.test(v);

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Cells of one style as few rectangles as rows allow: runs in a row, stacked when rows repeat. */
export const rectangles = (cells: readonly { row: number; col: number }[]): Rect[] => {
  const byRow = new Map<number, number[]>();
  for (const c of cells) (byRow.get(c.row) ?? byRow.set(c.row, []).get(c.row)!).push(c.col);
  const rects: Rect[] = [];
  const open = new Map<string, Rect>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    for (let k = 0; k < cols.length;) {
      let e = k;
      while (e + 1 < cols.length && cols[e + 1] === cols[e] + 1) e++;
      const key = `${cols[k]}:${cols[e]}`;
      const prev = open.get(key);
      if (prev && prev.bottom === row - 1) prev.bottom = row;
      else {
        const r = { top: row, left: cols[k], bottom: row, right: cols[e] };
        rects.push(r);
        open.set(key, r);
      }
      k = e + 1;
    }
  }
  return rects;
};

const applyStyle = (range: Excel.Range, style: CellStyle): void => {
  const f = range.format;
  if (style.font) {
    if (style.font.name) f.font.name = style.font.name;
    if (style.font.size) f.font.size = style.font.size;
    if (style.font.bold !== undefined) f.font.bold = style.font.bold;
    if (style.font.italic !== undefined) f.font.italic = style.font.italic;
    if (style.font.color) f.font.color = `#${style.font.color}`;
  }
  if (style.fill) f.fill.color = `#${style.fill}`;
  if (style.align?.horizontal)
    f.horizontalAlignment =
      style.align.horizontal === 'center' ? 'Center' : style.align.horizontal === 'right' ? 'Right' : 'Left';
  if (style.align?.vertical)
    f.verticalAlignment =
      style.align.vertical === 'middle' ? 'Center' : style.align.vertical === 'top' ? 'Top' : 'Bottom';
  if (style.align?.wrap !== undefined) f.wrapText = style.align.wrap;
  if (style.border)
    for (const edge of [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
      'InsideVertical',
      'InsideHorizontal',
    ] as const) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.color = '#808080';
    }
};

/**
 * Queues the writes that render a layout into a worksheet: number formats, then the whole block of
 * values and formulas in one assignment, then styles by rectangles, merges, sizes, validation and
 * conditional formats. Nothing is synced here; returns the address of the block written. Print setup
 * is `queuePrintSetup`, synced on its own so a host that refuses it costs the planner nothing.
 */
export const queueLayout = (sheet: Excel.Worksheet, layout: SheetLayout): string => {
  const rows = Math.max(1, ...layout.cells.map((c) => c.row));
  const cols = Math.max(1, ...layout.cells.map((c) => c.col));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
  const contents: (string | number | boolean)[][] = Array.from({ length: rows }, () =>
    Array<string | number | boolean>(cols).fill(''),
  );
  for (const c of layout.cells) {
    const style = c.style === undefined ? undefined : layout.styles[c.style];
    if (style?.numFmt) formats[c.row - 1][c.col - 1] = style.numFmt;
    if (c.formula !== undefined) contents[c.row - 1][c.col - 1] = `=${c.formula}`;
    else if (c.value !== undefined && c.value !== null) {
      contents[c.row - 1][c.col - 1] = c.value;
      if (typeof c.value === 'string' && needsTextFormat(c.value)) formats[c.row - 1][c.col - 1] = '@';
    }
  }
  const blockAddress = rangeA1(1, 1, rows, cols);
  const block = sheet.getRange(blockAddress);
  block.numberFormat = formats;
  block.formulas = contents;

  const byStyle = new Map<string, { row: number; col: number }[]>();
  for (const c of layout.cells)
    if (c.style !== undefined) (byStyle.get(c.style) ?? byStyle.set(c.style, []).get(c.style)!).push(c);
  for (const [id, cells] of byStyle) {
    const style = layout.styles[id];
    if (!style) continue;
    for (const r of rectangles(cells))
      applyStyle(sheet.getRange(rangeA1(r.top, r.left, r.bottom, r.right)), style);
  }
  for (const m of layout.merges) sheet.getRange(rangeA1(m.top, m.left, m.bottom, m.right)).merge(false);
  layout.columnWidths.forEach((w, k) => {
    const letter = columnLetter(k + 1);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(w);
  });
  for (const [row, height] of Object.entries(layout.rowHeights))
    sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  if (layout.freeze)
    sheet.freezePanes.freezeAt(sheet.getRange(rangeA1(1, 1, layout.freeze.rows, layout.freeze.columns)));
  for (const v of layout.validations) {
    const range = sheet.getRange(v.range);
    range.dataValidation.ignoreBlanks = true;
    range.dataValidation.rule = { custom: { formula: `=${v.formula}` } };
    range.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: v.title, message: v.message };
  }
  for (const cf of layout.conditionalFormats) {
    const format = sheet.getRange(cf.range).conditionalFormats.add('Custom');
    format.custom.rule.formula = `=${cf.formula}`;
    format.custom.format.fill.color = `#${cf.style.fill}`;
    if (cf.style.fontColor) format.custom.format.font.color = `#${cf.style.fontColor}`;
  }
  if (layout.state === 'veryHidden') sheet.visibility = 'VeryHidden';
  else sheet.showGridlines = false;
  return blockAddress;
};

/** A4, orientation, fit to one page wide, header rows repeated, page numbers (ExcelApi 1.9). */
export const queuePrintSetup = (sheet: Excel.Worksheet, layout: SheetLayout): void => {
  const p = layout.print;
  if (!p) return;
  const page = sheet.pageLayout;
  page.paperSize = 'A4';
  page.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // 0 pages tall: as many as the rows need (OOXML fitToHeight="0").
  if (p.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.centered) page.centerHorizontally = true;
  if (p.titleRows) page.setPrintTitleRows(`$${p.titleRows.from}:$${p.titleRows.to}`);
  if (p.footer) page.headersFooters.defaultForAllPages.centerFooter = p.footer;
  if (p.area) page.setPrintArea(p.area);
};
