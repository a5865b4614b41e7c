import { Paragraph, Table, TableRow, WidthType } from 'docx';
import type { AssessBulletinContent } from '../core';
import {
  FONTS,
  PAGE,
  TABLE_BORDERS,
  body,
  cellOf,
  officialDocument,
  signature,
  titleParagraphs,
  twip,
} from './gbt9704';

/** 等次 fills as the 考核 sheet has them: the first grade green, then blue, yellow; the lowest red. */
const GRADE_FILLS = ['E2EFDA', 'DDEBF7', 'FFF2CC', 'FCE4D6'];
const LOWEST_FILL = 'F8CBAD';

/** The 排名 table: every unit, best first, its 完成率 per indicator, 总分 and 等次 (filled). */
const resultsTable = (content: AssessBulletinContent, grades: readonly string[]) => {
  const width = twip(PAGE.textWidth);
  const figures = content.header.length - 3;
  const rank = Math.round(width * 0.09);
  const unit = Math.round(width * 0.2);
  const grade = Math.round(width * 0.12);
  const rest = Math.floor((width - rank - unit - grade) / (figures + 1));
  const fillOf = (g: string) => {
    const k = grades.indexOf(g);
    return k < 0 ? undefined : k === grades.length - 1 ? LOWEST_FILL : GRADE_FILLS[k];
  };
  return new Table({
    width: { size: rank + unit + grade + rest * (figures + 1), type: WidthType.DXA },
    columnWidths: [rank, unit, ...Array<number>(figures + 1).fill(rest), grade],
    borders: TABLE_BORDERS,
    rows: [
      new TableRow({ tableHeader: true, children: content.header.map((h) => cellOf(h, { head: true })) }),
      ...content.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((v, c) =>
              cellOf(v, {
                number: c >= 2 && c < row.length - 1,
                fill: c === row.length - 1 ? fillOf(v) : undefined,
              }),
            ),
          }),
      ),
    ],
  });
};

export interface AssessDocumentWords {
  to: string;
  overviewHeading: string;
  resultsHeading: string;
  vetoHeading: string;
  disciplineHeading: string;
  requirementsHeading: string;
  issuer: string;
  date: string;
  requirements?: readonly string[];
  /** 附注 under the date: （联系人：…）, already in its words; none when empty. */
  contact?: string;
  /** The grades, best first, the lowest last: for the table's fills. */
  grades: readonly string[];
}

/**
 * The 考核结果通报 as the document a bureau sends out, on the same GB/T 9704 page as the monthly 通报: title,
 * 主送, 一、考核情况, 二、考核结果 (the 排名 table and the units of each 等次), 三、一票否决和约谈 with the figures behind
 * each, 四、报送纪律, 五、下步要求 where given; the issuing body and the date.
 */
export const assessDocument = async (
  content: AssessBulletinContent,
  words: AssessDocumentWords,
): Promise<Uint8Array> => {
  const children: (Paragraph | Table)[] = [
    ...titleParagraphs(content.title),
    body('', FONTS.body, false),
    body(words.to, FONTS.body, false),
    body(words.overviewHeading, FONTS.heading1),
    ...content.overview.map((line) => body(line)),
    body(words.resultsHeading, FONTS.heading1),
    resultsTable(content, words.grades),
    ...content.grades.map((line) => body(line)),
    body(words.vetoHeading, FONTS.heading1),
    ...[...content.vetoes, ...content.interviews].map((line) => body(line)),
    body(words.disciplineHeading, FONTS.heading1),
    ...content.discipline.map((line) => body(line)),
  ];
  const requirements = (words.requirements ?? []).map((p) => p.trim()).filter((p) => p !== '');
  if (requirements.length > 0)
    children.push(body(words.requirementsHeading, FONTS.heading1), ...requirements.map((p) => body(p)));
  children.push(body('', FONTS.body, false), signature(words.issuer), signature(words.date));
  if (words.contact) children.push(body(words.contact));
  return officialDocument(children);
};
