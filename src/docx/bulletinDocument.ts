import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx';
import {
  breakLines,
  bulletinContent,
  hasGrowth,
  monthsText,
  type BulletinPlan,
  type Consolidation,
  type Standing,
  type SummaryLabels,
} from '../core';
import { fill } from '../locales';

/** The words of the document beyond the 通报's sentences (from the locale files, by the caller). */
export interface BulletinDocumentLabels {
  /** 关于{year}年{months}{title}完成情况的通报 */
  title: string;
  /** 主送：{units}。 */
  to: string;
  overall: string;
  units: string;
  reporting: string;
  /** 单位, 目标, 累计完成, 完成率（%）, 序时进度（%）, 差距（个百分点）, 位次; a “|” where a header may break. */
  table: string[];
  /** 同比（%）: a column of its own where any unit's is known. */
  growth: string;
  /** （一）{indicator}（{measure}） */
  indicatorHeading: string;
  /** 2018年4月10日 */
  date: string;
  numbers: string[];
  /** 四、下步要求, from the plan's 工作要求 (or as the planner wrote them). */
  requirements: string;
}

/** What the planner may set for one 通报: 主送, 下步要求, and the 完成率 chart as pictures (SVG with its PNG). */
export interface BulletinExtras {
  to?: string;
  requirements?: readonly string[];
  charts?: readonly { svg: string; png: Uint8Array; width: number; height: number }[];
}

/** GB/T 9704-2012: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm; 22 lines of 28 characters of 3号 (16 pt). */
const PAGE = { width: 210, height: 297, top: 37, left: 28, textWidth: 156, textHeight: 225 };
/** Millimetres in twentieths of a point, rounded (A4 is 11906 × 16838). */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
const LINES = 22;
const CHARS = 28;
const BODY_PT = 16;
const TITLE_PT = 22;
const PAGE_NUMBER_PT = 14;
const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
};
/**
 * The fonts the page asks for, each with the one a computer without it should use (w:altName): most
 * machines outside a government office lack 方正小标宋简体 and the _GB2312 faces but have 宋体, 仿宋 and 楷体.
 */
