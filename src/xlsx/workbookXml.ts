/**
 * A workbook's parts read straight from its zip and XML, without ExcelJS, in Node and in the browser: the
 * zip's directory is checked before anything is inflated, parts are found through the package's
 * relationships (not at fixed paths), elements by namespace (any prefix, any valid order).
 */
import { Inflate, inflateSync } from 'fflate';
import { a1, parseA1, type CellValue, type SheetCells } from '../core';
import { NS, StopReading, isMain, readXml, type XmlElement } from './xml';

export interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

/** The zip's directory, read from its end; nothing is inflated. Undefined when it is not a readable zip. */
export const directory = (data: Uint8Array): Entry[] | undefined => {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u32 = (k: number) => view.getUint32(k, true);
  const u16 = (k: number) => view.getUint16(k, true);
  let end = -1;
  for (let k = data.length - 22; k >= Math.max(0, data.length - 65557); k--)
    if (u32(k) === 0x06054b50) {
      end = k;
      break;
    }
  if (end < 0) return undefined;
  const count = u16(end + 10);
  let at = u32(end + 16);
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > data.length || u32(at) !== 0x02014b50) return undefined;
    const nameLength = u16(at + 28);
    entries.push({
      method: u16(at + 10),
      compressed: u32(at + 20),
      size: u32(at + 24),
      offset: u32(at + 42),
      name: decoder.decode(data.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
};

export class TooLarge extends Error {}

/** A cell beyond the extent a sheet of ours can have: its sheet and address, for the sentence. */
export class TooFar extends Error {
  constructor(readonly cell: string) {
    super(`cell ${cell} beyond the extent read`);
  }
}

/**
 * How far from A1 a cell may lie in a sheet we read. A far cell costs nothing to store (cells are kept
 * sparsely) but every reader that walks rows and columns would walk to it: 1,048,576 × 16,384 from one
 * cell at XFD1048576. Our own sheets (a 完成情况, the record) are small; a plan holds thousands of units
 * and a few hundred columns at most.
 */
export const EXTENT = {
  report: { rows: 10_000, columns: 200 },
  plan: { rows: 200_000, columns: 2_000 },
};

/**
 * One part's text. Inflating stops at the size the directory declared, so a zip that lies about its sizes
 * cannot balloon; the compressed data is fed in small slices for the same reason. fflate, so the same reader
 * runs in Node and in the browser.
 */
export const text = (data: Uint8Array, entry: Entry): string => {
  const at = entry.offset;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (view.getUint32(at, true) !== 0x04034b50) throw new Error('bad local header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const raw = data.subarray(start, start + entry.compressed);
  if (entry.method === 0) return decoder.decode(raw);
  // A small part inflates in one go into a buffer one byte longer than declared: filling it means the zip
  // lied. Small, because inflating runs on (into nothing) to the data's end: 64 KB can stand for 64 MB.
  if (raw.length <= SMALL) {
    const out = inflateSync(raw, { out: new Uint8Array(entry.size + 1) });
    if (out.length > entry.size) throw new TooLarge();
    return decoder.decode(out);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > Math.max(1, entry.size)) throw new TooLarge();
    chunks.push(chunk);
  });
  for (let k = 0; k < raw.length; k += SLICE)
    inflate.push(raw.subarray(k, k + SLICE), k + SLICE >= raw.length);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return decoder.decode(out);
};

const SMALL = 64 * 1024;
const SLICE = 16 * 1024;
const decoder = new TextDecoder('utf-8');

/** A target of a relationship, as a part name: relative to the folder of the part that points to it. */
const resolvePart = (folder: string, target: string): string => {
  const parts = (target.startsWith('/') ? target.slice(1) : `${folder}/${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return out.join('/');
};

const folderOf = (part: string) => part.slice(0, Math.max(0, part.lastIndexOf('/')));
const relsOf = (part: string) => {
  const folder = folderOf(part);
  return `${folder ? `${folder}/` : ''}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
};

/** A part's relationships: id → target part name, and its type. */
export const relationships = (
  xml: string,
  source: string,
): { id: string; target: string; type: string }[] => {
  const found: { id: string; target: string; type: string }[] = [];
  readXml(xml, {
    open: (e) => {
      if (e.local !== 'Relationship' || !NS.package.includes(e.uri)) return;
      if (e.attr('TargetMode') === 'External') return;
      found.push({
        id: e.attr('Id') ?? '',
        target: resolvePart(folderOf(source), e.attr('Target') ?? ''),
        type: e.attr('Type') ?? '',
      });
    },
  });
  return found;
};

/** Text runs of a string item or an inline string, without the phonetic guide (rPh) some IMEs add. */
const textCollector = () => {
  let phonetic = 0;
  let inText = false;
  let value = '';
  return {
    open: (e: XmlElement) => {
      if (isMain(e, 'rPh')) phonetic += 1;
      else if (isMain(e, 't') && phonetic === 0) inText = true;
    },
    close: (e: XmlElement) => {
      if (isMain(e, 'rPh')) phonetic -= 1;
      else if (isMain(e, 't')) inText = false;
    },
    text: (t: string) => {
      if (inText) value += t;
    },
    take: () => {
      const v = value;
      value = '';
      return v;
    },
  };
};

export const sharedStrings = (xml: string): string[] => {
  const strings: string[] = [];
  const runs = textCollector();
  readXml(xml, {
    open: (e) => {
      if (isMain(e, 'si')) runs.take();
      runs.open(e);
    },
    close: (e) => {
      runs.close(e);
      if (isMain(e, 'si')) strings.push(runs.take());
    },
    text: runs.text,
  });
  return strings;
};

/** An Excel date serial (days since 1899-12-30, the 1900 system) as ExcelJS gives it: 2018-06-30. */
export const serialDate = (serial: number): string =>
  new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000)).toISOString().slice(0, 10);

