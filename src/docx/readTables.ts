/**
 * A Word or WPS 文字 document (.docx) we did not write, read for its tables: each table with the paragraphs
 * before it (the 附件 line, the title, 单位：…), merged cells (gridSpan, vMerge) as ranges, a table inside a
 * cell flattened into its cell's text. The main part is found through the package's relationships; elements by
 * namespace (transitional or Strict), under the limits a returned report is read under. Node and the browser.
 */
import type { CellValue, GridSource, MergedRange } from '../core';
import { REPORT_LIMITS } from '../xlsx/reportLimits';
import { checkedEntries, refusalOf, unreadable } from '../xlsx/readTables';
import { EXTENT, relationships, text, type Entry } from '../xlsx/workbookXml';
import { readXml, withinBudget, type XmlElement } from '../xlsx/xml';

const W = [
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
];
const OFFICE_DOCUMENT = /\/officeDocument$/;

export interface DocumentTables {
  /** The paragraphs outside tables, in order: the title, the body, the signature and date. */
  paragraphs: string[];
  tables: GridSource[];
}

/** How many paragraphs before a table may be its caption (附件2, the title, 单位：万美元). */
const CAPTION_LINES = 4;

interface OpenTable {
  rows: CellValue[][];
  merges: MergedRange[];
  /** The vertical merge open in each grid column: its index in merges. */
  vertical: Map<number, number>;
  row: number;
  col: number;
  span: number;
  vMerge?: 'restart' | 'continue';
  gridBefore: number;
  cellText: string[];
  caption: string[];
}

/** A document's tables and paragraphs; a file that is no .docx is refused naming what it is. */
export const readDocumentTables = (file: string, bytes: Uint8Array): DocumentTables =>
  withinBudget(REPORT_LIMITS.seconds * 1000, () => {
    const entries = checkedEntries(file, bytes);
    try {
      const byName = new Map<string, Entry>(entries.map((e) => [e.name.replace(/^\//, ''), e]));
      const part = (name: string) => {
        const entry = byName.get(name);
        return entry ? text(bytes, entry) : undefined;
      };
      const root = part('_rels/.rels');
      const main =
        root === undefined
          ? undefined
          : relationships(root, '').find((r) => OFFICE_DOCUMENT.test(r.type))?.target;
      const xml = main === undefined ? undefined : part(main);
      if (xml === undefined || !/(^|\/)document[^/]*\.xml$/i.test(main ?? ''))
        throw unreadable(file, 'noDocument');
      return tablesOf(xml, file);
    } catch (e) {
      throw refusalOf(file, e);
    }
  });

const tablesOf = (xml: string, file: string): DocumentTables => {
  const paragraphs: string[] = [];
  const tables: GridSource[] = [];
  const stack: OpenTable[] = [];
  let paragraph: string | undefined;
  let inText = false;
  let cells = 0;
  const since: string[] = [];
  readXml(xml, {
    open: (e) => {
      if (!W.includes(e.uri)) return;
      const t = stack[stack.length - 1];
      switch (e.local) {
        case 'tbl':
          stack.push({
            rows: [],
            merges: [],
            vertical: new Map(),
            row: -1,
            col: 0,
            span: 1,
            gridBefore: 0,
            cellText: [],
            caption: since.slice(-CAPTION_LINES),
          });
          if (stack.length === 1) since.length = 0;
          break;
        case 'tr':
          if (stack.length === 1) {
            t.row += 1;
            t.col = 0;
            t.gridBefore = 0;
            t.rows.push([]);
            if (t.row >= EXTENT.report.rows)
              throw unreadable(file, 'tooFar', { sheet: '', cell: `${t.row + 1}` });
          }
          break;
        case 'gridBefore':
          if (stack.length === 1)
            t.col += t.gridBefore = Math.min(EXTENT.report.columns, Number(attrW(e, 'val')) || 0);
          break;
        case 'tc':
          if (stack.length === 1) {
            t.span = 1;
            t.vMerge = undefined;
            t.cellText = [];
            if (++cells > REPORT_LIMITS.cells)
              throw unreadable(file, 'tooManyCells', { cells, max: REPORT_LIMITS.cells });
          }
          break;
        case 'gridSpan':
          if (stack.length === 1)
            t.span = Math.max(1, Math.min(EXTENT.report.columns, Number(attrW(e, 'val')) || 1));
          break;
        case 'vMerge':
          if (stack.length === 1) t.vMerge = attrW(e, 'val') === 'restart' ? 'restart' : 'continue';
          break;
        case 'p':
          paragraph = '';
          break;
        case 't':
          inText = true;
          break;
        case 'tab':
          if (paragraph !== undefined) paragraph += '\t';
          break;
        case 'br':
        case 'cr':
          if (paragraph !== undefined) paragraph += '\n';
          break;
      }
    },
    text: (s) => {
      if (inText && paragraph !== undefined) paragraph += s;
    },
    close: (e) => {
      if (!W.includes(e.uri)) return;
      const t = stack[stack.length - 1];
      switch (e.local) {
        case 't':
          inText = false;
          break;
        case 'p':
          if (paragraph === undefined) break;
          // A paragraph in a cell (of an inner table too) is the outer cell's text; outside, the body's.
          if (t) stack[0].cellText.push(paragraph);
          else if (paragraph.trim() !== '') {
            paragraphs.push(paragraph.trim());
            since.push(paragraph.trim());
          }
          paragraph = undefined;
          break;
        case 'tc':
          if (stack.length === 1) closeCell(t);
          break;
        case 'tbl': {
          const done = stack.pop()!;
          if (stack.length > 0) break;
          tables.push({
            name: String(tables.length + 1),
            kind: 'document',
            caption: done.caption,
            cells: done.rows,
            merges: done.merges,
          });
          break;
        }
      }
    },
  });
  return { paragraphs, tables };
};

const attrW = (e: XmlElement, local: string) => e.attr(local, W) ?? e.attr(local);

/** A cell placed at its grid column: text, horizontal span, a vertical merge begun or carried on. */
const closeCell = (t: OpenTable): void => {
  const { row, col, span } = t;
  if (col + span > EXTENT.report.columns) return;
  const value = t.cellText.join('\n').trim();
  const cells = t.rows[row];
  if (t.vMerge === 'continue') {
    const k = t.vertical.get(col);
    if (k !== undefined) t.merges[k].bottom = row;
    else if (value !== '') cells[col] = value;
  } else {
    cells[col] = value === '' ? null : value;
    for (let c = col; c < col + span; c++) t.vertical.delete(c);
    if (span > 1 || t.vMerge === 'restart') {
      t.merges.push({ top: row, left: col, bottom: row, right: col + span - 1 });
      if (t.vMerge === 'restart') t.vertical.set(col, t.merges.length - 1);
    }
  }
  if (t.vMerge !== 'continue' && t.vMerge !== 'restart')
    for (let c = col; c < col + span; c++) t.vertical.delete(c);
  for (let c = col; c < col + span; c++) cells[c] ??= null;
  t.col += span;
};
