import { readFigure } from '../figures';
import { toScaled } from '../fixed';
import type { Plan } from '../plan';
import type { SheetCells } from '../locate/locate';
import { readReportSheet, type ReadBlock, type ReportWords } from './read';
import { REPORT_SCHEMA, reportTargets, targetsHash, type ReportRecord } from './record';

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
}

/** What an adapter read from a file, for checking; a file it could not read at all comes with `unreadable`. */
export interface ReportInput {
  file: string;
  unreadable?: { code: string; params: Record<string, string | number> };
  record?: unknown;
  sheet?: SheetCells;
  sheetName?: string;
  reportedAt?: string;
  /** Macros, external links, embedded objects found and ignored. */
  ignored?: string[];
}

const isRecord = (x: unknown): x is ReportRecord => {
  const r = x as ReportRecord;
  return (
    !!r &&
    r.schema === REPORT_SCHEMA &&
    typeof r.planId === 'string' &&
    typeof r.planVersion === 'number' &&
    typeof r.year === 'number' &&
    typeof r.targetsHash === 'string' &&
    !!r.unit &&
    typeof r.unit.id === 'string' &&
    Array.isArray(r.targets) &&
    r.targets.every((t) => t && typeof t.column === 'string' && typeof t.indicator === 'string') &&
    !!r.layout &&
    typeof r.layout.sheet === 'string'
  );
};

/**
 * One returned workbook, checked against the plan: whose it is, which issue it answers, whether the
 * assigned targets are as issued (the hash, the plan, the sheet), whether each 累计 is a number that
 * never falls and belongs to a month that has ended. 退回 on any error; 通过(有提示) with warnings only.
 */
export const checkReport = (
  plan: Plan,
  input: ReportInput,
  today: Date,
  words: ReportWords,
): CheckedReport => {
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
  if (!isRecord(input.record)) {
    error('report.recordDamaged');
    return done();
  }
  const record = input.record;
  const unitName = String(record.unit.name ?? '');
  if (record.planId !== plan.planId) {
    error('report.otherPlan', { title: String(record.planTitle ?? '') });
    return done();
  }
  if (record.planVersion !== plan.version)
    error('report.otherVersion', { theirs: record.planVersion, ours: plan.version });
  const i = plan.units.findIndex((u) => u.id === record.unit.id);
  if (i < 0) {
    error('report.unknownUnit', { unit: unitName });
    return done();
  }
  const unit = { id: plan.units[i].id, name: plan.units[i].name };
  const base = { unit, year: record.year, reportedAt: input.reportedAt };
  // The hash is over the targets as issued in the record's own version: an old but honest report matches it.
  if (
    record.targetsHash !==
    targetsHash({ ...plan, version: record.planVersion }, unit.id, record.year, record.targets)
  )
    error('report.recordAltered', { unit: unit.name });
  const assigned = record.planVersion === plan.version ? reportTargets(plan, i, record.year) : [];
  for (const t of assigned.length ? record.targets : []) {
    const now = assigned.find((a) => a.column === t.column);
    if (!now || now.value !== t.value)
      error('report.targetsDiffer', {
        indicator: t.indicator,
        theirs: String(t.value ?? ''),
        ours: String(now?.value ?? ''),
      });
  }
  if (!input.sheet) {
    error('report.sheetMissing', { sheet: record.layout.sheet });
    return done(base);
  }
  const sheetName = input.sheetName ?? record.layout.sheet;
  const { blocks, problems } = readReportSheet(record, input.sheet, words);
  for (const p of problems) error(p.code, p.params, p.cell, sheetName);

  const ended = (m: number) =>
    record.year < today.getFullYear() || (record.year === today.getFullYear() && m < today.getMonth() + 1);
  const latest: Record<string, { month: number; value: number }> = {};
  let any = false;
  for (const block of blocks) readBlock(block);
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
    block.months.forEach(({ value, cell }, k) => {
      const m = k + 1;
      const reading = readFigure(value);
      if (reading.kind === 'empty') return;
      any = true;
      if (reading.kind === 'disguised') {
        error('report.disguisedNumber', { text: reading.text, value: reading.value }, cell, sheetName);
        return;
      }
      if (reading.kind !== 'number') {
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
      if (toScaled(v, t.decimals) / 10 ** t.decimals !== v)
        error('report.tooPrecise', { value: v, decimals: t.decimals }, cell, sheetName);
      if (!ended(m)) error('report.monthNotEnded', { month: m, year: record.year }, cell, sheetName);
      if (previous && v < previous.value)
        error(
          'report.cumulativeDecreases',
          { month: m, value: v, previousMonth: previous.month, previous: previous.value },
          cell,
          sheetName,
        );
      previous = { month: m, value: v };
    });
    if (previous) latest[t.column] = previous;
  }
  // Where the unit was to type: the first month of the first target.
  if (!any && blocks.length > 0) error('report.empty', {}, blocks[0].months[0]?.cell, sheetName);
  const month = Math.max(0, ...Object.values(latest).map((l) => l.month));
  const figures: Record<string, number | null> = {};
  for (const t of record.targets) {
    const l = latest[t.column];
    figures[t.column] = l && l.month === month ? l.value : null;
    if (month > 0 && (!l || l.month !== month)) {
      const cell = blocks.find((b) => b.target.column === t.column)?.months[month - 1]?.cell;
      warn('report.monthBlank', { indicator: t.indicator, month }, cell, sheetName);
    }
  }
  return done({ ...base, month, figures });
};

/** Two good reports of one unit: the newer 填报日期 is used, and the other says so. */
export const settleDuplicates = (reports: CheckedReport[]): void => {
  for (const r of reports) {
    if (r.verdict === 'returned' || !r.unit) continue;
    const newer = reports.find(
      (x) =>
        x !== r &&
        x.verdict !== 'returned' &&
        x.unit?.id === r.unit!.id &&
        (x.reportedAt ?? '') > (r.reportedAt ?? ''),
    );
    if (newer) {
      r.issues.push({ severity: 'warning', code: 'report.duplicate', params: { newer: newer.file } });
      r.verdict = 'notes';
      r.unit = undefined;
    }
  }
};
