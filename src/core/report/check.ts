import { planAsIssued } from '../adjust/versions';
import { readFigure } from '../figures';
import { toScaled } from '../fixed';
import { parseA1 } from '../a1';
import { indicatorOf, isCountMeasure, type CellValue, type Plan } from '../plan';
import { printedFigure } from '../taskbook/content';
import type { SheetCells } from '../locate/locate';
import { readReportSheet, type ReadBlock, type ReportWords } from './read';
import { isReportRecord } from './recordSchema';
import { signatureState } from '../signing';
import { reportTargets, reportedDecimals, targetsHash, type ReportRecord } from './record';

export type Verdict = 'pass' | 'notes' | 'returned';

/** A finding about one returned file, located by file, sheet and cell, in a code the locale files word. */
export interface ReportIssue {
  severity: 'error' | 'warning';
  code: string;
  sheet?: string;
  cell?: string;
  params: Record<string, string | number>;
}

export interface CheckedReport {
  file: string;
  verdict: Verdict;
  issues: ReportIssue[];
  unit?: { id: string; name: string };
  year?: number;
  /** The 填报日期 the unit wrote, as text; the newer report of a unit wins. */
  reportedAt?: string;
  /** The last month with a figure: the N of 1—N月. */
  month: number;
  /** 1—N月累计完成 by plan column id. */
  figures: Record<string, number | null>;
  /** 上年同期累计 for months 1…12 (null where not typed: unknown, never 0), by plan column id. */
  lastYear?: Record<string, { value: number | null; cell: string }[]>;
  /** Each month's 累计 as read (null where none), and its cell, by plan column id. */
  series?: Record<string, { value: number | null; cell: string }[]>;
  /** The 完成情况 sheet it was read from. */
  sheet?: string;
  /** How its 累计 is meant: the year's (annual), or the period's (a workbook issued before that reading). */
  reading?: 'annual' | 'period';
  /** Set aside for another file of the same unit (newer, or the same content): shown, never counted. */
  superseded?: boolean;
  /** Accepted, but its last month is before the round's: shown as 截至N月, not counted in the city's figure. */
  late?: boolean;
  /** Its record was issued before the plan signed its 任务书: the unit is taken from the public hash only. */
  unsigned?: boolean;
}

/** What an adapter read from a file, for checking; a file it could not read at all comes with `unreadable`. */
export interface ReportInput {
  file: string;
  unreadable?: { code: string; params: Record<string, string | number> };
  record?: unknown;
  sheet?: SheetCells;
  sheetName?: string;
  /** The 任务书 page the record names, if the file still has it. */
  taskbookSheet?: SheetCells;
  reportedAt?: string;
  /** Macros, external links, embedded objects found and ignored. */
  ignored?: string[];
  /** The sheet the record names is hidden: nothing is read from it. */
  hiddenSheet?: string;
  /** The file is a 汇总 workbook (of the plan with this id), not a report. */
  summaryOf?: string;
  /** A 汇总's hidden record as stored (JSON): its earlier rounds give a later year's 以来累计. */
  summaryRecord?: string;
}

/**
 * One returned workbook, checked against the plan: whose it is, which issue it answers, whether the
 * assigned targets are as issued (the hash, the plan, the sheet), whether each 累计 is a number that
 * never falls and belongs to a month that has ended. 退回 on any error; 通过(有提示) with warnings only.
 */
