import { Inflate } from 'fflate';
import {
  METADATA_SHEET,
  REPORT_SCHEMA,
  parseA1,
  recordsFromMetadata,
  type CellValue,
  type ReportInput,
  type SheetCells,
} from '../core';
import { REPORT_LIMITS } from './reportLimits';
import { sniffFile } from './sniff';
import { DtdFound, NS, StopReading, isMain, readXml, type XmlElement } from './xml';

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

/** The zip's directory, read from its end; nothing is inflated. Undefined when it is not a readable zip. */
const directory = (data: Uint8Array): Entry[] | undefined => {
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

class TooLarge extends Error {}

/**
 * One part's text. Inflating stops at the size the directory declared, so a zip that lies about its sizes
 * cannot balloon; the compressed data is fed in small slices for the same reason. fflate, so the same reader
 * runs in Node and in the browser.
 */
const text = (data: Uint8Array, entry: Entry): string => {
  const at = entry.offset;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (view.getUint32(at, true) !== 0x04034b50) throw new Error('bad local header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const raw = data.subarray(start, start + entry.compressed);
  if (entry.method === 0) return decoder.decode(raw);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > Math.max(1, entry.size)) throw new TooLarge();
    chunks.push(chunk);
  });
  for (let k = 0; k < raw.length; k += SLICE)
    inflate.push(raw.subarray(k, k + SLICE), k + SLICE >= raw.length);
  if (raw.length === 0) inflate.push(raw, true);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return decoder.decode(out);
};

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
const relationships = (xml: string, source: string): { id: string; target: string; type: string }[] => {
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

const sharedStrings = (xml: string): string[] => {
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

interface OpenCell {
  row: number;
  col: number;
  type?: string;
  formula?: string;
  v?: string;
}

/** A cell's value as the report reads it: a typed formula as its text (=…), never evaluated. */
const valueOf = (cell: OpenCell, inline: string, shared: readonly string[]): CellValue => {
  let value: CellValue = null;
  if (cell.formula !== undefined) value = `=${cell.formula}`;
  else if (cell.type === 's') value = cell.v === undefined ? null : (shared[Number(cell.v)] ?? null);
  else if (cell.type === 'inlineStr') value = inline || null;
  else if (cell.type === 'str' || cell.type === 'e') value = cell.v ?? null;
  else if (cell.type === 'b') value = cell.v?.trim() === '1' ? 'TRUE' : 'FALSE';
  else if (cell.v !== undefined && cell.v.trim() !== '') value = Number(cell.v);
  return value === '' ? null : value;
};

/** A sheet's cells; a row or cell without its reference follows the one before it, as the standard says. */
const sheetOf = (
  xml: string,
  shared: readonly string[],
  cellLimit: number,
): { cells: SheetCells; count: number } => {
  const rows: CellValue[][] = [];
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
      if (e.local === 'row') {
        row = Number(e.attr('r')) || row + 1;
        col = 0;
      } else if (e.local === 'c') {
        if (++count > cellLimit) throw new StopReading();
        const ref = e.attr('r');
        if (ref) ({ row, col } = parseA1(ref));
        else col += 1;
        cell = { row, col, type: e.attr('t') };
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
        const value = valueOf(cell, inline.take(), shared);
        (rows[cell.row - 1] ??= [])[cell.col - 1] = value;
        columnCount = Math.max(columnCount, cell.col);
        cell = undefined;
      } else inline.close(e);
    },
  });
  return {
    cells: { rowCount: rows.length, columnCount, value: (r, c) => rows[r - 1]?.[c - 1] ?? null },
    count,
  };
};

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** What a file that is not a workbook seems to be; a WPS .et is told by its name (its bytes are an .xls's). */
const kindOf = (file: string, bytes: Uint8Array): string => {
  const kind = sniffFile(bytes);
  if (kind === 'xls' && /\.et$/i.test(file)) return 'et';
  return kind === 'zip' ? 'corruptWorkbook' : kind;
};

/**
 * A returned report read straight from its XML, in Node and in the browser: the zip's directory is checked
 * before anything is inflated, only the parts a report needs are read (found through the package's
 * relationships, not at fixed paths), with any namespace prefix; nothing is executed.
 */
export const readReport = (file: string, bytes: Uint8Array): ReportInput => {
  const unreadable = (code: string, params: Record<string, string | number> = {}): ReportInput => ({
    file,
    unreadable: { code, params: { file, ...params } },
  });
  const data = bytes;
  if (data.length > REPORT_LIMITS.fileBytes)
    return unreadable('report.tooLarge', {
      size: Math.round(data.length / 1024 / 1024),
      max: REPORT_LIMITS.fileBytes / 1024 / 1024,
    });
  const entries = data.length >= 22 ? directory(data) : undefined;
  if (!entries) return unreadable('report.notWorkbook', { kind: kindOf(file, bytes) });
  const unzipped = entries.reduce((s, e) => s + e.size, 0);
  const worst = Math.max(0, ...entries.map((e) => e.size / Math.max(1, e.compressed)));
  if (unzipped > REPORT_LIMITS.unzippedBytes || worst > REPORT_LIMITS.ratio)
    return unreadable('report.zipBomb', { size: Math.round(unzipped / 1024 / 1024) });
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  const part = (name: string) => {
    const entry = byName.get(name);
    return entry ? text(data, entry) : undefined;
  };
  const ignored: string[] = [];
  if (entries.some((e) => /vbaProject\.bin$/i.test(e.name))) ignored.push('macros');
  if (entries.some((e) => /(^|\/)externalLinks\//i.test(e.name))) ignored.push('externalLinks');
  if (entries.some((e) => /(^|\/)(embeddings|activeX)\//i.test(e.name))) ignored.push('embedded');
  try {
    const root = part('_rels/.rels');
    const workbookPart =
      (root === undefined
        ? undefined
        : relationships(root, '').find((r) => OFFICE_DOCUMENT.test(r.type))?.target) ?? 'xl/workbook.xml';
    const workbook = part(workbookPart);
    const rels = part(relsOf(workbookPart));
    if (workbook === undefined || rels === undefined) {
      const kind = sniffFile(bytes);
      return unreadable('report.notWorkbook', {
        kind: kind === 'ods' || kind === 'docx' ? kind : 'noSheets',
      });
    }
    const links = relationships(rels, workbookPart);
    const targets = new Map(links.map((r) => [r.id, r.target]));
    const sheets = new Map<string, string>();
    readXml(workbook, {
      open: (e) => {
        if (isMain(e, 'sheet'))
          sheets.set(e.attr('name') ?? '', targets.get(e.attr('id', NS.relationships) ?? '') ?? '');
      },
    });
    const sharedPart = links.find((r) => /\/sharedStrings$/.test(r.type))?.target;
    const sharedXml = sharedPart === undefined ? undefined : part(sharedPart);
    const shared = sharedXml === undefined ? [] : sharedStrings(sharedXml);
    let cells = 0;
    const sheet = (name: string) => {
      const xml = part(sheets.get(name) ?? '');
      if (xml === undefined) return undefined;
      const read = sheetOf(xml, shared, REPORT_LIMITS.cells);
      cells += read.count;
      return read.cells;
    };
    const meta = sheet(METADATA_SHEET);
    let record: unknown;
    if (meta) {
      try {
        const grid = Array.from({ length: meta.rowCount }, (_, r) =>
          Array.from({ length: meta.columnCount }, (_, c) => meta.value(r + 1, c + 1)),
        );
        const [json] = recordsFromMetadata(grid, REPORT_SCHEMA);
        record = json === undefined ? undefined : (JSON.parse(json) as unknown);
      } catch {
        record = { damaged: true };
      }
    }
    const layout = (record as { layout?: { sheet?: unknown; fields?: { date?: unknown } } } | undefined)
      ?.layout;
    const name = typeof layout?.sheet === 'string' ? layout.sheet : undefined;
    const report = name === undefined ? undefined : sheet(name);
    const taskbookName = (record as { taskbook?: { sheet?: unknown } } | undefined)?.taskbook?.sheet;
    const taskbook = typeof taskbookName === 'string' ? sheet(taskbookName) : undefined;
    if (cells > REPORT_LIMITS.cells)
      return { ...unreadable('report.tooManyCells', { cells, max: REPORT_LIMITS.cells }), ignored };
    const dateCell = typeof layout?.fields?.date === 'string' ? layout.fields.date : undefined;
    const date = report && dateCell ? report.value(parseA1(dateCell).row, parseA1(dateCell).col) : null;
    // A date Excel stored as a serial number reads as ExcelJS gives it: 2018-04-05.
    const reportedAt =
      typeof date === 'number' && date > 20000 && date < 80000
        ? new Date(Date.UTC(1899, 11, 30) + date * 86400000).toISOString().slice(0, 10)
        : date === null
          ? undefined
          : String(date);
    return {
      file,
      record,
      sheet: report,
      sheetName: report ? name : undefined,
      taskbookSheet: taskbook,
      reportedAt,
      ignored,
    };
  } catch (e) {
    if (e instanceof DtdFound) return { ...unreadable('report.notWorkbook', { kind: 'dtd' }), ignored };
    if (e instanceof TooLarge)
      return { ...unreadable('report.zipBomb', { size: Math.round(unzipped / 1024 / 1024) }), ignored };
    return { ...unreadable('report.notWorkbook', { kind: 'corruptWorkbook' }), ignored };
  }
};
