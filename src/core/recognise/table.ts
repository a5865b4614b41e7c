import { PlanError } from '../errors';
import { readFigure } from '../figures';
import { NOT_APPLICABLE, isCountMeasure, isShareMeasure, type CellValue, type ColumnRole } from '../plan';
import { fillGrid, placeOf, type CellPlace, type FilledGrid, type GridSource } from './grid';
import {
  captionFacts,
  compact,
  headerParts,
  isControlLabel,
  isDeadlineHeader,
  isDifferenceLabel,
  isNoteLine,
  isSectionLabel,
  isSerialHeader,
  isSubtotalLabel,
  isTextHeader,
  isTotalHeader,
  isTotalLabel,
  isUnitHeader,
  measureLine,
  periodOf,
  type HeaderParts,
} from './words';

export interface RecognisedIndicator {
  name: string;
  measure: string;
  decimals: number;
  aggregate: 'sum' | 'none';
}

export interface RecognisedColumn {
  /** The column in the source (0-based) and its header as written. */
  source: number;
  header: string;
  kind: 'figure' | 'text' | 'deadline';
  /** The period as the header writes it (2017年, 2016完成), or a text column's header. */
  label: string;
  /** Index into the table's indicators. */
  indicator?: number;
  period?: string;
  role?: ColumnRole;
  decimals?: number;
}

/** What was left out and why: a 序号, a 小计, an empty column, a second 合计 … */
export interface Ignored {
  what: 'column' | 'row';
  place: CellPlace;
  label: string;
  why:
    | 'serial'
    | 'empty'
    | 'subtotal'
    | 'totalColumn'
    | 'secondTotal'
    | 'sectionFigures'
    | 'noHeader'
    | 'sumOfUnits'
    | 'difference';
}

export interface RecognisedTable {
  source: { name: string; kind: GridSource['kind'] };
  /** 1-based rows of the source the table spans, and its header rows. */
  rows: { first: number; last: number };
  header: { first: number; last: number };
  /** No year in the headers or the title: the columns were given this one. */
  assumedYear?: number;
  caption: string[];
  appendix: string;
  title: string;
  period: string;
  unitHeader: string;
  units: { name: string; section?: string; place: CellPlace }[];
  indicators: RecognisedIndicator[];
  columns: RecognisedColumn[];
  /** values[unit][column], as the plan keeps them: figures, '—', text that is no figure (validation names it). */
  values: CellValue[][];
  /** The 合计 row: its figures by column (null where none). Absent when the table has none. */
  totals?: { label: string; place: CellPlace; values: (number | null)[]; unlabeled?: boolean };
  /** Where the 合计 is not the units' sum: kept as the 下达目标, shown as the first 差额. */
  differences: { column: number; total: number; sum: number }[];
  /** Figures typed as text, read as validation reads them: 1,200 → 1200, ８０ → 80, 80亿元 → 80. */
  readings: { place: CellPlace; text: string; value: number }[];
  /** Cells of figure columns that hold no figure (kept; validation will name them). */
  texts: { place: CellPlace; text: string }[];
  ignored: Ignored[];
  notes: string[];
}

type RowKind = 'blank' | 'line' | 'wide';

const distinctTexts = (g: FilledGrid, r: number): string[] => {
  const seen: string[] = [];
  for (let c = 0; c < g.cols; c++) {
    const t = g.text(r, c);
    if (t !== '' && !seen.includes(t)) seen.push(t);
  }
  return seen;
};

const rowKind = (g: FilledGrid, r: number): RowKind => {
  const n = distinctTexts(g, r).length;
  return n === 0 ? 'blank' : n === 1 ? 'line' : 'wide';
};

const isFigure = (v: CellValue): boolean => {
  const k = readFigure(v).kind;
  return k === 'number' || k === 'disguised';
};

const figureOf = (v: CellValue): number | undefined => {
  const r = readFigure(v);
  return r.kind === 'number' || r.kind === 'disguised' ? r.value : undefined;
};

/** 2017 or 2020 alone in a header row: a year, not a figure. */
const isYearCell = (v: CellValue): boolean => {
  const n = figureOf(v);
  return n !== undefined && Number.isInteger(n) && n >= 1990 && n <= 2100 && !/[,，.]/.test(String(v));
};