export const checkReport = (
  plan: Plan,
  input: ReportInput,
  today: Date,
  /** The words of the 完成情况 sheet; several when the workbook may have been issued in another language. */
  wordsOf: ReportWords | readonly ReportWords[],
): CheckedReport => {
  const choices = Array.isArray(wordsOf) ? (wordsOf as readonly ReportWords[]) : [wordsOf as ReportWords];
  const issues: ReportIssue[] = [];
  const done = (extra: Partial<CheckedReport> = {}): CheckedReport => ({
    file: input.file,
    verdict: issues.some((i) => i.severity === 'error') ? 'returned' : issues.length ? 'notes' : 'pass',
    issues,
    month: 0,
    figures: {},
    ...extra,
  });
  const error = (code: string, params: Record<string, string | number> = {}, cell?: string, sheet?: string) =>
    issues.push({ severity: 'error', code, params, cell, sheet });
  const warn = (code: string, params: Record<string, string | number> = {}, cell?: string, sheet?: string) =>
    issues.push({ severity: 'warning', code, params, cell, sheet });

  for (const what of input.ignored ?? []) warn(`report.ignored.${what}`);
  if (input.unreadable) {
    error(input.unreadable.code, input.unreadable.params);
    return done();
  }
  if (input.record === undefined) {
    error('report.notOurs');
    return done();
  }
  if (!isReportRecord(input.record)) {
    error('report.recordDamaged');
    return done();
  }
  const record = input.record;
  const unitName = String(record.unit.name ?? '');
  if (record.planId !== plan.planId) {
    error('report.otherPlan', { title: String(record.planTitle ?? '') });
    return done();
  }
  // Whose report it is, is what the plan signed: a relabelled record, its public hash recomputed, stops here.
  const signed = signatureState(plan.signing, record);
  if (signed === 'forged') {
    error('report.signatureBad', { unit: unitName });
    return done();
  }
  if (signed === 'unknown') {
    error('report.signedNoKey');
    return done();
  }
  if (signed === 'unsigned' && plan.signing && record.planVersion >= plan.signing.since) {
    error('report.unsigned', { version: record.planVersion, since: plan.signing.since });
    return done();
  }
  if (input.hiddenSheet !== undefined) {
    error('report.sheetHidden', { sheet: input.hiddenSheet });
    return done();
  }
  // A version this plan never issued (kept since versions were kept) is no 任务书 of it.
  const kept = plan.versions ?? [];
  if (
    kept.length > 0 &&
    record.planVersion >= kept[0].version &&
    record.planVersion < plan.version &&
    !kept.some((v) => v.version === record.planVersion)
  ) {
    error('report.unknownVersion', { version: record.planVersion });
    return done();
  }
  // A workbook of a later version than this plan: the plan is the old one.
  if (record.planVersion > plan.version)
    error('report.newerVersion', { theirs: record.planVersion, ours: plan.version });
  const i = plan.units.findIndex((u) => u.id === record.unit.id);
  if (i < 0) {
    error('report.unknownUnit', { unit: unitName });
    return done();
  }
  const unit = { id: plan.units[i].id, name: plan.units[i].name };
  const reading = readingOf(record.targets);
  const base = {
    unit,
    year: record.year,
    reportedAt: input.reportedAt,
    reading,
    ...(signed === 'unsigned' ? { unsigned: true } : {}),
  };
  const fields = record.layout.fields ?? {};
  if (input.sheet) {
    const sheetName = input.sheetName ?? record.layout.sheet;
    const date = readDate(input.reportedAt);
    if (date.kind === 'text')
      warn('report.dateAsText', { text: date.text, date: date.iso }, fields.date, sheetName);
    if (date.kind === 'unreadable')
      warn('report.dateUnreadable', { text: date.text }, fields.date, sheetName);
    base.reportedAt = date.kind === 'unreadable' ? undefined : date.iso;
  }
  // The hash is over the targets as issued in the record's own version: an old but honest report matches it.
  if (
    record.targetsHash !==
    targetsHash({ ...plan, version: record.planVersion }, unit.id, record.year, record.targets)
  )
    error('report.recordAltered', { unit: unit.name });
  // Judged against the targets its own version issued (kept in the plan): a target differing from those was
  // changed in the file. A plan that kept no version's targets judges today's version against today's targets.
  const asIssued =
    planAsIssued(plan, record.planVersion, i) ?? (record.planVersion === plan.version ? plan : undefined);
  const assigned = asIssued ? reportTargets(asIssued, i, record.year, reading) : [];
  for (const t of assigned.length ? record.targets : []) {
    const then = assigned.find((a) => a.column === t.column);
    // Issued before counts were kept whole: this year's 0.25个, where the figure is now read since the start.
    if (then?.undivided && t.reading === 'annual')
      error('report.countSplit', {
        indicator: t.indicator,
        theirs: String(t.value ?? ''),
        period: then.period,
        whole: String(then.value ?? ''),
      });
    else if (
      then &&
      (then.measure !== t.measure || then.period !== t.period || then.from !== t.from || then.to !== t.to)
    )
      error('report.targetShapeDiffers', {
        indicator: t.indicator,
        theirs: `${t.period} ${t.measure}`,
        ours: `${then.period} ${then.measure}`,
      });
    else if (!then || then.value !== t.value)
      error(asIssued === plan ? 'report.targetsDiffer' : 'report.targetsDifferIssued', {
        indicator: t.indicator,
        theirs: String(t.value ?? ''),
        ours: String(then?.value ?? ''),
        version: record.planVersion,
      });
  }
  if (asIssued) compareTaskbookPage(asIssued, i, record, input.taskbookSheet, error, warn);
  // Targets changed since its version: the figures stay facts, read against today's targets, and each target
  // that changed is said (第 1 版下达 62，现为第 2 版 64；按 64 计算完成率), also before the change is re-issued.
  if (asIssued !== plan && record.planVersion <= plan.version) {
    const now = reportTargets(plan, i, record.year, reading);
    // What the plan's own version issued, where kept: a target differing from it was typed since, not issued.
    const latest = planAsIssued(plan, plan.version, i);
    const issuedNow = latest ? reportTargets(latest, i, record.year, reading) : undefined;
    for (const t of record.targets) {
      const current = now.find((a) => a.column === t.column);
      const typed =
        issuedNow !== undefined && issuedNow.find((a) => a.column === t.column)?.value !== current?.value;
      if (current && current.value !== t.value)
        warn(
          record.planVersion < plan.version && !typed
            ? 'report.targetChanged'
            : 'report.targetChangedUnissued',
          {
            indicator: t.indicator,
            theirs: record.planVersion,
            old: String(t.value ?? '—'),
            ours: plan.version,
            now: String(current.value ?? '—'),
          },
        );
    }
  }
  if (!input.sheet) {
    error('report.sheetMissing', { sheet: record.layout.sheet });
    return done(base);
  }
  const sheetName = input.sheetName ?? record.layout.sheet;
  // The sheet is read in the words it was issued in: the first language whose labels find every block.
  const readings = choices.map((w) => readReportSheet(record, input.sheet!, w));
  const { blocks, problems } =
    readings.find((r) => !r.problems.some((p) => p.code === 'report.blockMissing')) ?? readings[0];
  for (const p of problems) error(p.code, p.params, p.cell, sheetName);

  const ended = (m: number) =>
    record.year < today.getFullYear() || (record.year === today.getFullYear() && m < today.getMonth() + 1);
  const latest: Record<string, { month: number; value: number }> = {};
  const series: Record<string, { value: number | null; cell: string }[]> = {};
  // Columns with a figure that could not be read: already an error there, never “not reported” too.
  const misread = new Set<string>();
  let any = false;
  for (const block of blocks) readBlock(block);
  // 上年同期累计 is optional: empty is “not known”; what is typed is checked as the figures are.
  const lastYearSeries: Record<string, { value: number | null; cell: string }[]> = {};
  for (const block of blocks)
    lastYearSeries[block.target.column] = (block.lastYear ?? []).map(({ value, cell }) => ({
      cell,
      value: lastYearValue(value, cell, reportedDecimals(block.target)),
    }));
  function lastYearValue(value: CellValue, cell: string, decimals: number): number | null {
    const reading = readFigure(value);
    if (reading.kind === 'empty') return null;
    // Optional: a slip here is a 提示 and the figure is left unknown (no 同比), never a reason to return the report.
    if (reading.kind === 'disguised') {
      warn('report.lastYearDisguised', { text: reading.text, value: reading.value }, cell, sheetName);
      return null;
    }
    if (reading.kind !== 'number') {
      const text = reading.kind === 'excelError' || reading.kind === 'text' ? reading.text : String(value);
      warn('report.lastYearNotANumber', { text }, cell, sheetName);
      return null;
    }
    if (reading.value < 0 || toScaled(reading.value, decimals) / 10 ** decimals !== reading.value) {
      warn('report.lastYearNotANumber', { text: String(reading.value) }, cell, sheetName);
      return null;
    }
    return reading.value;
  }
  function readBlock(block: ReadBlock) {
    const t = block.target;
    const shown = readFigure(block.shownTarget);
    const shownValue = shown.kind === 'number' || shown.kind === 'disguised' ? shown.value : null;
    if (shownValue !== t.value)
      error(
        'report.targetAltered',
        { indicator: t.indicator, shown: String(block.shownTarget ?? ''), assigned: String(t.value ?? '') },
        block.targetCell,
        sheetName,
      );
    let previous: { month: number; value: number } | undefined;
    const disguised: { cell: string; text: string; value: number }[] = [];
    const months = (series[t.column] = block.months.map(({ cell }) => ({
      value: null as number | null,
      cell,
    })));
    block.months.forEach(({ value, cell }, k) => {
      const m = k + 1;
      const reading = readFigure(value);
      if (reading.kind === 'empty') return;
      any = true;
      if (reading.kind === 'disguised') {
        disguised.push({ cell, text: reading.text, value: reading.value });
        return;
      }
      if (reading.kind !== 'number') {
        misread.add(t.column);
        error(
          'report.notANumber',
          { text: reading.kind === 'excelError' || reading.kind === 'text' ? reading.text : String(value) },
          cell,
          sheetName,
        );
        return;
      }
      const v = reading.value;
      if (v < 0) error('report.negative', { value: v }, cell, sheetName);
      const decimals = reportedDecimals(t);
      if (toScaled(v, decimals) / 10 ** decimals !== v)
        error('report.tooPrecise', { value: v, decimals }, cell, sheetName);
      if (!ended(m)) error('report.monthNotEnded', { month: m, year: record.year }, cell, sheetName);
      if (previous && v < previous.value)
        error(
          'report.cumulativeDecreases',
          { month: m, value: v, previousMonth: previous.month, previous: previous.value },
          cell,
          sheetName,
        );
      previous = { month: m, value: v };
      months[k].value = v;
    });
    // A month left empty inside the run the unit reported (1月 and 3月, not 2月): said, at its cell. A run
    // may start late (a report upward states only the round's month): months before it are no gap.
    const typed = block.months.map(({ value }) => readFigure(value).kind !== 'empty');
    const gaps = block.months.filter(
      (_, k) => k > typed.indexOf(true) && k < typed.lastIndexOf(true) && !typed[k],
    );
    if (gaps.length > 0)
      warn(
        'report.monthGap',
        {
          indicator: t.indicator,
          months: gaps.map((g) => block.months.indexOf(g) + 1).join('、'),
          cells: cellRuns(gaps.map((g) => g.cell)),
        },
        gaps[0].cell,
        sheetName,
      );
    if (previous) latest[t.column] = previous;
    if (disguised.length > 0) misread.add(t.column);
    // One habit (an IME left in full-width mode) is said once for its block, not once a month.
    if (disguised.length === 1)
      error(
        'report.disguisedNumber',
        { text: disguised[0].text, value: disguised[0].value },
        disguised[0].cell,
        sheetName,
      );
    else if (disguised.length > 1)
      error(
        'report.disguisedNumbers',
        {
          indicator: t.indicator,
          count: disguised.length,
          cells: cellRuns(disguised.map((d) => d.cell)),
          readings: disguised.map((d) => `“${d.text}”→${d.value}`).join('、'),
        },
        disguised[0].cell,
        sheetName,
      );
  }
  // A figure far above its target: a slip of the measure (万元 typed into 亿元 cells) only where reading it
  // as 万元 gives a believable figure; any other high 完成率 is a note to check, never a return — small
  // targets are where 300 % happens honestly (one donation, one headquarters).
  for (const block of blocks) {
    const t = block.target;
    const l = latest[t.column];
    if (!l || !t.value || (l.value / t.value) * 100 <= IMPLAUSIBLE_RATE) continue;
    // A count against a share below one piece (one headquarters against 0.25 a year) says nothing.
    if (isCountMeasure(t.measure) && t.value < 1) continue;
    const times = l.value / t.value;
    const cell = block.months[l.month - 1]?.cell;
    const rate = Math.round(times * 1000) / 10;
    const asWan = (times / 10000) * 100;
    if (/^亿/.test(t.measure) && times > TEN_THOUSAND_SLIP && asWan <= IMPLAUSIBLE_RATE)
      error(
        'report.implausibleTenThousand',
        { value: l.value, rate, measure: t.measure, suggestion: l.value / 10000 },
        cell,
        sheetName,
      );
    else
      warn(
        'report.implausible',
        { value: l.value, rate, over: Math.round((times - 1) * 10) / 10 },
        cell,
        sheetName,
      );
  }
  // Where the unit was to type: the first month of the first target.
  if (!any && blocks.length > 0) error('report.empty', {}, blocks[0].months[0]?.cell, sheetName);
  // Someone to phone, and the date that decides between two files of one unit; an empty report is one
  // thing to say, not also its empty fields.
  const at = (cell: unknown) =>
    typeof cell === 'string' && /^[A-Z]+\d+$/.test(cell)
      ? input.sheet!.value(parseA1(cell).row, parseA1(cell).col)
      : null;
  const empty = (['person', 'phone', 'date'] as const).filter((f) => {
    const v = at(fields[f]);
    return v === null || String(v).trim() === '';
  });
  if (any && empty.length > 0)
    warn(
      'report.fieldsEmpty',
      { fields: empty.map((f) => choices[0].fields?.[f] ?? f).join('、') },
      fields[empty[0]],
      sheetName,
    );
  // The unit the record was signed for is the one counted; what the sheet or the file name says otherwise
  // is said, so a clerk who sent a neighbour's file is asked.
  const shown = at(fields.unit);
  const plain = (x: unknown) => String(x ?? '').replace(/\s+/g, '');
  if (shown !== null && plain(shown) !== '' && plain(shown) !== plain(unit.name))
    warn('report.unitShown', { shown: plain(shown), unit: unit.name }, fields.unit, sheetName);
  const named = plan.units.find(
    (u) =>
      u.id !== unit.id && u.name.length > 1 && input.file.includes(u.name) && !input.file.includes(unit.name),
  );
  if (named) warn('report.fileNamesOther', { file: input.file, other: named.name, unit: unit.name });
  const month = Math.max(0, ...Object.values(latest).map((l) => l.month));
  const figures: Record<string, number | null> = {};
  for (const t of record.targets) {
    const l = latest[t.column];
    figures[t.column] = l && l.month === month ? l.value : null;
    if (month > 0 && (!l || l.month !== month) && !misread.has(t.column)) {
      const cell = blocks.find((b) => b.target.column === t.column)?.months[month - 1]?.cell;
      warn('report.monthBlank', { indicator: t.indicator, month }, cell, sheetName);
    }
  }
  return done({
    ...base,
    month,
    figures,
    series,
    sheet: sheetName,
    ...(Object.values(lastYearSeries).some((m) => m.some((v) => v.value !== null))
      ? { lastYear: lastYearSeries }
      : {}),
  });
};