const FALLBACKS: Record<string, string> = {
  方正小标宋简体: '宋体',
  仿宋_GB2312: '仿宋',
  楷体_GB2312: '楷体',
  黑体: 'SimHei',
  宋体: 'SimSun',
};
const FONT_TABLE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  Object.entries(FALLBACKS)
    .map(
      ([name, alt]) =>
        `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="${name === '黑体' ? 'modern' : 'roman'}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('') +
  '</w:fonts>';

/** Twentieths of a point per line so that 22 lines fill the 版心's 225 mm. */
const LINE_PITCH = Math.floor(twip(PAGE.textHeight) / LINES);
/**
 * 28 characters of 16 pt in the 版心's 156 mm: each character a little closer (-0.2 pt, in twentieths), so a
 * line holds 28 (plain 16 pt would hold 27). Spacing on the runs, not a character grid: LibreOffice and WPS
 * read a linesAndChars grid each their own way.
 */
const CHAR_SPACING = Math.round(((PAGE.textWidth / CHARS / 25.4) * 72 - BODY_PT) * 20);

const run = (text: string, font: string, pt: number, bold = false) =>
  new TextRun({
    text,
    font: { eastAsia: font, ascii: font, hAnsi: font },
    size: pt * 2,
    bold,
    characterSpacing: pt === BODY_PT ? CHAR_SPACING : undefined,
  });

/** A body paragraph: 2 characters in, the grid's line pitch exactly, no hard break anywhere in it. */
const body = (text: string, font = FONTS.body, indent = true) =>
  new Paragraph({
    children: [run(text, font, BODY_PT)],
    indent: indent ? { firstLine: BODY_PT * 2 * 20 } : undefined,
    // A heading stays on the page of what it heads.
    keepNext: font !== FONTS.body,
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT },
    alignment: AlignmentType.JUSTIFIED,
  });

const FILLS = { ahead: 'E2EFDA', behind: 'FFF2CC', far: 'F8CBAD' };
const fillOf = (gap: number | null) =>
  gap === null ? undefined : gap >= 0 ? FILLS.ahead : gap >= -10 ? FILLS.behind : FILLS.far;

/** A cell; a header's “|” marks where it may break (between words: 序时进度 / （%）), each part its own line. */
const cellOf = (text: string, options: { head?: boolean; number?: boolean; fill?: string } = {}) =>
  new TableCell({
    children: text.split('|').map(
      (part) =>
        new Paragraph({
          // 五号 headers: four characters fit a figure's column (序时进度, 百分点）).
          children: [run(part, options.head ? FONTS.heading1 : FONTS.body, options.head ? 10.5 : 12)],
          alignment: options.number ? AlignmentType.RIGHT : AlignmentType.CENTER,
          // A table shorter than a page stays on one page, with its heading (Word's keep-with-next on every row).
          keepNext: true,
        }),
    ),
    shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
    // 1 mm each side (Word's default is 1.9 mm): 序时进度 stays on one line in a figure's column.
    margins: { left: 57, right: 57 },
    verticalAlign: VerticalAlign.CENTER,
  });

const shown = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** A unit's figures on one indicator, as the 汇总 shows them, the fills of its 差距 too. */
const tableOf = (c: Consolidation, k: number, labels: BulletinDocumentLabels, city: string, none: string) => {
  const growth = hasGrowth(c, k);
  const row = (name: string, s: Standing, rank = true) =>
    new TableRow({
      cantSplit: true,
      children: [
        cellOf(name),
        cellOf(shown(s.target), { number: true }),
        cellOf(shown(s.done), { number: true }),
        cellOf(shown(s.rate), { number: true }),
        cellOf(shown(s.progress), { number: true }),
        cellOf(shown(s.gap), { number: true, fill: fillOf(s.gap) }),
        cellOf(rank ? String(s.rank ?? none) : ''),
        ...(growth ? [cellOf(shown(s.growth), { number: true })] : []),
      ],
    });
  // Inside the 版心: the unit's name wider, the figures alike.
  const figures = growth ? 7 : 6;
  const text = twip(PAGE.textWidth);
  const first = Math.round(text * (growth ? 0.19 : 0.22));
  const rest = Math.floor((text - first) / figures);
  return new Table({
    width: { size: first + rest * figures, type: WidthType.DXA },
    columnWidths: [first, ...Array<number>(figures).fill(rest)],
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      left: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      right: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [...labels.table, ...(growth ? [labels.growth] : [])].map((h) => cellOf(h, { head: true })),
      }),
      ...c.units.map((u) => row(u.name, u.standings[k])),
      row(city, c.city[k], false),
    ],
  });
};

/** — 1 —, 4号, one character in from the outer edge: odd pages on the right, even on the left. */
const pageNumber = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  new Footer({
    children: [
      new Paragraph({
        alignment,
        indent:
          alignment === AlignmentType.RIGHT ? { right: PAGE_NUMBER_PT * 20 } : { left: PAGE_NUMBER_PT * 20 },
        children: [
          run('— ', FONTS.pageNumber, PAGE_NUMBER_PT),
          new TextRun({ children: [PageNumber.CURRENT], font: FONTS.pageNumber, size: PAGE_NUMBER_PT * 2 }),
          run(' —', FONTS.pageNumber, PAGE_NUMBER_PT),
        ],
      }),
    ],
  });

/**
 * The monthly 通报 as the document a bureau sends out (GB/T 9704-2012): the title in 2号 小标宋, centred and
 * broken between its parts; 主送; 一、总体情况, 二、各单位情况 with a table per indicator, 三、报送情况; the issuing
 * body and the date. Every sentence is the 通报 sheet's own, one paragraph each.
 */
export const bulletinDocument = async (
  plan: BulletinPlan,
  c: Consolidation,
  summary: SummaryLabels,
  labels: BulletinDocumentLabels,
  extras: BulletinExtras = {},
): Promise<Uint8Array> => {
  const content = bulletinContent(plan, c, summary);
  // A 2号 line of the 版心 holds about 20 characters: the title breaks between its parts (as the sheets do).
  const title = fill(labels.title, { year: c.year, months: monthsText(summary, c.month), title: plan.title });
  const titleLines = breakLines(title, 44).split('\n');
  const children: (Paragraph | Table)[] = [
    ...titleLines.map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: Math.round(LINE_PITCH * 1.25), lineRule: LineRuleType.EXACT },
          children: [run(line, FONTS.title, TITLE_PT)],
        }),
    ),
    body('', FONTS.body, false),
    body(
      extras.to !== undefined && extras.to.trim() !== ''
        ? fill(labels.to, { units: extras.to.trim().replace(/[：:]$/, '') })
        : fill(labels.to, { units: plan.units.map((u) => u.name).join('、') }),
      FONTS.body,
      false,
    ),
    body(labels.overall, FONTS.heading1),
    ...content.indicators.flatMap((i) => i.city.map((line) => body(line))),
    body(labels.units, FONTS.heading1),
    // The 完成率 of every unit, one picture per page's worth of units, as wide as the 版心.
    ...(extras.charts ?? []).map(
      (chart) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'svg',
              data: new TextEncoder().encode(chart.svg),
              fallback: { type: 'png', data: chart.png },
              transformation: { width: chart.width, height: chart.height },
              altText: {
                name: summary.chartTitle,
                title: summary.chartTitle,
                description: summary.chartTitle,
              },
            }),
          ],
        }),
    ),
  ];
  content.indicators.forEach((i, k) => {
    children.push(
      body(
        fill(labels.indicatorHeading, {
          n: labels.numbers[k] ?? String(k + 1),
          indicator: i.indicator,
          measure: i.measure,
        }),
        FONTS.heading2,
      ),
      tableOf(c, k, labels, summary.city, summary.noRank),
      ...[...i.units, i.ahead, i.behind].map((line) => body(line)),
    );
  });
  children.push(body(labels.reporting, FONTS.heading1), ...content.reporting.map((line) => body(line)));
  const requirements = (extras.requirements ?? plan.taskbook?.requirements ?? [])
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (requirements.length > 0)
    children.push(body(labels.requirements, FONTS.heading1), ...requirements.map((p) => body(p)));
  const signature = (text: string) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: BODY_PT * 4 * 20 },
      spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT },
      children: [run(text, FONTS.body, BODY_PT)] as ParagraphChild[],
    });
  children.push(body('', FONTS.body, false), signature(plan.issuer), signature(labels.date));
  const doc = new Document({
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: FONTS.body, size: BODY_PT * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: twip(PAGE.width),
              height: twip(PAGE.height),
            },
            margin: {
              top: twip(PAGE.top),
              left: twip(PAGE.left),
              right: twip(PAGE.width - PAGE.left - PAGE.textWidth),
              bottom: twip(PAGE.height - PAGE.top - PAGE.textHeight),
              footer: twip(PAGE.height - PAGE.top - PAGE.textHeight - 7),
            },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumber(AlignmentType.RIGHT), even: pageNumber(AlignmentType.LEFT) },
        children,
      },
    ],
  });
  return new Uint8Array(
    await Packer.toArrayBuffer(doc, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE }]),
  );
};