/** How cells read: a formula as its text (=…, for reports: never evaluated) or as its cached result. */
export interface CellReading {
  formulas: 'text' | 'cached';
  /** Cell style indexes whose number format is a date. */
  dateStyles?: ReadonlySet<number>;
}

interface OpenCell {
  row: number;
  col: number;
  style?: number;
  type?: string;
  formula?: string;
  v?: string;
}

/** xsd:double's lexical form, as ECMA-376 writes a cell's number (INF and NaN are no figures here). */
const XSD_DOUBLE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A cell's value as the report reads it: a typed formula as its text (=…), never evaluated. */
const valueOf = (cell: OpenCell, inline: string, shared: readonly string[], o: CellReading): CellValue => {
  let value: CellValue = null;
  if (cell.formula !== undefined && o.formulas === 'text') value = `=${cell.formula}`;
  else if (cell.type === 's')
    value = cell.v === undefined || !/^\s*\d+\s*$/.test(cell.v) ? null : (shared[Number(cell.v)] ?? null);
  else if (cell.type === 'inlineStr') value = inline || null;
  else if (cell.type === 'str' || cell.type === 'e') value = cell.v ?? null;
  else if (cell.type === 'b') value = cell.v?.trim() === '1' ? 'TRUE' : 'FALSE';
  else if (cell.v !== undefined && cell.v.trim() !== '') {
    // A number as the schema writes one (xsd:double): 0x64, 1_000 or Infinity are no numbers, whatever
    // JavaScript's Number() makes of them; kept as the text they are, so the check names the cell.
    const text = cell.v.trim();
    if (!XSD_DOUBLE.test(text)) return text;
    value = Number(text);
    // A date as Excel stores it (a serial number in a date format) reads as ExcelJS gives it: 2018-06-30.
    if (cell.style !== undefined && o.dateStyles?.has(cell.style) && value > 0 && value < 2958466)
      value = serialDate(value);
  }
  return value === '' ? null : value;
};

