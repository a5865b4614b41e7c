import { fillWords as fill } from '../words';
import { a1 } from '../a1';
import { roundTo } from '../fixed';
import { emptyLayout, type CellStyle, type SheetLayout } from '../layout/sheetLayout';
import { BODY_FILL, fitLines, lineCount } from '../layout/lineBreak';
import { isSummed, type Plan } from '../plan';
import type { CheckedReport } from './check';
import { monthDay, overdue } from './deadline';
import {
  countedSince,
  reportTargets,
  reportedDecimals,
  reportingYear,
  timeProgress,
  type ReportTarget,
} from './record';

/** A unit's standing on one target: 目标, 1—N月累计完成, 完成率, 序时进度, 差距, 位次. */
export interface Standing {
  target: number | null;
  done: number | null;
  rate: number | null;
  progress: number;
  gap: number | null;
  /** 1 for the highest 完成率 among the units with a target that reported (equal rates share one); undefined: “–”. */
  rank?: number;
  /** The month of a late unit's latest figure (截至N月), which the round's city figure leaves out. */
  asOf?: number;
  /** Where the year's target is a share of one over several years: that target (2017—2020年). */
  whole?: number | null;
  /** The total since that target's first year (2017年以来累计) and its share of that target. */
  since?: { done: number | null; rate: number | null };
  /** 上年同期累计 and 同比增长 %, only where last year's figure is known (and above 0). */
  lastYear?: number;
  growth?: number;
}

/** A standing with last year's figure for the same months, and its 同比, where that figure is known. */
export const withLastYear = (s: Standing, lastYear: number | null | undefined): Standing => {
  const { lastYear: _was, growth: _had, ...rest } = s;
  if (lastYear === null || lastYear === undefined) return rest;
  const growth =
    s.done !== null && lastYear > 0 ? roundTo(((s.done - lastYear) / lastYear) * 100, 1) : undefined;
  return growth === undefined ? { ...rest, lastYear } : { ...rest, lastYear, growth };
};

/** The city's 上年同期: the sum of the counted units' only when every one of them has it (else unknown). */
export const cityLastYear = (c: Pick<Consolidation, 'units' | 'city' | 'targets'>): Consolidation['city'] =>
  c.city.map((s, k) => {
    const counted = c.units.filter((u) => u.reported && !u.late && u.standings[k].done !== null);
    const known = counted.every((u) => u.standings[k].lastYear !== undefined);
    const sum = counted.reduce((a, u) => a + (u.standings[k].lastYear ?? 0), 0);
    return withLastYear(
      s,
      counted.length > 0 && known ? roundTo(sum, reportedDecimals(c.targets[k])) : undefined,
    );
  });

export interface Consolidation {
  year: number;
  /** 1—N月: the round's month. */
  month: number;
  targets: ReportTarget[];
  /** `late`: the unit's report stops before the round (the month it reached): 未报至本月. */
  /** `reportedAt`: the accepted report's 填报日期 (ISO); `overdue`: it is after the round's 报送日 (迟报). */
  units: {
    name: string;
    reported: boolean;
    late?: number;
    reportedAt?: string;
    overdue?: { filed: string; due: string };
    standings: Standing[];
  }[];
  city: Standing[];
  notReported: string[];
  /** 未报至本月: units whose report stops before the round, with the month it reached. */
  late: { name: string; month: number }[];
  /**
   * 迟报: units whose report of this round came after its 报送日 (the plan's 每月N日前报送), with both dates.
   * Absent from 汇总 written before it was kept: the 考核 then compares the dates itself.
   */
  overdue?: { name: string; filed: string; due: string }[];
  returned: { file: string; unit?: string }[];
  /**
   * For a target over several years: its first year, the earlier years whose 汇总 gave their figures (and up
   * to which month), and those with no 汇总 at hand (then no 以来累计 is shown).
   */
  since?: { from: number; years: { year: number; month: number }[]; missing: number[] };
  /** Where last year's figures came from: the units' own 上年同期累计, or last year's 汇总 (its file name). */
  lastYearFrom?: { summary?: string };
}

const standing = (target: number | null, done: number | null, progress: number): Standing => {
  const rate = target && done !== null ? roundTo((done / target) * 100, 1) : null;
  return { target, done, rate, progress, gap: rate === null ? null : roundTo(rate - progress, 1) };
};

/**
 * The year a round of reports is of: the one asked for, else that of the first file accepted, else that of
 * any file (every one returned: still the year they were issued for), else the plan's year for today.
 */
export const roundYear = (
  plan: Plan,
  reports: readonly CheckedReport[],
  today: Date,
  asked?: number,
): number =>
  asked !== undefined
    ? reportingYear(plan, asked, today)
    : (reports.find((r) => r.year !== undefined && r.verdict !== 'returned')?.year ??
      reports.find((r) => r.year !== undefined)?.year ??
      reportingYear(plan, undefined, today));

