import { SaxesParser, type SaxesTagNS } from 'saxes';

/** The namespaces a returned workbook's parts may use: ECMA-376 transitional, and Strict as Excel saves it. */
export const NS = {
  main: [
    'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
    'http://purl.oclc.org/ooxml/spreadsheetml/main',
  ],
  relationships: [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'http://purl.oclc.org/ooxml/officeDocument/relationships',
  ],
  package: ['http://schemas.openxmlformats.org/package/2006/relationships'],
};

export interface XmlElement {
  /** The element's namespace and local name, whatever prefix the file gave it. */
  uri: string;
  local: string;
  /** An attribute by local name, in no namespace or in one of `uris`. */
  attr: (local: string, uris?: readonly string[]) => string | undefined;
}

export interface XmlVisitor {
  open?: (element: XmlElement) => void;
  close?: (element: XmlElement) => void;
  text?: (text: string) => void;
}

/** Thrown by a visitor to stop reading a part early (a cell limit reached). */
export class StopReading extends Error {}

/** A part that declares a DTD: no Office program writes one, and its entities could expand without end. */
export class DtdFound extends Error {}

/**
 * Elements nested deeper than any Office part nests them (a worksheet's text runs lie 7 deep, a drawing's
 * shapes some 15). Past it a part is refused: the namespace-aware parser resolves each element against all
 * those above it, so 100,000 nested elements in a 12 KB file took minutes.
 */
export const MAX_DEPTH = 100;
export class TooDeep extends Error {}

/** A file that takes longer than its budget to read: refused, so one file never holds up the others. */
export class TooSlow extends Error {}

let deadline = Number.POSITIVE_INFINITY;

/** Runs a reader under a time budget: every part parsed inside it stops once the budget is spent. */
export const withinBudget = <T>(ms: number, read: () => T): T => {
  const before = deadline;
  deadline = Math.min(before, Date.now() + ms);
  try {
    return read();
  } finally {
    deadline = before;
  }
};

const elementOf = (tag: SaxesTagNS): XmlElement => ({
  uri: tag.uri,
  local: tag.local,
  attr: (local, uris) => {
    // An attribute in no namespace is keyed by its bare name.
    if (!uris) return tag.attributes[local]?.uri === '' ? tag.attributes[local].value : undefined;
    for (const a of Object.values(tag.attributes))
      if (a.local === local && (uris ? uris.includes(a.uri) : a.uri === '')) return a.value;
    return undefined;
  },
});

/**
 * Reads a part as the standard defines it: namespace-aware, any prefix, any valid order. No DTD is
 * accepted, so no entity can expand; text arrives with its five entities and character references resolved.
 */
export const readXml = (xml: string, visitor: XmlVisitor): void => {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const open: XmlElement[] = [];
  parser.on('doctype', () => {
    throw new DtdFound();
  });
  let elements = 0;
  parser.on('opentag', (tag) => {
    if (open.length >= MAX_DEPTH) throw new TooDeep();
    if (++elements % 4096 === 0 && Date.now() > deadline) throw new TooSlow();
    const element = elementOf(tag);
    open.push(element);
    visitor.open?.(element);
  });
  parser.on('closetag', () => visitor.close?.(open.pop()!));
  if (visitor.text) {
    parser.on('text', visitor.text);
    parser.on('cdata', visitor.text);
  }
  try {
    parser.write(xml).close();
  } catch (e) {
    if (!(e instanceof StopReading)) throw e;
  }
};

export const isMain = (e: XmlElement, local: string): boolean => e.local === local && NS.main.includes(e.uri);
