import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * What ExcelJS gets wrong when it rewrites a workbook, put right before the bytes leave us:
 *
 * - It writes a sheet's <sheetPr> children as tabColor, pageSetUpPr, outlinePr, while the schema's order is
 *   tabColor, outlinePr, pageSetUpPr: a workbook that came with an outline setting (openpyxl, WPS and Excel
 *   write one) would be "repaired" by Excel.
 * - It squeezes a data validation read as C5:C14 back into ranges in the order of the addresses as text, so
 *   C10 comes before C5 and the rule is written twice: C10:C14 (its formula still anchored at C5, so C10 is
 *   checked against C5) over C5:C14. A rule wholly inside an identical one is dropped.
 */
const WRONG_ORDER =
  /(<sheetPr\b[^>]*>(?:<tabColor\b[^>]*\/>)?)(<pageSetUpPr\b[^>]*\/>)(<outlinePr\b[^>]*\/>)/;
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const VALIDATIONS = /<dataValidations\b[^>]*>([\s\S]*?)<\/dataValidations>/;
const RULE = /<dataValidation\b([^>]*?)(?:\/>|>([\s\S]*?)<\/dataValidation>)/g;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const cell = (ref: string) => {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) return undefined;
  return { row: Number(m[2]), col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) };
};

const boxes = (sqref: string): Box[] | undefined => {
  const out: Box[] = [];
  for (const part of sqref.trim().split(/\s+/)) {
    const [a, b = a] = part.split(':');
    const p = cell(a);
    const q = cell(b);
    if (!p || !q) return undefined;
    out.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
  }
  return out;
};

const inside = (inner: Box[], outer: Box[]) =>
  inner.every((i) =>
    outer.some((o) => i.top >= o.top && i.bottom <= o.bottom && i.left >= o.left && i.right <= o.right),
  );

const withoutContainedRules = (xml: string): string => {
  const block = VALIDATIONS.exec(xml);
  if (!block) return xml;
  const rules = [...block[1].matchAll(RULE)].map((m) => {
    const sqref = /\bsqref="([^"]*)"/.exec(m[1])?.[1] ?? '';
    return {
      text: m[0],
      key: `${m[1].replace(/\s*\bsqref="[^"]*"/, '')}|${m[2] ?? ''}`,
      boxes: boxes(sqref),
    };
  });
  // A rule inside an identical one goes; of two identical ranges, the first stays.
  const redundant = (r: (typeof rules)[number], k: number) => {
    const mine = r.boxes;
    if (!mine) return false;
    return rules.some((o, j) => {
      const theirs = o.boxes;
      if (j === k || o.key !== r.key || !theirs || !inside(mine, theirs)) return false;
      return !inside(theirs, mine) || j < k;
    });
  };
  const kept = rules.filter((r, k) => !redundant(r, k));
  if (kept.length === rules.length) return xml;
  const open = /<dataValidations\b[^>]*>/
    .exec(block[0])![0]
    .replace(/\bcount="\d+"/, `count="${kept.length}"`);
  return xml.replace(block[0], `${open}${kept.map((r) => r.text).join('')}</dataValidations>`);
};

const repaired = (xml: string): string => withoutContainedRules(xml.replace(WRONG_ORDER, '$1$3$2'));

export const repairExcelJsOutput = (bytes: Uint8Array): Uint8Array => {
  // Only the worksheets are inflated to look; the whole package only when one needs the fix.
  const sheets = unzipSync(bytes, { filter: (f) => SHEET.test(f.name) });
  const fixes = new Map<string, string>();
  for (const [name, data] of Object.entries(sheets)) {
    const xml = strFromU8(data);
    const fixed = repaired(xml);
    if (fixed !== xml) fixes.set(name, fixed);
  }
  if (fixes.size === 0) return bytes;
  const files: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    const fixed = fixes.get(name);
    files[name] = [
      fixed === undefined ? data : strToU8(fixed),
      { level: /\.(xml|rels)$/.test(name) ? 6 : 0 },
    ];
  }
  return zipSync(files);
};