/** A row of figures: a figure, not a year, to the right of the row's first cell. */
const hasData = (g: FilledGrid, r: number): boolean => {
  let first = -1;
  for (let c = 0; c < g.cols; c++) {
    if (g.text(r, c) === '') continue;
    if (first < 0) {
      first = c;
      continue;
    }
    const v = g.value(r, c);
    if (isFigure(v) && !isYearCell(v)) return true;
  }
  return false;
};

/** A block of rows in a source: captions above, the table, notes below. */
export interface Block {
  start: number;
  end: number;
}

/**
 * The tables of a source: runs of rows apart from each other by two blank rows, or by a blank row and then a
 * title line (not a 一、 section).
 */
export const blocksOf = (g: FilledGrid): Block[] => {
  const kinds = Array.from({ length: g.rows }, (_, r) => rowKind(g, r));
  const blocks: Block[] = [];
  let start = -1;
  let blanks = 0;
  for (let r = 0; r < g.rows; r++) {
    if (kinds[r] === 'blank') {
      blanks += 1;
      continue;
    }
    const first = distinctTexts(g, r)[0] ?? '';
    const breaks =
      start >= 0 &&
      blanks > 0 &&
      (blanks >= 2 || (kinds[r] === 'line' && !isSectionLabel(first) && !isNoteLine(first)));
    // A block that so far holds only lines (a title, 单位：…) runs on into the table below it.
    const onlyLines = start >= 0 && kinds.slice(start, r).every((k) => k !== 'wide');
    if (start < 0 || (breaks && !onlyLines)) {
      if (start >= 0) blocks.push({ start, end: lastNonBlank(kinds, r) });
      start = r;
    }
    blanks = 0;
  }
  if (start >= 0) blocks.push({ start, end: lastNonBlank(kinds, g.rows) });
  return blocks.filter((b) => kinds.slice(b.start, b.end + 1).some((k) => k === 'wide'));
};

const lastNonBlank = (kinds: RowKind[], before: number): number => {
  let r = before - 1;
  while (r > 0 && kinds[r] === 'blank') r -= 1;
  return r;
};

const decimalsOf = (n: number): number => {
  const s = String(Math.round(n * 1e6) / 1e6);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(4, s.length - dot - 1);
};

export interface RecogniseOptions {
  /** The unit column's header, where two columns could be it. */
  unitColumn?: string;
  /** The header rows as the planner says them (1-based rows of the source), where the recogniser misread them. */
  header?: { first: number; last: number };
  /** The year a table is of when neither its headers nor its title name one (the year the planner works in). */
  year?: number;
}

