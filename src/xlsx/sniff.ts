/**
 * What a file that failed to open as a workbook seems to be, from its first bytes: so a planner hears
 * “an old .xls” or “a CSV” instead of a zip library's complaint.
 */
export type FileKind =
  | 'empty'
  | 'xls'
  | 'encrypted'
  | 'ods'
  | 'docx'
  | 'zip'
  | 'truncatedZip'
  | 'pdf'
  | 'html'
  | 'csv'
  | 'text'
  | 'binary';

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, k) => bytes[k] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const bytesOf = (text: string, utf16 = false): number[] =>
  [...text].flatMap((c) => (utf16 ? [c.charCodeAt(0), 0] : [c.charCodeAt(0)]));
/** “EncryptionInfo” in UTF-16LE: the stream an Office file encrypted with a password keeps in its CFB box. */
const ENCRYPTION_INFO = bytesOf('EncryptionInfo', true);
/** The zip's end-of-central-directory record; a file cut short in a download has none. */
const END_OF_CENTRAL_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];

const contains = (bytes: Uint8Array, pattern: readonly number[]): boolean => {
  const first = pattern[0];
  for (
    let k = bytes.indexOf(first);
    k >= 0 && k <= bytes.length - pattern.length;
    k = bytes.indexOf(first, k + 1)
  )
    if (pattern.every((b, d) => bytes[k + d] === b)) return true;
  return false;
};

const ascii = (bytes: Uint8Array, length: number): string =>
  String.fromCharCode(...bytes.subarray(0, length));

const looksLikeText = (bytes: Uint8Array): string | undefined => {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return undefined;
  const text = new TextDecoder('utf-8').decode(head);
  const odd = [...text].filter((c) => c === '\uFFFD').length;
  return odd > text.length / 20 ? undefined : text;
};

export const sniffFile = (data: Uint8Array): FileKind => {
  if (data.length === 0) return 'empty';
  if (startsWith(data, CFB)) return contains(data, ENCRYPTION_INFO) ? 'encrypted' : 'xls';
  if (startsWith(data, ZIP) || startsWith(data, EMPTY_ZIP)) {
    if (!contains(data.subarray(Math.max(0, data.length - 70000)), END_OF_CENTRAL_DIRECTORY))
      return 'truncatedZip';
    const head = ascii(data, Math.min(data.length, 200));
    if (head.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (contains(data, bytesOf('word/document.xml'))) return 'docx';
    return 'zip';
  }
  if (ascii(data, 5) === '%PDF-') return 'pdf';
  const text = looksLikeText(data);
  if (text === undefined) return 'binary';
  if (/^\s*(<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(text) || /<table[\s>]/i.test(text))
    return 'html';
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 5);
  const separated = (sep: string) => lines.length > 0 && lines.every((l) => l.split(sep).length > 1);
  if (separated(',') || separated('\t') || separated(';')) return 'csv';
  return 'text';
};