/** How a workbook's 1—N月累计 is read: against the year's target, or (issued before that) the period's. */
export const readingOf = (targets: readonly { reading?: string }[]): 'annual' | 'period' =>
  targets.length > 0 && targets.every((t) => t.reading === undefined) ? 'period' : 'annual';

/** A 填报日期 as it was typed: a date, a date written as text (2018.4.5, 2018年4月5日), or not a date. */
const readDate = (
  text: string | undefined,
):
  | { kind: 'none' | 'date'; iso?: string; text?: string }
  | { kind: 'text'; iso: string; text: string }
  | { kind: 'unreadable'; text: string; iso?: undefined } => {
  if (text === undefined || text.trim() === '') return { kind: 'none' };
  const t = text.trim();
  const m = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (!m) return { kind: 'unreadable', text: t };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return { kind: 'unreadable', text: t };
  const iso = day.toISOString().slice(0, 10);
  return t === iso ? { kind: 'date', iso } : { kind: 'text', iso, text: t };
};

type Say = (code: string, params: Record<string, string | number>, cell?: string, sheet?: string) => void;

/**
 * Every figure the 任务书 page was issued with, against the plan: a unit that changed its target there
 * (40 made 41) is returned as surely as one that changed it on the 完成情况 sheet.
 */
const compareTaskbookPage = (
  plan: Plan,
  unit: number,
  record: ReportRecord,
  sheet: SheetCells | undefined,
  error: Say,
  warn: Say,
): void => {
  const page = record.taskbook;
  if (!page || !Array.isArray(page.figures)) return;
  if (!sheet) {
    warn('report.taskbookMissing', { sheet: String(page.sheet) });
    return;
  }
  for (const f of page.figures) {
    const j = plan.columns.findIndex((c) => c.id === f.column);
    if (j < 0 || typeof f.cell !== 'string' || !/^[A-Z]+\d+$/.test(f.cell)) continue;
    const issued = printedFigure(plan, j, plan.values[unit][j]);
    const { row, col } = parseA1(f.cell);
    const value = sheet.value(row, col);
    const found = readFigure(value);
    const foundValue = found.kind === 'number' || found.kind === 'disguised' ? found.value : null;
    const issuedValue = typeof issued === 'number' ? issued : null;
    if (foundValue !== issuedValue)
      error(
        'report.taskbookAltered',
        {
          indicator: indicatorOf(plan, plan.columns[j])?.name ?? plan.columns[j].label,
          period: plan.columns[j].label,
          issued: String(issued ?? ''),
          found: String(value ?? ''),
        },
        f.cell,
        page.sheet,
      );
  }
};