/**
 * The figures a 汇总 and a 通报 need, from the reports that passed (the newest per unit), for the round's
 * month (placeInRound has settled each report against it). A unit whose report stops before the round shows
 * its latest figure, marked, and stays out of the city's figure and the ranking.
 */
export const consolidate = (
  plan: Plan,
  year: number,
  reports: readonly CheckedReport[],
  round?: number,
): Consolidation => {
  const accepted = new Map<string, CheckedReport>();
  for (const r of reports)
    if (r.verdict !== 'returned' && r.unit && !r.superseded && r.year === year) {
      const had = accepted.get(r.unit.id);
      if (!had || (r.reportedAt ?? '') >= (had.reportedAt ?? '')) accepted.set(r.unit.id, r);
    }
  const month = round ?? Math.max(0, ...[...accepted.values()].map((r) => r.month));
  const reportingDay = plan.taskbook?.reporting.day;
  // A round of workbooks all issued before the annual reading is read as they were issued.
  const reading =
    accepted.size > 0 && [...accepted.values()].every((r) => r.reading === 'period') ? 'period' : 'annual';
  const targets = plan.units.length ? reportTargets(plan, 0, year, reading) : [];
  const units = plan.units.map((u, i) => {
    const report = accepted.get(u.id);
    const mine = reportTargets(plan, i, year, reading);
    const late = report && report.month > 0 && report.month < month ? report.month : undefined;
    const tardy = report && !late ? overdue(report.reportedAt, year, month, reportingDay) : undefined;
    return {
      name: u.name,
      reported: !!report,
      late,
      ...(report?.reportedAt ? { reportedAt: report.reportedAt } : {}),
      ...(tardy ? { overdue: tardy } : {}),
      standings: mine.map((t) => {
        const figure = report && (report.month === month || late) ? (report.figures[t.column] ?? null) : null;
        const before = report?.lastYear?.[t.column]?.[(late ?? month) - 1]?.value;
        const s = withLastYear(
          standing(t.value, figure, timeProgress(t, year, Math.max(late ?? month, 1))),
          figure === null ? undefined : before,
        );
        const withWhole = t.whole ? { ...s, whole: t.whole.value } : s;
        return late ? { ...withWhole, asOf: late } : withWhole;
      }),
    };
  });
  targets.forEach((_, k) => {
    const ranked = units
      .filter((u) => u.reported && !u.late && u.standings[k].target && u.standings[k].rate !== null)
      .sort((a, b) => (b.standings[k].rate ?? 0) - (a.standings[k].rate ?? 0));
    // Equal 完成率 share a 位次 (并列): 1, 2, 2, 4.
    ranked.forEach((u, r) => {
      const before = ranked[r - 1]?.standings[k];
      u.standings[k].rank = before && before.rate === u.standings[k].rate ? before.rank : r + 1;
    });
  });
  const city = targets.map((t, k) => {
    // A share (占比 %) is no sum of the units': the city's own target, and no figure of its own here.
    const column = plan.columns.find((c) => c.id === t.column);
    if (column && !isSummed(plan, column))
      return standing(plan.controlTotals[t.column] ?? null, null, timeProgress(t, year, Math.max(month, 1)));
    const target = units.reduce((s, u) => s + (u.standings[k].target ?? 0), 0);
    const done = units.reduce((s, u) => s + (u.late ? 0 : (u.standings[k].done ?? 0)), 0);
    const city = standing(
      roundTo(target, t.decimals),
      roundTo(done, reportedDecimals(t)),
      timeProgress(t, year, Math.max(month, 1)),
    );
    if (!t.whole) return city;
    const whole = units.reduce((s, u) => s + (u.standings[k].whole ?? 0), 0);
    return { ...city, whole: roundTo(whole, Math.max(t.decimals, 2)) };
  });
  return {
    year,
    month,
    targets,
    units,
    city: cityLastYear({ units, city, targets }),
    // A unit whose file was returned did report: it is named under 退回, not under 未报送 too.
    notReported: units
      .filter((u) => !u.reported && !reports.some((r) => r.verdict === 'returned' && r.unit?.name === u.name))
      .map((u) => u.name),
    late: units.flatMap((u) => (u.late ? [{ name: u.name, month: u.late }] : [])),
    overdue: units.flatMap((u) => (u.overdue ? [{ name: u.name, ...u.overdue }] : [])),
    returned: reports
      .filter((r) => r.verdict === 'returned')
      .map((r) => ({ file: r.file, unit: r.unit?.name })),
  };
};

