import { a1, columnLetter, type CellStyle, type SheetLayout } from '../../core';

const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

export const escapeXml = (text: string): string =>
  // Most texts need nothing: one test, no copy.
  !NEEDS_ESCAPE.test(text)
    ? text
    : text
        .replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
        // Characters XML 1.0 forbids cannot stand in a cell.
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** The cell styles of a set of layouts as one styles.xml, and each (layout, style name) → its xf index. */
export const stylesXml = (
  layouts: readonly SheetLayout[],
): { xml: string; xf: (layout: SheetLayout, style?: string) => number } => {
  const fonts = ['<font><sz val="11"/><name val="Calibri"/></font>'];
  const fills = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  const borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  const numFmts: string[] = [];
  const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  const index = (list: string[], item: string) => {
    const k = list.indexOf(item);
    return k >= 0 ? k : list.push(item) - 1;
  };
  const cache = new Map<string, number>();
  const xfOf = (style: CellStyle): number => {
    const key = JSON.stringify(style);
    const known = cache.get(key);
    if (known !== undefined) return known;
    const f = style.font ?? {};
    const font = index(
      fonts,
      `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}<sz val="${f.size ?? 11}"/>${f.color ? `<color rgb="FF${f.color}"/>` : ''}<name val="${escapeXml(f.name ?? 'Calibri')}"/>${f.eastAsian ? '<charset val="134"/>' : ''}</font>`,
    );
    const fill = style.fill
      ? index(
          fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${style.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const border = style.border
      ? index(
          borders,
          '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>',
        )
      : 0;
    let numFmt = 0;
    if (style.numFmt && style.numFmt !== 'General') {
      const at = numFmts.indexOf(style.numFmt);
      numFmt = 164 + (at >= 0 ? at : numFmts.push(style.numFmt) - 1);
    }
    const al = style.align;
    const alignment = al
      ? `<alignment${al.horizontal ? ` horizontal="${al.horizontal}"` : ''}${al.vertical ? ` vertical="${al.vertical === 'middle' ? 'center' : al.vertical}"` : ''}${al.wrap ? ' wrapText="1"' : ''}/>`
      : '';
    const protection = style.unlocked ? '<protection locked="0"/>' : '';
    const k =
      xfs.push(
        `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${numFmt ? ' applyNumberFormat="1"' : ''} applyFont="1"${fill ? ' applyFill="1"' : ''}${border ? ' applyBorder="1"' : ''}${alignment ? ' applyAlignment="1"' : ''}${protection ? ' applyProtection="1"' : ''}>${alignment}${protection}</xf>`,
      ) - 1;
    cache.set(key, k);
    return k;
  };
  for (const layout of layouts) for (const style of Object.values(layout.styles)) xfOf(style);
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    (numFmts.length
      ? `<numFmts count="${numFmts.length}">${numFmts.map((f, k) => `<numFmt numFmtId="${164 + k}" formatCode="${escapeXml(f)}"/>`).join('')}</numFmts>`
      : '') +
    `<fonts count="${fonts.length}">${fonts.join('')}</fonts><fills count="${fills.length}">${fills.join('')}</fills><borders count="${borders.length}">${borders.join('')}</borders>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  // By the style itself, not the layout object: workbooks of one shape share this table. Each layout's
  // names are looked up once, not once a cell.
  const byLayout = new WeakMap<SheetLayout, Map<string, number>>();
  return {
    xml,
    xf: (layout, style) => {
      if (style === undefined) return 0;
      let names = byLayout.get(layout);
      if (!names) byLayout.set(layout, (names = new Map()));
      let k = names.get(style);
      if (k === undefined) {
        const definition = layout.styles[style];
        k = definition === undefined ? 0 : (cache.get(JSON.stringify(definition)) ?? 0);
        names.set(style, k);
      }
      return k;
    },
  };
};

/** A sheet layout as SpreadsheetML: strings inline, formulas without results (the workbook recalculates on load). */
export const sheetXml = (layout: SheetLayout, xf: (style?: string) => number): string => {
  if (layout.conditionalFormats.length > 0)
    throw new Error('sheetXml: conditional formats are not written by the fast writer');
  const cells = [...layout.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  let lastRow = 1;
  let lastCol = Math.max(1, layout.columnWidths.length);
  for (const c of cells) {
    if (c.row > lastRow) lastRow = c.row;
    if (c.col > lastCol) lastCol = c.col;
  }
  // A sheet has a few columns and a few styles, each cell one of them: each looked up once.
  const letters: string[] = [];
  const styles = new Map<string | undefined, number>();
  const rows = new Map<number, string[]>();
  for (const c of cells) {
    const ref = (letters[c.col] ??= columnLetter(c.col)) + c.row;
    let s = styles.get(c.style);
    if (s === undefined) styles.set(c.style, (s = xf(c.style)));
    let xml: string;
    if (c.formula !== undefined) xml = `<c r="${ref}" s="${s}"><f>${escapeXml(c.formula)}</f></c>`;
    else if (typeof c.value === 'number') xml = `<c r="${ref}" s="${s}"><v>${c.value}</v></c>`;
    else if (typeof c.value === 'string' && c.value !== '')
      xml = `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(c.value)}</t></is></c>`;
    else xml = `<c r="${ref}" s="${s}"/>`;
    (rows.get(c.row) ?? rows.set(c.row, []).get(c.row)!).push(xml);
  }
  for (const r of Object.keys(layout.rowHeights).map(Number)) if (!rows.has(r)) rows.set(r, []);
  const sheetData = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([r, xs]) => {
      const h = layout.rowHeights[r];
      return `<row r="${r}"${h ? ` ht="${h}" customHeight="1"` : ''}>${xs.join('')}</row>`;
    })
    .join('');
  const p = layout.print;
  const visible = layout.state === 'visible';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    (p?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="A1:${a1(lastRow, lastCol)}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${visible ? ' showGridLines="0"' : ''}/></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (layout.columnWidths.length
      ? `<cols>${layout.columnWidths.map((w, k) => `<col min="${k + 1}" max="${k + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '') +
    `<sheetData>${sheetData}</sheetData>` +
    (layout.protection
      ? '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>'
      : '') +
    (layout.merges.length
      ? `<mergeCells count="${layout.merges.length}">${layout.merges.map((m) => `<mergeCell ref="${a1(m.top, m.left)}:${a1(m.bottom, m.right)}"/>`).join('')}</mergeCells>`
      : '') +
    (layout.validations.length
      ? `<dataValidations count="${layout.validations.length}">${layout.validations
          .map(
            (v) =>
              `<dataValidation type="custom" allowBlank="1" showErrorMessage="1" errorTitle="${escapeXml(v.title)}" error="${escapeXml(v.message)}" sqref="${v.range}"><formula1>${escapeXml(v.formula)}</formula1></dataValidation>`,
          )
          .join('')}</dataValidations>`
      : '') +
    (p?.centered ? '<printOptions horizontalCentered="1"/>' : '') +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    (p
      ? `<pageSetup paperSize="9" orientation="${p.orientation}"${p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`
      : '') +
    (p?.footer ? `<headerFooter><oddFooter>${escapeXml(`&C${p.footer}`)}</oddFooter></headerFooter>` : '') +
    '</worksheet>'
  );
};