/** A 完成率 above this (%) is said, to be checked. */
const IMPLAUSIBLE_RATE = 300;
/** A figure over this many times its target is no real figure: typed in 万元 if its 万元 reading is believable. */
const TEN_THOUSAND_SLIP = 100;

/** B8, B9, B10, B12 → B8:B10、B12: cells of one column in runs. */
const cellRuns = (cells: readonly string[]): string => {
  const parsed = cells.map((c) => /^([A-Z]+)(\d+)$/.exec(c)!).map((m) => ({ col: m[1], row: Number(m[2]) }));
  const runs: string[] = [];
  for (let k = 0; k < parsed.length;) {
    let e = k;
    while (
      e + 1 < parsed.length &&
      parsed[e + 1].col === parsed[k].col &&
      parsed[e + 1].row === parsed[e].row + 1
    )
      e++;
    const first = `${parsed[k].col}${parsed[k].row}`;
    runs.push(e > k ? `${first}:${parsed[e].col}${parsed[e].row}` : first);
    k = e + 1;
  }
  return runs.join('、');
};

const sameFigures = (a: CheckedReport, b: CheckedReport) =>
  a.month === b.month && JSON.stringify(a.figures) === JSON.stringify(b.figures);

/**
 * Two or more good reports of one unit. The newest 填报日期 is used and each older file says which file
 * replaced it; a file whose content repeats the one used is said once as 重复报送; files of the same newest
 * date with different figures are all set aside, and the planner is asked which one stands.
 */