/** The words of the 汇总 and 通报 sheets (from the locale files, by the caller). */
export interface SummaryLabels {
  /** 1—{month}月, and 1月 alone when only January is in. */
  months: string;
  firstMonth: string;
  summarySheet: string;
  bulletinSheet: string;
  title: string;
  header: string[];
  city: string;
  noRank: string;
  notReported: string;
  /**
   * The headers' words; a “|” marks where a header may break (between words: 1—3月 / 累计完成, never
   * 1—3月累 / 计完成); it is joined up when the header fits on one line.
   */
  /** Under the 汇总, where a target is the year's share of one over several years: even, or as set. */
  shareNote: string;
  shareNoteSet: string;
  /**
   * A target read since its period began (a count not split into years, a later year's target): the 累计
   * header and the sentences say since when ({from}年以来), and a note under the 汇总 says why.
   */
  sinceMonths: string;
  sinceUnit: string;
  undividedNote: string;
  sinceTargetNote: string;
  /** Two more columns for a target over several years: {from}年以来累计, 完成{whole}目标（%）. */
  sinceHeader: string[];
  /** Under the 汇总: which earlier years' 汇总 gave the 以来累计 (and to which month), or which are missing. */
  sinceNote: string;
  sinceYear: string;
  sinceMissing: string;
  /** In the 通报, after the city's line: {from}年以来累计完成…，完成{whole}目标的…%。 */
  sinceLine: string;
  /** A 同比增长（%） column where any unit's is known; in the sentences “，同比增长…%” (or 下降, 持平). */
  growthHeader: string;
  growthUp: string;
  growthDown: string;
  growthFlat: string;
  /** Under the 汇总: what 同比 is and where last year's figures came from ({source}). */
  growthNote: string;
  growthSourceTyped: string;
  growthSourceSummary: string;
  /** 未报至本月：攸县（截至2月）、…; a late unit's name in the table: 攸县（截至2月）. */
  late: string;
  lateUnit: string;
  /** 迟报：攸县（4月8日填报，报送日为4月5日）、…, and how such a date reads. */
  overdue: string;
  overdueUnit: string;
  monthDay: string;
  returned: string;
  legend: string;
  chartTitle: string;
  /** The dashed line on the 通报's chart: 序时进度 {progress}%. */
  chartProgress: string;
  /** Where indicators run on different clocks: {indicators}序时进度{progress}%. */
  chartProgressFor: string;
  cityLine: string;
  /** The city's line where it has no target (so no 完成率). */
  cityDoneOnly: string;
  unitLine: string;
  higher: string;
  lower: string;
  /** 与序时进度持平: a 差距 of 0 is neither ahead nor behind in words. */
  level: string;
  ahead: string;
  behind: string;
  /** Where units with a target are missing from the city's figure: （10个单位中2个已报送，…未计入）. */
  cityCoverage: string;
  /** The parts of {missing}: who did not report, who reported up to an earlier month, whose were returned. */
  coverageNotReported: string;
  coverageLate: string;
  coverageReturned: string;
  coverageJoin: string;
  andOthers: string;
  aheadPartial: string;
  behindPartial: string;
  none: string;
}

/** A header on one line where it fits, else broken at its marked places (each part fitted if still too wide). */
const headerText = (text: string, width: number): string => {
  const whole = text.replace(/\|/g, '');
  if (lineCount(fitLines(whole, width, { pt: HEAD.size })) === 1) return whole;
  return text
    .split('|')
    .map((part) => fitLines(part, width, { pt: HEAD.size }))
    .join('\n');
};

/** 1—3月, or 1月 when only January is in. */
export const monthsText = (labels: Pick<SummaryLabels, 'months' | 'firstMonth'>, month: number): string =>
  month <= 1 ? labels.firstMonth : fill(labels.months, { month });

const BODY = { name: '仿宋', size: 11, eastAsian: true };
const HEAD = { name: '黑体', size: 11, eastAsian: true };
const TITLE_FONT = { name: '黑体', size: 16, bold: true, eastAsian: true };
const SENTENCE_FONT = { name: '仿宋', size: 12, eastAsian: true };
/** The cells of the 汇总 and 历史 tables. */
const TABLE_STYLES: Record<'th' | 'td' | 'pct', CellStyle> = {
  th: {
    font: HEAD,
    align: { horizontal: 'center', vertical: 'middle', wrap: true },
    border: 'thin',
    fill: 'F2F2F2',
  },
  td: { font: BODY, align: { horizontal: 'center', vertical: 'middle' }, border: 'thin' },
  pct: { font: BODY, align: { horizontal: 'right', vertical: 'middle' }, border: 'thin', numFmt: '0.0' },
};
const FILLS = { ahead: 'E2EFDA', behind: 'FFF2CC', far: 'F8CBAD' };

