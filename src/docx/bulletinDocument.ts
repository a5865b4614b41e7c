import { AlignmentType, ImageRun, Paragraph, Table, TableRow, WidthType } from 'docx';
import {
  bulletinContent,
  hasGrowth,
  bulletinSubject,
  monthsText,
  type BulletinPlan,
  type Consolidation,
  type Standing,
  type SummaryLabels,
} from '../core';
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
  /** 附注 under the date: （联系人：…）, already in its words; none when empty. */
  contact?: string;
  charts?: readonly { svg: string; png: Uint8Array; width: number; height: number }[];
}

const FILLS = { ahead: 'E2EFDA', behind: 'FFF2CC', far: 'F8CBAD' };
const fillOf = (gap: number | null) =>
  gap === null ? undefined : gap >= 0 ? FILLS.ahead : gap >= -10 ? FILLS.behind : FILLS.far;

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
    borders: TABLE_BORDERS,
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
  const title = fill(labels.title, {
    year: c.year,
    months: monthsText(summary, c.month),
    title: bulletinSubject(plan.title, c.year),
  });
  const children: (Paragraph | Table)[] = [
    ...titleParagraphs(title),
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
  children.push(body('', FONTS.body, false), signature(plan.issuer), signature(labels.date));
  if (extras.contact) children.push(body(extras.contact));
  return officialDocument(children);
};
