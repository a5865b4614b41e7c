import { unzipSync, zipSync, strFromU8, strToU8, type Zippable } from 'fflate';

/**
 * ExcelJS writes a sheet's <sheetPr> children as tabColor, pageSetUpPr, outlinePr, while the schema's order
 * is tabColor, outlinePr, pageSetUpPr: a workbook that came with an outline setting (openpyxl writes one,
 * WPS and Excel do too) would be "repaired" by Excel after any rewrite. Put them in the schema's order.
 */
const WRONG = /(<sheetPr\b[^>]*>(?:<tabColor\b[^>]*\/>)?)(<pageSetUpPr\b[^>]*\/>)(<outlinePr\b[^>]*\/>)/;

const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;

export const inSchemaOrder = (bytes: Uint8Array): Uint8Array => {
  // Only the worksheets are inflated to look; the whole package only when one needs the fix.
  const sheets = unzipSync(bytes, { filter: (f) => SHEET.test(f.name) });
  const wrong = Object.entries(sheets).filter(([, data]) => WRONG.test(strFromU8(data.subarray(0, 4096))));
  if (wrong.length === 0) return bytes;
  const all = unzipSync(bytes);
  const files: Zippable = {};
  for (const [name, data] of Object.entries(all)) {
    const fixed = wrong.some(([n]) => n === name) ? strToU8(strFromU8(data).replace(WRONG, '$1$3$2')) : data;
    files[name] = [fixed, { level: name.endsWith('.xml') || name.endsWith('.rels') ? 6 : 0 }];
  }
  return zipSync(files);
};