/** One table of a source recognised; what cannot be decided is a PlanError naming the source and the place. */
export const recogniseBlock = (
  source: GridSource,
  g: FilledGrid,
  block: Block,
  options: RecogniseOptions = {},
): RecognisedTable => {
  const where = { table: source.name };
  const kinds = Array.from({ length: g.rows }, (_, r) => rowKind(g, r));
  const firstWide = (() => {
    for (let r = block.start; r <= block.end; r++) if (kinds[r] === 'wide') return r;
    return block.end + 1;
  })();
  let dataStart = -1;
  for (let r = firstWide; r <= block.end && dataStart < 0; r++) if (hasData(g, r)) dataStart = r;
  // The header: from the row that names the unit column (县市区, 重点任务) down while that column stays merged
  // or empty; so a table without figures yet (a blank one, a task table) or with only its 合计 filled is read.
  let bodyStart = dataStart;
  let headerTop = firstWide;
  for (let r = firstWide; r <= (dataStart < 0 ? block.end : dataStart - 1); r++) {
    const c0 = Array.from({ length: g.cols }, (_, c) => c).find(
      (c) => kinds[r] === 'wide' && isUnitHeader(g.text(r, c)) !== undefined,
    );
    if (c0 === undefined) continue;
    let below = r + 1;
    while (below <= block.end && kinds[below] === 'wide' && [g.text(r, c0), ''].includes(g.text(below, c0)))
      below += 1;
    bodyStart = dataStart < 0 ? below : Math.min(below, dataStart);
    // Rows above it belong to the header (an indicator over its years) unless they are the title or 单位：….
    headerTop = r;
    while (headerTop > firstWide && g.text(headerTop - 1, c0) === '' && !isCaptionRow(g, headerTop - 1))
      headerTop -= 1;
    break;
  }
  // The planner's header rows, where given: the body starts below them.
  if (options.header) {
    const at = (row: number) => row - 1 - (source.origin?.row ?? 0);
    const first = at(Math.min(options.header.first, options.header.last));
    const last = at(Math.max(options.header.first, options.header.last));
    if (first < block.start || last >= block.end)
      throw new PlanError('recognise.badHeaderRows', {
        ...where,
        first: options.header.first,
        last: options.header.last,
        top: placeOf(source, block.start, 0).row,
        bottom: placeOf(source, block.end, 0).row,
      });
    headerTop = first;
    bodyStart = last + 1;
  }
  const captionLines = [
    ...(source.caption ?? []),
    ...Array.from({ length: headerTop - block.start }, (_, k) => distinctTexts(g, block.start + k).join(' ')),
  ];
  const withoutFigures = dataStart < 0;
  if (bodyStart < 0 || bodyStart > block.end) throw new PlanError('recognise.noFigures', where);
  // Line rows just above the first figures are section headings (一、县市区), not header.
  let headerEnd = bodyStart;
  if (!options.header) while (headerEnd > headerTop && kinds[headerEnd - 1] !== 'wide') headerEnd -= 1;
  const headerRows: number[] = [];
  for (let r = headerTop; r < headerEnd; r++) if (kinds[r] !== 'blank') headerRows.push(r);
  if (headerRows.length === 0) throw new PlanError('recognise.noHeader', where);
  const bodyRows: number[] = [];
  for (let r = headerEnd; r <= block.end; r++) bodyRows.push(r);

  // Each column's header: its distinct texts top to bottom (a merged indicator over its years, then the year).
  const headers: string[][] = Array.from({ length: g.cols }, (_, c) => {
    const parts: string[] = [];
    for (const r of headerRows) {
      const t = g.text(r, c);
      if (t !== '' && parts[parts.length - 1] !== t) parts.push(t);
    }
    return parts;
  });
  const headerOf = (c: number) => headers[c].join(' ');

  const bodyTexts = (c: number) =>
    bodyRows
      .map((r) => g.text(r, c))
      .filter((t) => t !== '' && !isTotalLabel(t) && !isSectionLabel(t) && !isNoteLine(t));
  const mostlyText = (c: number) => {
    const texts = bodyTexts(c);
    const words = texts.filter((t) => !isFigure(t) && readFigure(t).kind !== 'notApplicable');
    return texts.length > 0 && words.length * 2 > texts.length;
  };
  const isSerial = (c: number) => {
    if (isSerialHeader(headers[c][headers[c].length - 1] ?? '')) return true;
    const texts = bodyTexts(c);
    return headers[c].length === 0 && texts.length > 1 && texts.every((t, k) => compact(t) === String(k + 1));
  };

  // The unit column: a header that names one, whose cells are names; else the one column of names.
  const columns = Array.from({ length: g.cols }, (_, c) => c).filter((c) => !isSerial(c));
  let unitColumn: number | undefined;
  if (options.unitColumn !== undefined) {
    unitColumn = columns.find((c) => compact(headerOf(c)) === compact(options.unitColumn!));
    if (unitColumn === undefined)
      throw new PlanError('recognise.noSuchUnitColumn', {
        ...where,
        header: options.unitColumn,
        headers: columns
          .map(headerOf)
          .filter((h) => h !== '')
          .join('、'),
      });
  } else {
    const named = (strength: 'strong' | 'weak') =>
      columns.filter((c) => isUnitHeader(headers[c][0] ?? '') === strength && mostlyText(c));
    const strong = named('strong');
    const candidates =
      strong.length > 0
        ? strong
        : named('weak').length > 0
          ? named('weak')
          : columns.filter((c) => !isTextHeader(headerOf(c)) && mostlyText(c));
    if (candidates.length === 0) throw new PlanError('recognise.noUnitColumn', where);
    if (candidates.length > 1)
      throw new PlanError('recognise.twoUnitColumns', {
        ...where,
        first: headerOf(candidates[0]) || placeOf(source, headerRows[0], candidates[0]).cell,
        second: headerOf(candidates[1]) || placeOf(source, headerRows[0], candidates[1]).cell,
      });
    unitColumn = candidates[0];
  }
  const unitHeader = compact(headerOf(unitColumn)) || '单位';

  const facts = captionFacts(captionLines);
  // A measure said once for the table: a line above it, a header cell (单位：万美元), the title's parentheses.
  const tableMeasure =
    facts.measure ??
    headerRows
      .flatMap((r) => distinctTexts(g, r))
      .map(measureLine)
      .find((m) => m !== undefined) ??
    (facts.title ? headerParts(facts.title).measure : undefined);

  const ignored: Ignored[] = [];
  const out: RecognisedColumn[] = [];
  const indicators: RecognisedIndicator[] = [];
  const indicatorKey: string[] = [];
  const titleName = (facts.title ?? '')
    .replace(/[（(][^（）()]*[)）]$/, '')
    .replace(/(目标任务分解表|目标分解表|目标情况表|任务分解表|分解表|情况表|目标表|一览表|表)$/, '');
  for (let c = 0; c < g.cols; c++) {
    if (c === unitColumn) continue;
    const header = headerOf(c);
    const place = placeOf(source, headerRows[0], c);
    const values = bodyRows.map((r) => g.value(r, c)).filter((v) => v !== null && String(v).trim() !== '');
    if (isSerial(c)) {
      if (header !== '' || values.length > 0)
        ignored.push({ what: 'column', place, label: header, why: 'serial' });
      continue;
    }
    if (header === '' && values.length === 0) continue;
    if (measureLine(header) !== undefined && values.length === 0) continue;
    if (isTotalHeader(headers[c][headers[c].length - 1] ?? '')) {
      ignored.push({ what: 'column', place, label: header, why: 'totalColumn' });
      continue;
    }
    if (isTextHeader(header) || (mostlyText(c) && !headers[c].some((h) => periodOf(h)))) {
      out.push({
        source: c,
        header,
        kind: isDeadlineHeader(header) ? 'deadline' : 'text',
        label: compact(header),
      });
      continue;
    }
    if (header === '') {
      ignored.push({ what: 'column', place, label: header, why: 'noHeader' });
      continue;
    }
    if (values.length === 0 && headers[c].length === 0) {
      ignored.push({ what: 'column', place, label: header, why: 'empty' });
      continue;
    }
    // Read top to bottom: the indicator over its years, the year with its role, a measure wherever it is.
    const parts: HeaderParts[] = headers[c].map(headerParts);
    // No name anywhere: left to whoever makes the plan (a word of the planner's language).
    const name = parts.find((p) => p.name !== '')?.name || titleName;
    const measure = parts.find((p) => p.measure)?.measure ?? tableMeasure ?? '';
    const timed = [...parts].reverse().find((p) => p.period !== undefined);
    const role = [...parts].reverse().find((p) => p.role)?.role ?? 'target';
    const key = `${name}|${measure}`;
    let indicator = indicatorKey.indexOf(key);
    if (indicator < 0) {
      indicator = indicators.length;
      indicatorKey.push(key);
      indicators.push({
        name,
        measure,
        decimals: 0,
        aggregate: isShareMeasure(measure) ? 'none' : 'sum',
      });
    }
    out.push({
      source: c,
      header,
      kind: 'figure',
      // No year and one header line: the header is the indicator's; the column is just its 目标.
      label:
        timed?.label ??
        (headers[c].filter((h) => h.trim() !== '').length <= 1
          ? '目标'
          : compact(headers[c][headers[c].length - 1] ?? name)),
      indicator,
      ...(timed?.period ? { period: timed.period } : {}),
      role,
    });
  }
  if (out.length === 0 || (!withoutFigures && !out.some((c) => c.kind === 'figure')))
    throw new PlanError('recognise.noFigures', where);

  // The rows: units, 合计, sections, notes; what is left out is said.
  const units: RecognisedTable['units'] = [];
  const values: CellValue[][] = [];
  const notes: string[] = [];
  const readings: RecognisedTable['readings'] = [];
  const texts: RecognisedTable['texts'] = [];
  let totals: RecognisedTable['totals'];
  let section: string | undefined;
  let control = false;
  const figureColumns = out.filter((c) => c.kind === 'figure');
  const readRow = (r: number, keep: boolean): CellValue[] =>
    out.map((col) => {
      const v = g.value(r, col.source);
      if (col.kind !== 'figure')
        return v === null ? null : typeof v === 'number' ? String(v) : v.trim() === '' ? null : v.trim();
      const reading = readFigure(v);
      if (reading.kind === 'number') return reading.value;
      if (reading.kind === 'disguised') {
        // A document's cells are all text: only a figure in disguise (1,200, ８０, 80亿元) is said.
        const plain = source.kind !== 'sheet' && /^-?\d+(\.\d+)?$/.test(reading.text.trim());
        if (keep && !plain)
          readings.push({ place: placeOf(source, r, col.source), text: reading.text, value: reading.value });
        return reading.value;
      }
      if (reading.kind === 'notApplicable') return NOT_APPLICABLE;
      if (reading.kind === 'empty') return null;
      if (keep) texts.push({ place: placeOf(source, r, col.source), text: String(v) });
      return String(v).trim();
    });
  const lastDataRow = [...bodyRows]
    .reverse()
    .find((r) => figureColumns.some((col) => isFigure(g.value(r, col.source))));
  for (const r of bodyRows) {
    if (kinds[r] === 'blank') continue;
    const label = g.text(r, unitColumn);
    const lineText = distinctTexts(g, r)[0] ?? '';
    const data = figureColumns.some((col) => isFigure(g.value(r, col.source)));
    const first = label || lineText;
    const place = placeOf(source, r, unitColumn);
    // A 下达目标 row (a plan sheet's, another tool's) is the control total itself; the 合计 beside it only sums.
    if (isControlLabel(label) || (label === '' && isControlLabel(lineText))) {
      if (totals && !control)
        ignored.push({ what: 'row', place: totals.place, label: totals.label, why: 'sumOfUnits' });
      if (control) {
        ignored.push({ what: 'row', place, label: compact(first), why: 'secondTotal' });
        continue;
      }
      control = true;
      totals = { label: compact(first), place, values: totalFigures(readRow(r, false)) };
      continue;
    }
    if (isDifferenceLabel(label) || (label === '' && isDifferenceLabel(lineText))) {
      ignored.push({ what: 'row', place, label: compact(first), why: 'difference' });
      continue;
    }
    if (isTotalLabel(label) || (label === '' && isTotalLabel(lineText))) {
      if (control) {
        ignored.push({ what: 'row', place, label: compact(first), why: 'sumOfUnits' });
        continue;
      }
      if (totals) {
        ignored.push({ what: 'row', place, label: compact(first), why: 'secondTotal' });
        continue;
      }
      totals = { label: compact(first), place, values: totalFigures(readRow(r, false)) };
      continue;
    }
    if (isNoteLine(first) || (kinds[r] === 'line' && !data && label === '' && !isSectionLabel(lineText))) {
      notes.push(lineText.replace(/\s+/g, ' '));
      continue;
    }
    if (isSubtotalLabel(label)) {
      ignored.push({ what: 'row', place, label: compact(label), why: 'subtotal' });
      continue;
    }
    if (isSectionLabel(first) || (kinds[r] === 'line' && !data && spansBeyond(g, r, unitColumn))) {
      section = lineText.trim();
      if (data) ignored.push({ what: 'row', place, label: compact(first), why: 'sectionFigures' });
      continue;
    }
    if (label === '') {
      // A last row of figures without a label is the 合计 the extraction lost.
      if (data && r === lastDataRow && !totals) {
        totals = { label: '合计', place, values: totalFigures(readRow(r, false)), unlabeled: true };
        continue;
      }
      if (!data) {
        notes.push(lineText.replace(/\s+/g, ' '));
        continue;
      }
      throw new PlanError('recognise.unitBlank', { ...where, row: place.row, cell: place.cell });
    }
    const name = unitName(label, unitHeader);
    if (units.some((u) => u.name === name))
      throw new PlanError('recognise.duplicateUnit', {
        ...where,
        unit: name,
        row: place.row,
        cell: place.cell,
      });
    units.push({ name, ...(section === undefined ? {} : { section }), place });
    values.push(readRow(r, true));
  }
  if (units.length === 0) throw new PlanError('recognise.noUnits', where);

  // Decimals as the figures show them; counts are whole.
  out.forEach((col, j) => {
    if (col.kind !== 'figure') return;
    const ind = indicators[col.indicator!];
    const shown = values.reduce(
      (d, row) => (typeof row[j] === 'number' ? Math.max(d, decimalsOf(row[j])) : d),
      0,
    );
    col.decimals = isCountMeasure(ind.measure) ? 0 : shown;
    ind.decimals = Math.max(ind.decimals, col.decimals);
  });
  for (const col of out)
    if (col.kind === 'figure' && col.decimals === indicators[col.indicator!].decimals) delete col.decimals;

  const differences: RecognisedTable['differences'] = [];
  if (totals)
    out.forEach((col, j) => {
      const total = totals!.values[j];
      if (col.kind !== 'figure' || total === null || indicators[col.indicator!].aggregate !== 'sum') return;
      const d = col.decimals ?? indicators[col.indicator!].decimals;
      const sum = values.reduce<number>((s, row) => (typeof row[j] === 'number' ? s + row[j] : s), 0);
      const rounded =
        Math.round(sum * 10 ** Math.max(d, decimalsOf(total))) / 10 ** Math.max(d, decimalsOf(total));
      if (rounded !== total) differences.push({ column: j, total, sum: rounded });
    });

  // A table whose headers name no year takes the title's: （2017—2020年）.
  const titlePeriod = facts.title ? periodOf(facts.title) : undefined;
  if (titlePeriod && !out.some((c) => c.period !== undefined))
    for (const c of out)
      if (c.kind === 'figure') {
        c.period = titlePeriod.period;
        c.label = spanLabel(titlePeriod.period);
      }
  // Nor a title: the year the planner works in, said so (a 任务书 needs a 目标期限).
  const assumedYear =
    !out.some((c) => c.period !== undefined) && options.year !== undefined ? options.year : undefined;
  if (assumedYear !== undefined)
    for (const c of out)
      if (c.kind === 'figure') {
        c.period = String(assumedYear);
        c.label = `${assumedYear}年`;
      }
  const periods = [...new Set(out.map((c) => c.period).filter((p): p is string => p !== undefined))];
  return {
    source: { name: source.name, kind: source.kind },
    rows: { first: placeOf(source, block.start, 0).row, last: placeOf(source, block.end, 0).row },
    ...(assumedYear !== undefined ? { assumedYear } : {}),
    header: {
      first: placeOf(source, headerRows[0], 0).row,
      last: placeOf(source, headerRows[headerRows.length - 1], 0).row,
    },
    caption: captionLines.filter((l) => l.trim() !== ''),
    appendix: facts.appendix ?? '',
    title: facts.title ?? '',
    period: titlePeriod ? spanLabel(titlePeriod.period) : spanOf(periods),
    unitHeader,
    units,
    indicators,
    columns: out,
    values,
    ...(totals ? { totals } : {}),
    differences,
    readings,
    texts,
    ignored,
    notes,
  };
};

