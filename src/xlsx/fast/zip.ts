import { deflateSync } from 'fflate';

/** A file of a zip, compressed once: constant parts of many workbooks are compressed only the first time. */
export interface ZipEntry {
  name: Uint8Array;
  crc: number;
  size: number;
  data: Uint8Array;
}

/**
 * How parts are compressed: fflate everywhere (the pane), Node's zlib on the command line, where
 * bench/primitives.js found it twice as fast for the same parts (src/cli/compressor.ts).
 */
export interface Compressor {
  /** Raw deflate (no zlib header), as a zip stores it. */
  deflate: (raw: Uint8Array) => Uint8Array;
  crc32: (data: Uint8Array) => number;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

const tableCrc32 = (data: Uint8Array): number => {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
};

/**
 * Level 3: in bench/primitives.js it deflates 122 任务书 workbooks in 38 ms instead of level 6's 66 ms,
 * for files 7 % larger.
 */
export const LEVEL = 3;

/** Pure JavaScript: runs in the browser and in Node alike. */
export const portable: Compressor = {
  deflate: (raw) => deflateSync(raw, { level: LEVEL }),
  crc32: tableCrc32,
};

const utf8 = new TextEncoder();

export const zipEntry = (name: string, text: string, c: Compressor): ZipEntry => {
  const raw = utf8.encode(text);
  return { name: utf8.encode(name), crc: c.crc32(raw), size: raw.length, data: c.deflate(raw) };
};

/** The same entry under another name. */
export const renamedEntry = (entry: ZipEntry, name: string): ZipEntry => ({
  ...entry,
  name: utf8.encode(name),
});

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** A little-endian header of `size` bytes, written field by field: [offset, bytes, value]. */
const header = (size: number, fields: readonly [number, 2 | 4, number][]): Uint8Array => {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  for (const [at, width, value] of fields)
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value >>> 0, true);
  return bytes;
};

/** The zip file of the entries, deflated, names in UTF-8 (flag 0x0800), dated 1980-01-01 so output is stable. */
export const zipFile = (entries: readonly ZipEntry[]): Uint8Array => {
  const parts: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    // Fields both headers share, in order: flags, method, time, date, crc, sizes, name length.
    const shared: [2 | 4, number][] = [
      [2, 0x0800],
      [2, 8],
      [2, 0],
      [2, 0x21],
      [4, e.crc],
      [4, e.data.length],
      [4, e.size],
      [2, e.name.length],
    ];
    // The local header holds them from byte 6, the central directory from byte 8.
    const at = (start: number) => {
      let k = start;
      return shared.map(([width, value]): [number, 2 | 4, number] => {
        k += width;
        return [k - width, width, value];
      });
    };
    parts.push(header(30, [[0, 4, 0x04034b50], [4, 2, 20], ...at(6)]), e.name, e.data);
    centrals.push(
      header(46, [[0, 4, 0x02014b50], [4, 2, 20], [6, 2, 20], ...at(8), [42, 4, offset]]),
      e.name,
    );
    offset += 30 + e.name.length + e.data.length;
  }
  const directory = concat(centrals);
  const end = header(22, [
    [0, 4, 0x06054b50],
    [8, 2, entries.length],
    [10, 2, entries.length],
    [12, 4, directory.length],
    [16, 4, offset],
  ]);
  return concat([...parts, directory, end]);
};
