import type { BarChart } from '../../core';
import { escapeXml } from './sheetXml';

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const COLORS = ['4472C4', 'ED7D31', '70AD47', 'FFC000', '5B9BD5', 'A5A5A5'];
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** 'Sheet'!$B$4:$B$13 from a sheet name and B4:B13. */
const absolute = (sheet: string, range: string) =>
  `'${sheet.replace(/'/g, "''")}'!${range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;

/** A clustered bar chart part: bars across (barDir bar), units top to bottom, one series per indicator. */
export const chartXml = (sheet: string, chart: BarChart): string =>
  `${HEAD}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:chart>` +
  `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
  '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
  chart.series
    .map(
      (s, k) =>
        `<c:ser><c:idx val="${k}"/><c:order val="${k}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${COLORS[k % COLORS.length]}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeXml(absolute(sheet, chart.categories))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(absolute(sheet, s.values))}</c:f></c:numRef></c:val></c:ser>`,
    )
    .join('') +
  '<c:gapWidth val="60"/><c:axId val="1"/><c:axId val="2"/></c:barChart>' +
  '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="2"/><c:tickLblSkip val="1"/></c:catAx>' +
  '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:crossAx val="1"/></c:valAx>' +
  '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';

/** The drawing that places a sheet's charts over their cells; chart k is relationship rId{k+1}. */
export const drawingXml = (charts: readonly BarChart[]): string =>
  `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${A}">` +
  charts
    .map(
      (chart, k) =>
        `<xdr:twoCellAnchor><xdr:from><xdr:col>${chart.from.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${chart.from.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${chart.to.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${chart.to.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="Chart ${k + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="rId${k + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join('') +
  '</xdr:wsDr>';