/** 汇总: per unit and target the figures, 位次 and a fill by 差距 (ahead / behind / far behind, with a legend). */
export const summarySheet = (plan: Plan, c: Consolidation, labels: SummaryLabels): SheetLayout => {
  const layout = { ...emptyLayout(labels.summarySheet), mark: titleMark(plan, labels) };
  const base = labels.header.length - 2;
  const showSince = c.since !== undefined && c.since.missing.length === 0;
  const sinceOf = (k: number) => showSince && !!c.targets[k].whole;
  const growthOf = (k: number) => hasGrowth(c, k);
  const per = c.targets.map(
    (_, k) => base + (sinceOf(k) ? labels.sinceHeader.length : 0) + (growthOf(k) ? 1 : 0),
  );
  const lefts = per.map((_, k) => 3 + per.slice(0, k).reduce((a, b) => a + b, 0));
  const width = 2 + per.reduce((a, b) => a + b, 0);
  const styles: Record<string, CellStyle> = {
    ...TABLE_STYLES,
    title: {
      font: TITLE_FONT,
      align: { horizontal: 'center', vertical: 'middle', wrap: true },
    },
    name: { font: BODY, align: { horizontal: 'left', vertical: 'middle' }, border: 'thin' },
    num: { font: BODY, align: { horizontal: 'right', vertical: 'middle' }, border: 'thin' },
    note: { font: BODY, align: { horizontal: 'left', vertical: 'top', wrap: true } },
    ...Object.fromEntries(
      Object.entries(FILLS).map(([k, f]) => [
        `gap:${k}`,
        {
          font: BODY,
          align: { horizontal: 'right' as const, vertical: 'middle' as const },
          border: 'thin' as const,
          numFmt: '0.0',
          fill: f,
        },
      ]),
    ),
  };
  layout.styles = styles;
  const figureWidths = [10, 12, 9, 11, 16, 6];
  const sinceWidths = [14, 17];
  // 2017年以来 over 累计完成 needs a wider column than 1—3月.
  const widthsOf = (k: number) => [
    ...(countedSince(c.targets[k], c.year) === undefined
      ? figureWidths
      : [figureWidths[0], 14, ...figureWidths.slice(2)]),
    ...(sinceOf(k) ? sinceWidths : []),
    ...(growthOf(k) ? [12] : []),
  ];
  layout.columnWidths = [6, 16, ...c.targets.flatMap((_, k) => widthsOf(k))];
  const put = (row: number, col: number, value: string | number | null, style: string) =>
    layout.cells.push({ row, col, value, style });
  const across = layout.columnWidths.reduce((a, b) => a + b, 0);
  const title = fitLines(
    fill(labels.title, { title: plan.title, year: c.year, months: monthsText(labels, c.month) }),
    across,
    { pt: TITLE_FONT.size },
  );
  put(1, 1, title, 'title');
  layout.merges.push({ top: 1, left: 1, bottom: 1, right: width });
  layout.rowHeights[1] = 26 * lineCount(title) + 10;
  // Two header rows: the indicator over its six figures.
  let headerLines = 1;
  put(2, 1, labels.header[0], 'th');
  put(2, 2, labels.header[1], 'th');
  put(3, 1, null, 'th');
  put(3, 2, null, 'th');
  layout.merges.push({ top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 3, right: 2 });
  c.targets.forEach((t, k) => {
    const left = lefts[k];
    put(2, left, `${t.indicator}（${t.measure}）`, 'th');
    for (let j = 1; j < per[k]; j++) put(2, left + j, null, 'th');
    layout.merges.push({ top: 2, left, bottom: 2, right: left + per[k] - 1 });
    const words = {
      months: monthsOf(labels, c, t),
      from: c.since?.from ?? '',
      whole: t.whole?.label ?? '',
    };
    [
      ...labels.header.slice(2),
      ...(sinceOf(k) ? labels.sinceHeader : []),
      ...(growthOf(k) ? [labels.growthHeader] : []),
    ].forEach((h, j) => {
      const text = headerText(fill(h, words), widthsOf(k)[j]);
      headerLines = Math.max(headerLines, lineCount(text));
      put(3, left + j, text, 'th');
    });
  });
  layout.rowHeights[2] = 24;
  layout.rowHeights[3] = 16 * headerLines + 6;
  const gapStyle = (gap: number | null) =>
    // Level with 序时进度 (a 差距 of 0) is neither ahead nor behind: no fill, as the sentences say 持平.
    gap === null || gap === 0 ? 'pct' : gap > 0 ? 'gap:ahead' : gap >= -10 ? 'gap:behind' : 'gap:far';
  const row = (r: number, serial: number | string, name: string, standings: Standing[]) => {
    put(r, 1, serial, 'td');
    put(r, 2, name, 'name');
    standings.forEach((s, k) => {
      const left = lefts[k];
      put(r, left, s.target, 'num');
      put(r, left + 1, s.done, 'num');
      put(r, left + 2, s.rate, 'pct');
      put(r, left + 3, s.progress, 'pct');
      put(r, left + 4, s.gap, gapStyle(s.gap));
      put(r, left + 5, s.rank ?? labels.noRank, 'td');
      if (sinceOf(k)) {
        put(r, left + 6, s.since?.done ?? null, 'num');
        put(r, left + 7, s.since?.rate ?? null, 'pct');
      }
      if (growthOf(k)) put(r, left + per[k] - 1, s.growth ?? null, 'pct');
    });
    layout.rowHeights[r] = 20;
  };
  const nameOf = (u: Consolidation['units'][number]) =>
    u.late ? fill(labels.lateUnit, { unit: u.name, month: u.late }) : u.name;
  c.units.forEach((u, i) => row(4 + i, i + 1, nameOf(u), u.standings));
  const cityRow = 4 + c.units.length;
  row(
    cityRow,
    '',
    labels.city,
    c.city.map((s) => ({ ...s, rank: undefined })),
  );
  let r = cityRow + 2;
  const note = (words: string) => {
    const text = fitLines(words, across, { pt: BODY.size, fill: BODY_FILL });
    put(r, 1, text, 'note');
    layout.merges.push({ top: r, left: 1, bottom: r, right: width });
    layout.rowHeights[r] = 16 * lineCount(text) + 4;
    r++;
  };
  // 完成率 by unit, a bar per unit and a series per indicator, below the notes.
  const chartTop = r + 4;
  layout.charts = [
    {
      title: labels.chartTitle,
      categories: `B4:B${cityRow - 1}`,
      series: c.targets.map((t, k) => {
        const col = lefts[k] + 2;
        return { name: t.indicator, values: `${a1(4, col)}:${a1(cityRow - 1, col)}` };
      }),
      from: { row: chartTop, col: 1 },
      to: { row: chartTop + Math.max(16, Math.ceil(c.units.length * 0.9)), col: Math.min(width, 14) },
    },
  ];
  note(labels.legend);
  const shared = c.targets.find((t) => t.whole);
  if (shared?.whole)
    note(
      fill(c.targets.some((t) => t.whole?.set) ? labels.shareNoteSet : labels.shareNote, {
        period: shared.period,
        whole: shared.whole.label,
        years: shared.whole.years,
      }),
    );
  for (const [label, undivided] of [
    [labels.undividedNote, true],
    [labels.sinceTargetNote, false],
  ] as const) {
    const read = c.targets.filter(
      (t) => countedSince(t, c.year) !== undefined && !!t.undivided === undivided,
    );
    if (read.length)
      note(
        fill(label, {
          indicators: read.map((t) => t.indicator).join('、'),
          period: read[0].period,
          from: countedSince(read[0], c.year) ?? '',
        }),
      );
  }
  if (c.since && c.since.years.length + c.since.missing.length > 0) note(sinceNote(labels, c.since));
  if (c.targets.some((_, k) => growthOf(k))) note(growthNote(labels, c));
  note(fill(labels.notReported, { units: c.notReported.join('、') || labels.none }));
  note(lateLine(labels, c));
  note(overdueLine(labels, c));
  note(fill(labels.returned, { files: c.returned.map((x) => x.unit ?? x.file).join('、') || labels.none }));
  layout.print = {
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    centered: true,
    titleRows: { from: 2, to: 3 },
    area: `A1:${a1(Math.max(r - 1, layout.charts[0].to.row), width)}`,
  };
  return layout;
};

