/**
 * The workbook's theme: Office's colours, 等线 for East Asian text. Excel always writes one; a workbook
 * without it loses its theme colours in some readers, and tools that rewrite it (ExcelJS among them) point
 * to a theme part they do not add.
 */
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

const colours: [string, string][] = [
  ['dk2', '44546A'],
  ['lt2', 'E7E6E6'],
  ['accent1', '4472C4'],
  ['accent2', 'ED7D31'],
  ['accent3', 'A5A5A5'],
  ['accent4', 'FFC000'],
  ['accent5', '5B9BD5'],
  ['accent6', '70AD47'],
  ['hlink', '0563C1'],
  ['folHlink', '954F72'],
];

const font = (latin: string) =>
  `<a:latin typeface="${latin}"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线"/>`;

const solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
const line = (w: number) => `<a:ln w="${w}"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>`;

export const themeXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<a:theme xmlns:a="${A}" name="Office"><a:themeElements><a:clrScheme name="Office">` +
  '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
  colours.map(([name, rgb]) => `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`).join('') +
  `</a:clrScheme><a:fontScheme name="Office"><a:majorFont>${font('Calibri Light')}</a:majorFont>` +
  `<a:minorFont>${font('Calibri')}</a:minorFont></a:fontScheme><a:fmtScheme name="Office">` +
  `<a:fillStyleLst>${solid.repeat(3)}</a:fillStyleLst><a:lnStyleLst>${line(6350)}${line(12700)}${line(19050)}</a:lnStyleLst>` +
  `<a:effectStyleLst>${'<a:effectStyle><a:effectLst/></a:effectStyle>'.repeat(3)}</a:effectStyleLst>` +
  `<a:bgFillStyleLst>${solid.repeat(3)}</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`;
