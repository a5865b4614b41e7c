/**
 * The 公文 page of GB/T 9704-2012 that every document of ours is set on: the 版心, the fonts with their
 * fallbacks, body paragraphs on the line grid, table cells, page numbers, the title, the signature.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  TableCell,
  TextRun,
  VerticalAlign,
  type ParagraphChild,
  type Table,
} from 'docx';
import { breakLines } from '../core';

/** GB/T 9704-2012: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm; 22 lines of 28 characters of 3号 (16 pt). */
export const PAGE = { width: 210, height: 297, top: 37, left: 28, textWidth: 156, textHeight: 225 };
/** Millimetres in twentieths of a point, rounded (A4 is 11906 × 16838). */
export const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
export const LINES = 22;
export const CHARS = 28;
export const BODY_PT = 16;
export const TITLE_PT = 22;
export const PAGE_NUMBER_PT = 14;
export const FONTS = {
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
export const FALLBACKS: Record<string, string> = {
  方正小标宋简体: '宋体',
  仿宋_GB2312: '仿宋',
  楷体_GB2312: '楷体',
  黑体: 'SimHei',
  宋体: 'SimSun',
};
export const FONT_TABLE =
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
export const LINE_PITCH = Math.floor(twip(PAGE.textHeight) / LINES);
/**
 * 28 characters of 16 pt in the 版心's 156 mm: each character a little closer (-0.2 pt, in twentieths), so a
 * line holds 28 (plain 16 pt would hold 27). Spacing on the runs, not a character grid: LibreOffice and WPS
 * read a linesAndChars grid each their own way.
 */
export const CHAR_SPACING = Math.round(((PAGE.textWidth / CHARS / 25.4) * 72 - BODY_PT) * 20);

export const run = (text: string, font: string, pt: number, bold = false) =>
  new TextRun({
    text,
    font: { eastAsia: font, ascii: font, hAnsi: font },
    size: pt * 2,
    bold,
    characterSpacing: pt === BODY_PT ? CHAR_SPACING : undefined,
  });

/** A body paragraph: 2 characters in, the grid's line pitch exactly, no hard break anywhere in it. */
export const body = (text: string, font = FONTS.body, indent = true) =>
  new Paragraph({
    children: [run(text, font, BODY_PT)],
    indent: indent ? { firstLine: BODY_PT * 2 * 20 } : undefined,
    // A heading stays on the page of what it heads.
    keepNext: font !== FONTS.body,
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT },
    alignment: AlignmentType.JUSTIFIED,
  });

/** A cell; a header's “|” marks where it may break (between words: 序时进度 / （%）), each part its own line. */
export const cellOf = (text: string, options: { head?: boolean; number?: boolean; fill?: string } = {}) =>
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

/** — 1 —, 4号, one character in from the outer edge: odd pages on the right, even on the left. */
export const pageNumber = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
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

/** The title in 2号 小标宋, centred, broken between its parts (a line of the 版心 holds about 20 characters). */
export const titleParagraphs = (title: string): Paragraph[] =>
  breakLines(title, 44)
    .split('\n')
    .map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: Math.round(LINE_PITCH * 1.25), lineRule: LineRuleType.EXACT },
          children: [run(line, FONTS.title, TITLE_PT)],
        }),
    );

/** The issuing body and the date, right-aligned four characters in. */
export const signature = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.RIGHT,
    indent: { right: BODY_PT * 4 * 20 },
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT },
    children: [run(text, FONTS.body, BODY_PT)] as ParagraphChild[],
  });

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
export const TABLE_BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

/** The document: A4, the 版心's margins, the line grid, page numbers outside; its font table with fallbacks. */
export const officialDocument = async (children: (Paragraph | Table)[]): Promise<Uint8Array> => {
  const doc = new Document({
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: FONTS.body, size: BODY_PT * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: twip(PAGE.width), height: twip(PAGE.height) },
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