/** A row above a table that is its title or its 单位：… line, not a header: each text a title (…表, or merged from
 * the left edge) or a measure line. */
const isCaptionRow = (g: FilledGrid, r: number): boolean => {
  for (let c = 0; c < g.cols; c++) {
    const t = g.text(r, c);
    if (t === '' || measureLine(t) !== undefined || /表$/.test(compact(t))) continue;
    const m = g.mergeOf(r, c);
    // A title is merged from the table's left edge; an indicator over its years starts right of the units.
    if (m && m.left === 0 && m.right > m.left) continue;
    return false;
  }
  return true;
};

const totalFigures = (row: CellValue[]): (number | null)[] =>
  row.map((v) => (typeof v === 'number' ? v : null));

/** A heading row merged over more than the unit cell: a section (园区) of the table. */
const spansBeyond = (g: FilledGrid, r: number, unitColumn: number): boolean => {
  const m = g.mergeOf(r, unitColumn);
  if (m && m.right > m.left) return true;
  for (let c = 0; c < g.cols; c++) if (c !== unitColumn && g.text(r, c) !== '') return true;
  return false;
};

/** 芦 淞 区 → 芦淞区: a name padded with spaces to line up; a task's text keeps its own spaces but line breaks. */
const unitName = (label: string, unitHeader: string): string =>
  /任务|事项/.test(unitHeader)
    ? label
        .replace(/[\r\n]+/g, '')
        .replace(/\s+/g, ' ')
        .trim()
    : label.replace(/[\s\u00a0\u3000]+/g, '');

/** 2017-2020 → 2017—2020年; 2017 → 2017年. */
const spanLabel = (period: string): string =>
  period.includes('-') ? `${period.replace('-', '—')}年` : `${period}年`;

const spanOf = (periods: string[]): string => {
  if (periods.length === 0) return '';
  const years = periods
    .flatMap((p) => p.split('-'))
    .map(Number)
    .sort((a, b) => a - b);
  return years[0] === years[years.length - 1] ? `${years[0]}年` : `${years[0]}—${years[years.length - 1]}年`;
};

/** Every table a source holds, each recognised or refused with why. */
export const tablesOfSource = (
  source: GridSource,
  options: RecogniseOptions = {},
): { block: Block; table?: RecognisedTable; refused?: PlanError }[] => {
  const g = fillGrid(source);
  return blocksOf(g).map((block) => {
    try {
      return { block, table: recogniseBlock(source, g, block, options) };
    } catch (e) {
      if (e instanceof PlanError) return { block, refused: e };
      throw e;
    }
  });
};