/** Whether any unit's (or the city's) 同比 is known on a target: only then has it a column. */
export const hasGrowth = (c: Consolidation, k: number): boolean =>
  c.city[k]?.growth !== undefined || c.units.some((u) => u.standings[k]?.growth !== undefined);

export const growthNote = (labels: SummaryLabels, c: Consolidation): string =>
  fill(labels.growthNote, {
    source:
      c.lastYearFrom?.summary !== undefined
        ? fill(labels.growthSourceSummary, { file: c.lastYearFrom.summary })
        : labels.growthSourceTyped,
  });

/** “，同比增长12.5%”, “，同比下降3.2%”, “，与上年同期持平”, or nothing where last year is not known. */
export const growthWords = (labels: SummaryLabels, s: Standing): string =>
  s.growth === undefined
    ? ''
    : s.growth > 0
      ? fill(labels.growthUp, { growth: s.growth })
      : s.growth < 0
        ? fill(labels.growthDown, { growth: Math.abs(s.growth) })
        : labels.growthFlat;

export const sinceNote = (labels: SummaryLabels, since: NonNullable<Consolidation['since']>) =>
  fill(since.missing.length > 0 ? labels.sinceMissing : labels.sinceNote, {
    from: since.from,
    years: since.years
      .map((y) => fill(labels.sinceYear, { year: y.year, months: monthsText(labels, y.month) }))
      .join('、'),
    missing: since.missing.join('、'),
  });

