/**
 * A table a bureau already has, brought in as a plan (fenjie new --from, the pane's 从现有表格识别): a
 * workbook's sheet, a document's appendix table, text pasted from a web page, or Excel's selection. One path
 * for both front ends: bytes (or a grid, or text) in, a plan or the tables to choose among out. A 任务书 of
 * this tool is told apart and handed back as such.
 */
import {
  PLACEHOLDER_TO,
  PlanError,
  documentFacts,
  gridFromText,
  receivedRecord,
  recognisedPlan,
  recogniseSources,
  type Candidate,
  type CellPlace,
  type Choice,
  type DocumentFacts,
  type GridSource,
  type Plan,
  type RecognisedTable,
  type ReportRecord,
} from '../core';
import { readDocumentTables } from '../docx/readTables';
import { fill, messages, type Locale } from '../locales';
import { readReport } from '../xlsx/readReport';
import { kindOfFile, packageKind, readSheetGrids, unreadable } from '../xlsx/readTables';
import { sniffFile } from '../xlsx/sniff';

export type { Candidate, Choice } from '../core';

export type Recognised =
  /** A 任务书 workbook this tool wrote: made a plan of as a received 任务书 (planFromTaskbook). */
  | { kind: 'taskbook'; record: ReportRecord }
  | {
      kind: 'plan';
      plan: Plan;
      table: RecognisedTable;
      /** The table in the planner's words: 工作表“分解”, 第 2 个表格. */
      where: string;
      candidate: Candidate;
      candidates: Candidate[];
      /** What the source is: a workbook's sheets can take the plan sheet beside them (--in-place). */
      format: 'xlsx' | 'docx' | 'text' | 'grid';
    }
  /** Several tables and no choice: list them (number, where, caption, size) and ask. */
  | { kind: 'choose'; candidates: (Candidate & { where: string })[] };

export interface RecogniseRequest extends Choice {
  /** The plan's id (a UUID in both front ends). */
  planId: string;
  locale?: Locale;
}

/** A table named as the planner finds it: 工作表“分解”, 第 2 个表格, 粘贴的表格. */
export const whereOf = (kind: GridSource['kind'], name: string, locale: Locale = 'zh-CN'): string => {
  const w = messages(locale).recognise;
  return fill(kind === 'sheet' ? w.sheet : kind === 'document' ? w.table : w.text, { name });
};

/** A cell named as the planner finds it: D7 in a sheet, row 3 (and column) in a document's table. */
export const atOf = (kind: GridSource['kind'], place: CellPlace, locale: Locale = 'zh-CN'): string => {
  const w = messages(locale).recognise;
  return kind === 'sheet' ? fill(w.atCell, { ...place }) : fill(w.atCellOfTable, { ...place });
};

/** The core's refusal with the file and the table named, the way the planner finds them. */
const named = (e: unknown, file: string, sources: readonly GridSource[], locale: Locale): unknown => {
  if (!(e instanceof PlanError) || !e.code.startsWith('recognise.') || e.params.file !== undefined) return e;
  const source = sources.find((s) => s.name === e.params.table) ?? sources[0];
  const kind = source?.kind ?? 'sheet';
  const params: Record<string, string | number> = { ...e.params, file };
  if (typeof e.params.table === 'string' && source) params.where = whereOf(kind, e.params.table, locale);
  if (typeof e.params.row === 'number')
    params.at =
      kind === 'sheet' && typeof e.params.cell === 'string'
        ? fill(messages(locale).recognise.atCell, { cell: e.params.cell })
        : fill(messages(locale).recognise.atRow, { row: e.params.row });
  return new PlanError(e.code, params);
};

/** Sources recognised: the plan of the one table, or the tables to choose among. */
export const recogniseGrids = (
  sources: readonly GridSource[],
  file: string,
  request: RecogniseRequest,
  format: 'xlsx' | 'docx' | 'text' | 'grid',
  document: DocumentFacts = {},
): Exclude<Recognised, { kind: 'taskbook' }> => {
  const locale = request.locale ?? 'zh-CN';
  try {
    const r = recogniseSources(sources, request);
    if (r.kind === 'choose')
      return {
        kind: 'choose',
        candidates: r.candidates.map((c) => ({ ...c, where: whereOf(c.sourceKind, c.source, locale) })),
      };
    const where = whereOf(r.table.source.kind, r.table.source.name, locale);
    // The 来源 line: the file, and the table in it by its caption (a document's) or its sheet.
    const caption = [r.table.appendix, r.table.title].filter((s) => s !== '').join(' ');
    const table = r.table.source.kind === 'document' && caption !== '' ? caption : where;
    const unnamed = messages(locale).recognise.unnamed;
    const plan = recognisedPlan(r.table, { document: file, table, unnamed }, request.planId, document);
    return {
      kind: 'plan',
      plan,
      table: r.table,
      where,
      candidate: r.candidate,
      candidates: r.candidates,
      format,
    };
  } catch (e) {
    throw named(e, file, sources, locale);
  }
};