/** A sheet's cells; a row or cell without its reference follows the one before it, as the standard says. */
export const sheetOf = (
  xml: string,
  shared: readonly string[],
  cellLimit: number,
  reading: CellReading = { formulas: 'text' },
  extent: { rows: number; columns: number } = EXTENT.plan,
): {
  cells: SheetCells;
  rows: readonly (readonly CellValue[])[];
  count: number;
  /** The sheet's merged ranges as written (A1:B2), for a reader of tables from elsewhere. */
  merges: string[];
} => {
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  let columnCount = 0;
  let count = 0;
  let row = 0;
  let col = 0;
  let cell: OpenCell | undefined;
  let capture: 'f' | 'v' | undefined;
  let buffer = '';
  const inline = textCollector();
  readXml(xml, {
    open: (e) => {
      if (!NS.main.includes(e.uri)) return;
      if (e.local === 'mergeCell') {
        const ref = e.attr('ref');
        // As many as the cells read at most: a file of nothing but merged ranges holds no table.
        if (ref && merges.length < cellLimit) merges.push(ref);
      } else if (e.local === 'row') {
        row = Number(e.attr('r')) || row + 1;
        col = 0;
      } else if (e.local === 'c') {
        if (++count > cellLimit) throw new StopReading();
        const ref = e.attr('r');
        if (ref) ({ row, col } = parseA1(ref));
        else col += 1;
        if (row > extent.rows || col > extent.columns) throw new TooFar(a1(row, col));
        const style = e.attr('s');
        cell = { row, col, type: e.attr('t'), style: style === undefined ? undefined : Number(style) };
        inline.take();
      } else if (cell && (e.local === 'f' || e.local === 'v')) {
        capture = e.local;
        buffer = '';
      } else if (cell) inline.open(e);
    },
    text: (t) => {
      if (capture) buffer += t;
      else if (cell) inline.text(t);
    },
    close: (e) => {
      if (!NS.main.includes(e.uri) || !cell) return;
      if (e.local === 'f' || e.local === 'v') {
        if (e.local === 'f') cell.formula = buffer;
        else cell.v = buffer;
        capture = undefined;
      } else if (e.local === 'c') {
        const value = valueOf(cell, inline.take(), shared, reading);
        (rows[cell.row - 1] ??= [])[cell.col - 1] = value;
        columnCount = Math.max(columnCount, cell.col);
        cell = undefined;
      } else inline.close(e);
    },
  });
  return {
    cells: { rowCount: rows.length, columnCount, value: (r, c) => rows[r - 1]?.[c - 1] ?? null },
    // The rows as read, holes where nothing is: a grid for the record readers without filling it in.
    rows,
    count,
    merges,
  };
};

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** Builtin number formats that show a date (ECMA-376 §18.8.30, with the East Asian ones). */
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A format code that shows a date: y, d, or m beside them, outside quotes and [colours]. */
const isDateCode = (code: string): boolean => {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(bare) || /m.*[ds]|[ds].*m/i.test(bare.replace(/[^ymdhs]/gi, ''));
};

/** The cell styles (cellXfs indexes) of styles.xml whose number format is a date. */
export const dateStylesOf = (xml: string): Set<number> => {
  const custom = new Map<number, string>();
  const dates = new Set<number>();
  let inCellXfs = false;
  let k = 0;
  readXml(xml, {
    open: (e) => {
      if (isMain(e, 'numFmt')) custom.set(Number(e.attr('numFmtId')), e.attr('formatCode') ?? '');
      else if (isMain(e, 'cellXfs')) inCellXfs = true;
      else if (inCellXfs && isMain(e, 'xf')) {
        const id = Number(e.attr('numFmtId') ?? 0);
        if (BUILTIN_DATES.has(id) || (custom.has(id) && isDateCode(custom.get(id)!))) dates.add(k);
        k += 1;
      }
    },
    close: (e) => {
      if (isMain(e, 'cellXfs')) inCellXfs = false;
    },
  });
  return dates;
};

export interface WorkbookXml {
  entries: Entry[];
  /** Sheet names in the workbook's order, each with its part. */
  sheets: Map<string, string>;
  /** The sheets a reader does not see (state hidden or veryHidden). */
  hidden: Set<string>;
  part: (name: string) => string | undefined;
  /** The rels of the workbook part, to find shared strings and styles. */
  related: (type: RegExp) => string | undefined;
}

/** The workbook part and its sheets; undefined when the zip holds no workbook. */
export const openWorkbookXml = (data: Uint8Array, entries: Entry[]): WorkbookXml | undefined => {
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  const part = (name: string) => {
    const entry = byName.get(name);
    return entry ? text(data, entry) : undefined;
  };
  const root = part('_rels/.rels');
  const workbookPart =
    (root === undefined
      ? undefined
      : relationships(root, '').find((r) => OFFICE_DOCUMENT.test(r.type))?.target) ?? 'xl/workbook.xml';
  const workbook = part(workbookPart);
  const rels = part(relsOf(workbookPart));
  if (workbook === undefined || rels === undefined) return undefined;
  const links = relationships(rels, workbookPart);
  const targets = new Map(links.map((r) => [r.id, r.target]));
  const sheets = new Map<string, string>();
  const hidden = new Set<string>();
  readXml(workbook, {
    open: (e) => {
      if (!isMain(e, 'sheet')) return;
      const name = e.attr('name') ?? '';
      sheets.set(name, targets.get(e.attr('id', NS.relationships) ?? '') ?? '');
      if (/^(hidden|veryHidden)$/.test(e.attr('state') ?? '')) hidden.add(name);
    },
  });
  return { entries, sheets, hidden, part, related: (type) => links.find((r) => type.test(r.type))?.target };
};