const lateLine = (labels: SummaryLabels, c: Consolidation) =>
  fill(labels.late, {
    units:
      c.late.map((u) => fill(labels.lateUnit, { unit: u.name, month: u.month })).join('、') || labels.none,
  });

/** 迟报 as the round's 汇总 and 通报 say it: each unit with the day it filed and the day it was due. */
export const overdueLine = (labels: SummaryLabels, c: Pick<Consolidation, 'overdue'>): string =>
  fill(labels.overdue, {
    units:
      (c.overdue ?? [])
        .map((u) =>
          fill(labels.overdueUnit, {
            unit: u.name,
            filed: monthDay(u.filed, labels),
            due: monthDay(u.due, labels),
          }),
        )
        .join('、') || labels.none,
  });

/** Units named one by one where the 全市 sentence says who is missing from it; more are counted. */
const NAMED = 3;

/** An A4 page's text width, in 11 pt characters: the 通报's one column. */
const PAGE_WIDTH = 72;

/** The 通报's words, in order: its title, per indicator the city's lines, each unit's, who is ahead and behind; who did not report. */
export interface BulletinContent {
  title: string;
  indicators: {
    indicator: string;
    measure: string;
    city: string[];
    units: string[];
    ahead: string;
    behind: string;
  }[];
  reporting: string[];
}

/** The sentences a monthly bulletin needs, generated from the figures: the 通报 sheet and the 通报 document say the same. */
export const bulletinContent = (
  plan: BulletinPlan,
  c: Consolidation,
  labels: SummaryLabels,
): BulletinContent => {
  const words = (s: Standing) =>
    fill(s.gap === 0 ? labels.level : s.gap !== null && s.gap > 0 ? labels.higher : labels.lower, {
      gap: Math.abs(s.gap ?? 0),
    });
  return {
    title: fill(labels.title, { title: plan.title, year: c.year, months: monthsText(labels, c.month) }),
    indicators: c.targets.map((t, k) => {
      const s = c.city[k];
      // The city's figure stands on the units counted in it: when some with a target are not, it says so.
      const owing = c.units.filter((u) => u.standings[k].target);
      const inCity = owing.filter((u) => u.reported && !u.late);
      const left = owing.filter((u) => !inCity.includes(u));
      // Named as the 报送情况 names them: 未报送, 未报至本月 and 退回 apart, so the counts agree.
      const returned = new Set(c.returned.map((r) => r.unit));
      const groups: [string, string[]][] = [
        [
          labels.coverageNotReported,
          left.filter((u) => !u.reported && !returned.has(u.name)).map((u) => u.name),
        ],
        [labels.coverageLate, left.filter((u) => u.reported).map((u) => u.name)],
        [labels.coverageReturned, left.filter((u) => !u.reported && returned.has(u.name)).map((u) => u.name)],
      ];
      const named = (names: string[]) =>
        names.length <= NAMED
          ? names.join('、')
          : fill(labels.andOthers, { units: names.slice(0, NAMED).join('、'), count: names.length });
      // Said where it first stands; the next indicator missing the same units does not say it again.
      const sameAsBefore =
        k > 0 &&
        c.units.every((u) => !!u.standings[k].target === !!u.standings[k - 1].target) &&
        c.city[k - 1].done !== null;
      const coverage =
        left.length === 0 || sameAsBefore
          ? ''
          : fill(labels.cityCoverage, {
              total: owing.length,
              counted: inCity.length,
              missing: groups
                .filter(([, names]) => names.length > 0)
                .map(([words, names]) => fill(words, { units: named(names) }))
                .join(labels.coverageJoin),
            });
      const city = (s.done === null ? [] : [s]).map(() =>
        fill(s.rate === null ? labels.cityDoneOnly : labels.cityLine, {
          months: monthsOf(labels, c, t),
          indicator: t.indicator,
          done: s.done ?? 0,
          measure: t.measure,
          period: t.period,
          rate: s.rate ?? 0,
          compare: words(s),
          gap: Math.abs(s.gap ?? 0),
          growth: growthWords(labels, s),
          coverage,
        }),
      );
      if (t.whole && s.since && s.since.done !== null)
        city.push(
          fill(labels.sinceLine, {
            from: c.since?.from ?? '',
            done: s.since.done,
            measure: t.measure,
            whole: t.whole.label,
            rate: s.since.rate ?? '—',
          }),
        );
      const since = countedSince(t, c.year);
      const units = c.units.flatMap((u) => {
        const mine = u.standings[k];
        if (!u.reported || u.late || mine.rate === null) return [];
        return [
          fill(labels.unitLine, {
            unit: u.name,
            since: since === undefined ? '' : fill(labels.sinceUnit, { from: since }),
            done: mine.done ?? 0,
            measure: t.measure,
            rate: mine.rate,
            compare: words(mine),
            gap: Math.abs(mine.gap ?? 0),
            growth: growthWords(labels, mine),
            rank: mine.rank ?? labels.noRank,
          }),
        ];
      });
      const counted = c.units.filter((u) => u.reported && !u.late);
      // 与序时进度持平 is said of a unit in its sentence, and listed neither as 快于 nor as 慢于.
      const ahead = counted.filter((u) => (u.standings[k].gap ?? -1) > 0).map((u) => u.name);
      const behind = counted.filter((u) => (u.standings[k].gap ?? 0) < 0).map((u) => u.name);
      return {
        indicator: t.indicator,
        measure: t.measure,
        city,
        units,
        // Lists of the reporting units only never read as the whole city's.
        ahead: fill(left.length ? labels.aheadPartial : labels.ahead, {
          units: ahead.join('、') || labels.none,
          counted: counted.length,
        }),
        behind: fill(left.length ? labels.behindPartial : labels.behind, {
          units: behind.join('、') || labels.none,
          counted: counted.length,
        }),
      };
    }),
    reporting: [
      fill(labels.notReported, { units: c.notReported.join('、') || labels.none }),
      lateLine(labels, c),
      overdueLine(labels, c),
      fill(labels.returned, { files: c.returned.map((x) => x.unit ?? x.file).join('、') || labels.none }),
    ],
  };
};