/**
 * A file's bytes: a 任务书 of this tool (handed back as one), else a workbook's visible sheets or a document's
 * tables recognised. An old .doc/.xls/.et/.wps, a PDF or an .ods is refused in one sentence saying what to do.
 */
export const recogniseFile = (bytes: Uint8Array, file: string, request: RecogniseRequest): Recognised => {
  const kind = sniffFile(bytes);
  // Text saved from a web page or a document: tab- or space-separated, as pasted (a comma CSV is refused).
  const plain = kind === 'text' || kind === 'csv' ? new TextDecoder('utf-8').decode(bytes) : undefined;
  if (plain !== undefined && !/\.html?$/i.test(file) && (kind === 'text' || plain.includes('\t')))
    return recogniseGrids([{ name: file, kind: 'text', cells: gridFromText(plain) }], file, request, 'text');
  if (kind !== 'zip' && kind !== 'docx') throw unreadable(file, kindOfFile(file, bytes));
  // A document or a workbook, by the main part the package names.
  const holds = packageKind(file, bytes);
  if (holds === 'docx') {
    const doc = readDocumentTables(file, bytes);
    return recogniseGrids(doc.tables, file, request, 'docx', documentFacts(doc.paragraphs));
  }
  if (holds === undefined) throw unreadable(file, /\.odt$/i.test(file) ? 'odt' : 'zip');
  const input = readReport(file, bytes);
  if (!input.unreadable && input.record !== undefined && input.summaryOf === undefined)
    return { kind: 'taskbook', record: receivedRecord(input.record, file) };
  const { grids, ours } = readSheetGrids(file, bytes);
  // A plan workbook of this tool is a plan already, not a table to bring in nor a 任务书.
  if (ours) throw new PlanError('from.notTaskbook', { file });
  return recogniseGrids(grids, file, request, 'xlsx');
};

/** Text pasted from a web page or a document (tab- or space-separated), as the pane's text box takes it. */
export const recognisePasted = (text: string, request: RecogniseRequest, name?: string) => {
  const title = name ?? messages(request.locale ?? 'zh-CN').recognise.pasted;
  return recogniseGrids([{ name: title, kind: 'text', cells: gridFromText(text) }], title, request, 'text');
};

/**
 * Excel's selection (or any sheet's cells): values as shown, merged ranges 0-based within the grid, and where
 * the grid's first cell lies in its sheet (so cells are named by their own addresses).
 */
export const recogniseSelection = (
  selection: Omit<GridSource, 'kind'>,
  request: RecogniseRequest,
  file = selection.name,
) => recogniseGrids([{ ...selection, kind: 'sheet' }], file, request, 'grid');

const figures = (table: RecognisedTable, values: readonly (number | null)[]): string =>
  table.columns
    .map((c, j) => (c.kind === 'figure' && values[j] !== null ? `${columnName(table, j)} ${values[j]}` : ''))
    .filter((s) => s !== '')
    .join('，');

const columnName = (table: RecognisedTable, j: number): string => {
  const c = table.columns[j];
  const name = c.indicator === undefined ? '' : table.indicators[c.indicator].name;
  return name === '' ? c.label : `${name} ${c.label}`;
};

/**
 * What was recognised, in the planner's words, one line each: the table, its units (by section), indicators
 * with measures and years, text columns, the 合计 (or that there is none) and where it differs from the sum,
 * figures read from text, what was left out, notes. The command line prints them; the pane may show them.
 */