export const settleDuplicates = (reports: CheckedReport[]): void => {
  const byUnit = new Map<string, CheckedReport[]>();
  for (const r of reports)
    if (r.verdict !== 'returned' && r.unit && !r.superseded)
      byUnit.set(r.unit.id, [...(byUnit.get(r.unit.id) ?? []), r]);
  const setAside = (r: CheckedReport, issue: ReportIssue) => {
    r.issues.push(issue);
    r.verdict = issue.severity === 'error' ? 'returned' : 'notes';
    r.superseded = true;
  };
  for (const group of byUnit.values()) {
    if (group.length < 2) continue;
    const newest = group.reduce((d, r) => ((r.reportedAt ?? '') > d ? (r.reportedAt ?? '') : d), '');
    // Of files with the same content, the one not named like a copy (醴陵市.xlsx before 醴陵市(1).xlsx).
    const latest = group
      .filter((r) => (r.reportedAt ?? '') === newest)
      .sort((a, b) => a.file.length - b.file.length || (a.file < b.file ? -1 : 1));
    const used = latest[0];
    const differing = latest.filter((r) => !sameFigures(r, used));
    if (differing.length > 0) {
      for (const r of latest)
        setAside(r, {
          severity: 'error',
          code: 'report.conflicting',
          params: {
            unit: r.unit!.name,
            date: newest,
            others: latest
              .filter((x) => x !== r)
              .map((x) => x.file)
              .join('、'),
          },
        });
    } else
      for (const r of latest.slice(1))
        setAside(r, { severity: 'warning', code: 'report.repeated', params: { same: used.file } });
    for (const r of group.filter((x) => !latest.includes(x)))
      setAside(r, { severity: 'warning', code: 'report.duplicate', params: { newer: used.file } });
  }
};