/** The part of the 汇总's title that stays from round to round: the add-in knows its own sheet by it. */
const titleMark = (plan: { title: string }, labels: SummaryLabels): string =>
  fill(labels.title, { title: plan.title, year: '\u0000', months: '' }).split('\u0000')[0];

/** 1—3月, or 2017年以来 for a target read since its period began. */
const monthsOf = (labels: SummaryLabels, c: Consolidation, t: ReportTarget): string => {
  const since = countedSince(t, c.year);
  return since === undefined ? monthsText(labels, c.month) : fill(labels.sinceMonths, { from: since });
};

/** 通报: the bulletin's sentences, a paragraph a row. */
export const bulletinSheet = (plan: BulletinPlan, c: Consolidation, labels: SummaryLabels): SheetLayout => {
  const layout = { ...emptyLayout(labels.bulletinSheet), mark: titleMark(plan, labels) };
  layout.styles = {
    title: {
      font: TITLE_FONT,
      align: { horizontal: 'center', vertical: 'middle', wrap: true },
    },
    text: {
      font: SENTENCE_FONT,
      align: { horizontal: 'left', vertical: 'top', wrap: true },
    },
  };
  // One column as wide as an A4 page's text, so every sentence wraps inside it.
  layout.columnWidths = [PAGE_WIDTH];
  let r = 1;
  const line = (words: string, style = 'text') => {
    const text =
      style === 'title'
        ? fitLines(words, PAGE_WIDTH, { pt: TITLE_FONT.size })
        : fitLines(words, PAGE_WIDTH, { pt: SENTENCE_FONT.size, fill: BODY_FILL });
    // A sentence stays one paragraph (the cell wraps it), so it pastes into a document whole; the title
    // keeps its breaks between parts. The row is as tall as the wrapped lines.
    layout.cells.push({ row: r, col: 1, value: style === 'title' ? text : words, style });
    layout.rowHeights[r] = style === 'title' ? 26 * lineCount(text) + 8 : 18 * lineCount(text) + 6;
    r++;
  };
  const content = bulletinContent(plan, c, labels);
  line(content.title, 'title');
  for (const i of content.indicators) [...i.city, ...i.units, i.ahead, i.behind].forEach((w) => line(w));
  content.reporting.forEach((w) => line(w));
  layout.print = { paper: 'A4', orientation: 'portrait', fitToWidth: true, area: `A1:A${r - 1}` };
  return layout;
};

export const SUMMARY_SCHEMA = 'fenjie.summary/1';

/** One round of collecting: when, up to which month, how many reports passed and were returned, the city's 完成率. */
export interface SummaryRound {
  at: string;
  /** The year the round is of (rounds written before it was kept are of the record's year). */
  year?: number;
  month: number;
  passed: number;
  returned: number;
  rates: (number | null)[];
  /** The city's 1—N月累计 per target column, and each reporting unit's (by name): a later year's 以来累计. */
  done?: Record<string, number | null>;
  units?: Record<string, Record<string, number | null>>;
  /** The indicator of each target column: next year's 同比 finds last year's figure by it. */
  indicators?: Record<string, string>;
  /** The round's figures as its 汇总 and 通报 showed them: any round's 通报 written again later. */
  bulletin?: Consolidation;
}

