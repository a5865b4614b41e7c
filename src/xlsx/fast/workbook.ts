import type { SheetLayout } from '../../core';
import { chartXml, drawingXml } from './chart';
import { escapeXml, sheetXml, stylesXml } from './sheetXml';
import { themeXml } from './theme';
import { portable, renamedEntry, zipEntry as entryOf, zipFile, type Compressor, type ZipEntry } from './zip';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

type Xf = (layout: SheetLayout, style?: string) => number;

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Which sheets carry charts: drawing d of sheet k, its charts numbered across the workbook. */
const drawingParts = (layouts: readonly SheetLayout[]) => {
  let chart = 0;
  return layouts
    .flatMap((l, sheet) =>
      l.charts?.length ? [{ sheet, drawing: 0, charts: l.charts.map(() => ++chart) }] : [],
    )
    .map((d, k) => ({ ...d, drawing: k + 1 }));
};

/**
 * Many workbooks of one shape (one per unit), written fast: the parts every unit shares (content types,
 * relationships, styles, properties) are built and compressed once; each unit's sheets and workbook.xml
 * are the only parts written anew. In Node and the browser alike; the command line gives it Node's zlib.
 */
export class WorkbookStamp {
  constructor(private readonly compressor: Compressor = portable) {}

  private zipEntry(name: string, text: string): ZipEntry {
    return entryOf(name, text, this.compressor);
  }

  private shared = new Map<string, { entries: ZipEntry[]; xf: Xf }>();

  private sharedParts(layouts: readonly SheetLayout[]) {
    const key = JSON.stringify(layouts.map((l) => [l.styles, l.charts?.length ?? 0]));
    const known = this.shared.get(key);
    if (known) return known;
    const styles = stylesXml(layouts);
    const n = layouts.length;
    const sheets = Array.from({ length: n }, (_, k) => k + 1);
    const entries = [
      this.zipEntry(
        '[Content_Types].xml',
        `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((k) => `<Override PartName="/xl/worksheets/sheet${k}.xml" ContentType="${SHEET_TYPE}"/>`).join('')}${drawingParts(
          layouts,
        )
          .map(
            (d) =>
              `<Override PartName="/xl/drawings/drawing${d.drawing}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>${d.charts
                .map(
                  (c) =>
                    `<Override PartName="/xl/charts/chart${c}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
                )
                .join('')}`,
          )
          .join(
            '',
          )}<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
      ),
      this.zipEntry(
        '_rels/.rels',
        `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
      ),
      this.zipEntry(
        'docProps/core.xml',
        `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>目标分解</dc:creator></cp:coreProperties>`,
      ),
      this.zipEntry(
        'docProps/app.xml',
        `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>目标分解</Application></Properties>`,
      ),
      this.zipEntry(
        'xl/_rels/workbook.xml.rels',
        `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((k) => `<Relationship Id="rId${k}" Type="${REL}/worksheet" Target="worksheets/sheet${k}.xml"/>`).join('')}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/theme" Target="theme/theme1.xml"/></Relationships>`,
      ),
      this.zipEntry('xl/theme/theme1.xml', themeXml),
      this.zipEntry('xl/styles.xml', styles.xml),
    ];
    const made = { entries, xf: styles.xf };
    this.shared.set(key, made);
    return made;
  }

  /**
   * Sheets already compressed, by layout, with the style numbers their XML was written with: each unit's
   * 任务书 sheet again in 全部任务书.xlsx is stored as it was compressed for the unit's own workbook when its
   * styles have the same numbers in both workbooks (else it is written anew).
   */
  private written = new WeakMap<SheetLayout, { entry: ZipEntry; styles: string }>();
  private sources = new WeakMap<SheetLayout, SheetLayout>();

  /** The same sheet under another name (the sheet's XML holds no name): written once, stored twice. */
  renamed(layout: SheetLayout, name: string): SheetLayout {
    const copy = { ...layout, name };
    this.sources.set(copy, this.sources.get(layout) ?? layout);
    return copy;
  }

  private sheetEntry(name: string, layout: SheetLayout, drawing: boolean, xf: Xf): ZipEntry {
    const source = this.sources.get(layout) ?? layout;
    const styles = Object.keys(layout.styles)
      .map((style) => xf(layout, style))
      .join(',');
    const known = drawing ? undefined : this.written.get(source);
    if (known && known.styles === styles) return renamedEntry(known.entry, name);
    const xml = sheetXml(layout, (s) => xf(layout, s));
    const entry = this.zipEntry(
      name,
      drawing ? xml.replace('</worksheet>', '<drawing r:id="rId1"/></worksheet>') : xml,
    );
    if (!drawing) this.written.set(source, { entry, styles });
    return entry;
  }

  /** The workbook of these sheets, in order; the first visible sheet is the active one. */
  write(layouts: readonly SheetLayout[]): Uint8Array {
    const { entries, xf } = this.sharedParts(layouts);
    const definedNames = layouts
      .map((l, k) =>
        l.print?.area
          ? `<definedName name="_xlnm.Print_Area" localSheetId="${k}">${escapeXml(quoteSheet(l.name))}!${l.print.area.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}</definedName>`
          : '',
      )
      .join('');
    const workbook = this.zipEntry(
      'xl/workbook.xml',
      `${HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${layouts
        .map(
          (l, k) =>
            `<sheet name="${escapeXml(l.name)}" sheetId="${k + 1}"${l.state === 'veryHidden' ? ' state="veryHidden"' : ''} r:id="rId${k + 1}"/>`,
        )
        .join(
          '',
        )}</sheets>${definedNames ? `<definedNames>${definedNames}</definedNames>` : ''}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`,
    );
    const drawings = drawingParts(layouts);
    const sheets = layouts.map((l, k) =>
      this.sheetEntry(
        `xl/worksheets/sheet${k + 1}.xml`,
        l,
        drawings.some((d) => d.sheet === k),
        xf,
      ),
    );
    const charts = drawings.flatMap((d) => {
      const layout = layouts[d.sheet];
      return [
        this.zipEntry(
          `xl/worksheets/_rels/sheet${d.sheet + 1}.xml.rels`,
          `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing${d.drawing}.xml"/></Relationships>`,
        ),
        this.zipEntry(`xl/drawings/drawing${d.drawing}.xml`, drawingXml(layout.charts!)),
        this.zipEntry(
          `xl/drawings/_rels/drawing${d.drawing}.xml.rels`,
          `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${d.charts.map((c, k) => `<Relationship Id="rId${k + 1}" Type="${REL}/chart" Target="../charts/chart${c}.xml"/>`).join('')}</Relationships>`,
        ),
        ...d.charts.map((c, k) =>
          this.zipEntry(`xl/charts/chart${c}.xml`, chartXml(layout.name, layout.charts![k])),
        ),
      ];
    });
    return zipFile([...entries, workbook, ...sheets, ...charts]);
  }
}