export const recognitionLines = (
  found: Extract<Recognised, { kind: 'plan' }>,
  file: string,
  locale: Locale = 'zh-CN',
): string[] => {
  const w = messages(locale).recognise;
  const t = found.table;
  const kind = t.source.kind;
  // The period once: after the title, unless the title says it already (（2017—2020年）).
  const bare = (text: string) => text.replace(/[-–—~～－至]/g, '');
  const title =
    t.period === '' || bare(found.plan.title).includes(bare(t.period))
      ? found.plan.title
      : `${found.plan.title}（${t.period}）`;
  const lines = [fill(w.recognised, { file, where: found.where, title })];
  const list = (names: string[]) => names.join('、');
  lines.push(
    fill(w.units, { header: t.unitHeader, count: t.units.length, names: list(t.units.map((u) => u.name)) }),
  );
  const sections = [...new Set(t.units.map((u) => u.section).filter((s): s is string => s !== undefined))];
  for (const section of sections)
    lines.push(
      fill(w.section, {
        section,
        names: list(t.units.filter((u) => u.section === section).map((u) => u.name)),
      }),
    );
  t.indicators.forEach((ind, k) =>
    lines.push(
      fill(w.indicator, {
        name: ind.name || w.unnamed,
        measure: ind.measure || w.noMeasure,
        columns: list(t.columns.filter((c) => c.indicator === k).map((c) => c.label)),
      }),
    ),
  );
  for (const c of t.columns) if (c.kind !== 'figure') lines.push(fill(w.textColumn, { label: c.label }));
  if (t.assumedYear !== undefined) lines.push(fill(w.assumedYear, { year: t.assumedYear }));
  if (!t.totals) lines.push(w.noTotals);
  else
    lines.push(
      fill(t.totals.unlabeled ? w.unlabeledTotal : w.totals, {
        label: t.totals.label,
        figures: figures(t, t.totals.values),
      }),
    );
  for (const d of t.differences)
    lines.push(
      fill(w.difference, {
        column: columnName(t, d.column),
        label: t.totals?.label ?? '',
        total: d.total,
        sum: d.sum,
        difference: Math.round((d.sum - d.total) * 1e6) / 1e6,
      }),
    );
  for (const r of t.readings)
    lines.push(fill(w.reading, { at: atOf(kind, r.place, locale), text: r.text, value: r.value }));
  for (const x of t.texts) lines.push(fill(w.textFigure, { at: atOf(kind, x.place, locale), text: x.text }));
  const ignoredWords = {
    serial: w.ignoredSerial,
    empty: w.ignoredEmpty,
    totalColumn: w.ignoredTotalColumn,
    noHeader: w.ignoredNoHeader,
    subtotal: w.ignoredSubtotal,
    secondTotal: w.ignoredSecondTotal,
    sectionFigures: w.ignoredSectionFigures,
    sumOfUnits: w.ignoredSumOfUnits,
    difference: w.ignoredDifference,
  };
  for (const i of t.ignored)
    lines.push(fill(ignoredWords[i.why], { label: i.label, at: atOf(kind, i.place, locale) }));
  // “注：…” as the source writes it is said once: 附注：….
  for (const n of t.notes) lines.push(fill(w.note, { text: n.replace(/^\s*注\s*[：:]\s*/, '') }));
  return lines;
};

/** Several tables, one line each: number, where, caption, size. */
export const candidateLines = (
  candidates: Extract<Recognised, { kind: 'choose' }>['candidates'],
  file: string,
  locale: Locale = 'zh-CN',
): string[] => {
  const w = messages(locale).recognise;
  return [
    fill(w.candidates, { file, count: candidates.length }),
    ...candidates.map((c) => fill(w.candidate, { ...c, first: c.rows.first, last: c.rows.last, rows: '' })),
  ];
};

/**
 * The plan with the 下达单位 and title the planner gave (a sheet seldom says who issues it): the 任务书's 甲方
 * and, where it was the placeholder, whom the reports go to. What is not given stays as recognised.
 */
export const namedPlan = (plan: Plan, given: { issuer?: string; title?: string }): Plan => {
  const issuer = given.issuer?.trim();
  const title = given.title?.trim();
  const wording = plan.taskbook;
  return {
    ...plan,
    ...(title ? { title } : {}),
    ...(issuer
      ? {
          issuer,
          ...(wording
            ? {
                taskbook: {
                  ...wording,
                  issuer,
                  reporting: {
                    ...wording.reporting,
                    to:
                      wording.reporting.to &&
                      wording.reporting.to !== plan.issuer &&
                      wording.reporting.to !== PLACEHOLDER_TO
                        ? wording.reporting.to
                        : issuer,
                  },
                },
              }
            : {}),
        }
      : {}),
  };
};