/** What a 通报 says of its plan: the title, 主送, the issuer, 下步要求 (from the 任务书's 工作要求). */
export interface BulletinPlan {
  title: string;
  issuer: string;
  units: readonly { name: string }[];
  taskbook?: { requirements: readonly string[]; reporting?: { contact?: string } };
  /** The plan's settings: who signs the 通报 and whom it goes to, when not the 下达单位 and the units. */
  bulletin?: { issuer?: string; to?: string };
}

/**
 * What a 通报's title says the round is of: the plan's title without its period (the title says the round's
 * year and months already) and with “…分解（表）” read as the 目标任务 it breaks down — 关于2018年1—3月…县市区
 * 目标任务完成情况的通报, not …目标任务分解（2017—2020年）完成情况的通报.
 */
export const bulletinSubject = (title: string, year: number): string => {
  const bare = title
    .replace(/[（(][^（）()]*年[）)]$/, '')
    .replace(new RegExp(`${year}年度?`, 'g'), '')
    .replace(/指标(任务)?分解表?$/, '指标')
    .replace(/(目标任务|目标|任务)?分解表?$/, '目标任务')
    .replace(/目标表$/, '目标任务')
    .trim();
  return bare === '' || bare === '目标任务' ? title : bare;
};

/** What a 汇总 keeps of its plan for the 通报s written from it later. */
export const bulletinPlanOf = (plan: BulletinPlan): BulletinPlan => ({
  title: plan.title,
  issuer: plan.issuer,
  units: plan.units.map((u) => ({ name: u.name })),
  taskbook: {
    requirements: [...(plan.taskbook?.requirements ?? [])],
    ...(plan.taskbook?.reporting?.contact ? { reporting: { contact: plan.taskbook.reporting.contact } } : {}),
  },
  ...(plan.bulletin ? { bulletin: { ...plan.bulletin } } : {}),
});

/** Who signs a 通报, whom it goes to and who answers questions on it: what the planner typed, else the plan's. */
export const bulletinWords = (
  plan: BulletinPlan,
  typed: { issuer?: string; to?: string; contact?: string },
): { issuer: string; to: string; contact: string } => {
  const given = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);
  return {
    issuer: given(typed.issuer) ?? given(plan.bulletin?.issuer) ?? plan.issuer,
    to: (given(typed.to) ?? given(plan.bulletin?.to) ?? plan.units.map((u) => u.name).join('、')).replace(
      /[：:]$/,
      '',
    ),
    contact: given(typed.contact) ?? given(plan.taskbook?.reporting?.contact) ?? '',
  };
};

/** What a 汇总 workbook keeps hidden: its plan, and the rounds collected so far (of every year), oldest first. */
export interface SummaryRecord {
  schema: typeof SUMMARY_SCHEMA;
  planId: string;
  /** The year of the round its 汇总 and 通报 sheets show, and its month. */
  year: number;
  month?: number;
  /** The plan as its 通报 names it, so `fenjie bulletin` needs no plan workbook. */
  plan?: BulletinPlan;
  indicators: string[];
  rounds: SummaryRound[];
  /** HMAC over the whole record with the plan's key: a 汇总 only this plan wrote gives earlier years' figures. */
  signature?: string;
}

export const roundOf = (c: Consolidation, passed: number, returned: number, at: string): SummaryRound => ({
  at,
  year: c.year,
  month: c.month,
  passed,
  returned,
  rates: c.city.map((s) => s.rate),
  done: Object.fromEntries(c.targets.map((t, k) => [t.column, c.city[k].done])),
  indicators: Object.fromEntries(c.targets.map((t) => [t.column, t.indicator])),
  bulletin: c,
  units: Object.fromEntries(
    c.units
      .filter((u) => u.reported)
      .map((u) => [u.name, Object.fromEntries(c.targets.map((t, k) => [t.column, u.standings[k].done]))]),
  ),
});

/** 历史: every round collected into this 汇总, dated, newest last. */
export const historySheet = (
  record: SummaryRecord,
  labels: { sheet: string; header: string[] },
): SheetLayout => {
  const layout = emptyLayout(labels.sheet);
  layout.styles = { ...TABLE_STYLES };
  const header = [...labels.header, ...record.indicators.map((i) => `${i}（%）`)];
  layout.columnWidths = header.map((h, k) => (k === 0 ? 20 : Math.max(10, h.length * 2)));
  header.forEach((h, k) => layout.cells.push({ row: 1, col: k + 1, value: h, style: 'th' }));
  layout.rowHeights[1] = 32;
  record.rounds.forEach((r, k) => {
    const row = k + 2;
    [r.at, r.year ?? record.year, r.month, r.passed, r.returned].forEach((v, c) =>
      layout.cells.push({ row, col: c + 1, value: v, style: 'td' }),
    );
    r.rates.forEach((v, c) => layout.cells.push({ row, col: 6 + c, value: v, style: 'pct' }));
  });
  layout.print = { paper: 'A4', orientation: 'portrait', fitToWidth: true };
  return layout;
};
