import { inflateRawSync } from 'node:zlib';
import {
  METADATA_SHEET,
  REPORT_SCHEMA,
  parseA1,
  recordsFromMetadata,
  type CellValue,
  type ReportInput,
  type SheetCells,
} from '../../core';
import { REPORT_LIMITS } from '../reports';
import { sniffFile } from '../sniff';

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

/** The zip's directory, read from its end; nothing is inflated. Undefined when it is not a readable zip. */
const directory = (data: Buffer): Entry[] | undefined => {
  let end = -1;
  for (let k = data.length - 22; k >= Math.max(0, data.length - 65557); k--)
    if (data.readUInt32LE(k) === 0x06054b50) {
      end = k;
      break;
    }
  if (end < 0) return undefined;
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) return undefined;
    const nameLength = data.readUInt16LE(at + 28);
    entries.push({
      method: data.readUInt16LE(at + 10),
      compressed: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      offset: data.readUInt32LE(at + 42),
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return entries;
};

/** One part's text; inflating stops at the size the directory declared, so a lying zip cannot balloon. */
const text = (data: Buffer, entry: Entry): string => {
  const at = entry.offset;
  if (data.readUInt32LE(at) !== 0x04034b50) throw new Error('bad local header');
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  const raw = data.subarray(start, start + entry.compressed);
  const bytes = entry.method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
  return bytes.toString('utf8');
};

/** XML text as it reads: the five entities and character references; no DTD, so no entity can expand. */
const unescape = (s: string): string =>
  s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e === 'amp'
      ? '&'
      : e === 'lt'
        ? '<'
        : e === 'gt'
          ? '>'
          : e === 'quot'
            ? '"'
            : e === 'apos'
              ? "'"
              : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );

const attr = (attrs: string, name: string): string | undefined => {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? unescape(m[1]) : undefined;
};

const runs = (xml: string): string =>
  [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescape(m[1])).join('');

/** A sheet's cells as values; a typed formula as its text (=…), never evaluated. */
const sheetOf = (xml: string, shared: string[], cellLimit: number): { cells: SheetCells; count: number } => {
  const rows: CellValue[][] = [];
  let columnCount = 0;
  let count = 0;
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    if (++count > cellLimit) break;
    const ref = attr(m[1], 'r');
    if (!ref) continue;
    const { row, col } = parseA1(ref);
    const body = m[2] ?? '';
    const type = attr(m[1], 't');
    const formula = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    let value: CellValue = null;
    if (formula) value = `=${unescape(formula[1] ?? '')}`;
    else if (type === 's') value = v === undefined ? null : (shared[Number(v)] ?? null);
    else if (type === 'inlineStr') value = runs(body) || null;
    else if (type === 'str' || type === 'e') value = v === undefined ? null : unescape(v);
    else if (type === 'b') value = v === '1' ? 'TRUE' : 'FALSE';
    else if (v !== undefined) value = Number(v);
    if (value === '') value = null;
    (rows[row - 1] ??= [])[col - 1] = value;
    columnCount = Math.max(columnCount, col);
  }
  return {
    cells: { rowCount: rows.length, columnCount, value: (r, c) => rows[r - 1]?.[c - 1] ?? null },
    count,
  };
};

/**
 * A returned report read straight from its XML, for many files at once (Node only): the zip's directory
 * is checked before anything is inflated, only the parts a report needs are read, nothing is executed.
 * Gives what `readReportFile` (ExcelJS, for the browser) gives.
 */
export const readReportFast = (file: string, bytes: Uint8Array): ReportInput => {
  const unreadable = (code: string, params: Record<string, string | number> = {}): ReportInput => ({
    file,
    unreadable: { code, params: { file, ...params } },
  });
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length > REPORT_LIMITS.fileBytes)
    return unreadable('report.tooLarge', {
      size: Math.round(data.length / 1024 / 1024),
      max: REPORT_LIMITS.fileBytes / 1024 / 1024,
    });
  const entries = data.length >= 22 ? directory(data) : undefined;
  if (!entries) {
    const kind = sniffFile(bytes);
    return unreadable('report.notWorkbook', { kind: kind === 'zip' ? 'corruptWorkbook' : kind });
  }
  const unzipped = entries.reduce((s, e) => s + e.size, 0);
  const worst = Math.max(0, ...entries.map((e) => e.size / Math.max(1, e.compressed)));
  if (unzipped > REPORT_LIMITS.unzippedBytes || worst > REPORT_LIMITS.ratio)
    return unreadable('report.zipBomb', { size: Math.round(unzipped / 1024 / 1024) });
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  const ignored: string[] = [];
  if (entries.some((e) => /vbaProject\.bin$/i.test(e.name))) ignored.push('macros');
  if (entries.some((e) => /^xl\/externalLinks\//i.test(e.name))) ignored.push('externalLinks');
  if (entries.some((e) => /^xl\/(embeddings|activeX)\//i.test(e.name))) ignored.push('embedded');
  try {
    const workbook = byName.get('xl/workbook.xml');
    const rels = byName.get('xl/_rels/workbook.xml.rels');
    if (!workbook || !rels) return unreadable('report.notWorkbook', { kind: 'noSheets' });
    const targets = new Map(
      [...text(data, rels).matchAll(/<Relationship\b([^>]*)\/?>/g)].map((m) => [
        attr(m[1], 'Id'),
        attr(m[1], 'Target') ?? '',
      ]),
    );
    const sheets = new Map(
      [...text(data, workbook).matchAll(/<sheet\b([^>]*)\/?>/g)].map((m) => {
        const target = targets.get(attr(m[1], 'r:id')) ?? '';
        return [attr(m[1], 'name') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`];
      }),
    );
    const sharedEntry = byName.get('xl/sharedStrings.xml');
    const shared = sharedEntry
      ? [...text(data, sharedEntry).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => runs(m[1]))
      : [];
    let cells = 0;
    const sheet = (name: string) => {
      const entry = byName.get(sheets.get(name) ?? '');
      if (!entry) return undefined;
      const read = sheetOf(text(data, entry), shared, REPORT_LIMITS.cells);
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
      reportedAt,
      ignored,
    };
  } catch {
    return { ...unreadable('report.notWorkbook', { kind: 'corruptWorkbook' }), ignored };
  }
};
