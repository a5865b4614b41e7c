/**
 * Any target table a bureau already has, recognised: a grid of cell texts and merged ranges (a sheet, Excel's
 * selection, a document's table, pasted text) → its tables → the one chosen, recognised → a plan.
 */
import { PlanError } from '../errors';
import { captionFacts, compact, dateOf } from './words';
import type { GridSource } from './grid';
import { tablesOfSource, type RecognisedTable, type RecogniseOptions } from './table';
import type { DocumentFacts } from './toPlan';

export {
  fillGrid,
  gridFromText,
  mergedRangeOf,
  placeOf,
  type CellPlace,
  type GridSource,
  type MergedRange,
} from './grid';
export { recognisedPlan, type DocumentFacts, type TableOrigin } from './toPlan';
export type { Ignored, RecognisedColumn, RecognisedIndicator, RecognisedTable } from './table';

/** A table the planner may choose: its number (1, 2, …), where it is, its caption and size. */
export interface Candidate {
  number: number;
  source: string;
  sourceKind: GridSource['kind'];
  caption: string;
  units: number;
  columns: number;
  rows: { first: number; last: number };
}

export type Recognition =
  | { kind: 'table'; table: RecognisedTable; candidate: Candidate; candidates: Candidate[] }
  /** Several tables: the planner says which (--table N, --sheet NAME, or a click in the pane). */
  | { kind: 'choose'; candidates: Candidate[] };

export interface Choice extends RecogniseOptions {
  /** 1-based, among the candidates listed. */
  table?: number;
  /** A sheet's (or a source's) name. */
  sheet?: string;
}

const candidateOf = (table: RecognisedTable, number: number): Candidate => ({
  number,
  source: table.source.name,
  sourceKind: table.source.kind,
  caption: [table.appendix, table.title].filter((s) => s !== '').join(' ') || table.unitHeader,
  units: table.units.length,
  columns: table.columns.filter((c) => c.kind === 'figure').length,
  rows: table.rows,
});

/**
 * The tables of a file's sources, and the one to make a plan of: the only one, or the one chosen. No table
 * that can be read is a PlanError saying why (of the largest table refused).
 */
export const recogniseSources = (sources: readonly GridSource[], choice: Choice = {}): Recognition => {
  const chosen =
    choice.sheet === undefined ? sources : sources.filter((s) => compact(s.name) === compact(choice.sheet!));
  if (choice.sheet !== undefined && chosen.length === 0)
    throw new PlanError('recognise.noSuchSheet', {
      sheet: choice.sheet!,
      sheets: sources.map((s) => s.name).join('、'),
    });
  const found = chosen.flatMap((s) => tablesOfSource(s, choice));
  const tables = found.flatMap((f) => (f.table ? [f.table] : []));
  const candidates = tables.map((t, k) => candidateOf(t, k + 1));
  if (choice.table !== undefined) {
    if (!Number.isInteger(choice.table) || choice.table < 1 || choice.table > tables.length)
      throw new PlanError('recognise.noSuchTable', { table: String(choice.table), count: tables.length });
    const k = choice.table - 1;
    return { kind: 'table', table: tables[k], candidate: candidates[k], candidates };
  }
  if (tables.length === 1) return { kind: 'table', table: tables[0], candidate: candidates[0], candidates };
  if (tables.length > 1) return { kind: 'choose', candidates };
  const refused = found
    .filter((f) => f.refused)
    .sort((a, b) => b.block.end - b.block.start - (a.block.end - a.block.start))[0]?.refused;
  throw refused ?? new PlanError('recognise.noTable', {});
};

/** A document's own title, issuer and date, from its paragraphs: the first heading, the signature block. */
export const documentFacts = (paragraphs: readonly string[]): DocumentFacts => {
  const lines = paragraphs.map((p) => p.trim()).filter((p) => p !== '');
  const facts: DocumentFacts = {};
  const at = lines.findIndex((l) => dateOf(l) !== undefined);
  if (at >= 0) {
    facts.date = dateOf(lines[at]);
    const before = lines[at - 1];
    if (
      before &&
      before.length <= 40 &&
      /(政府|办公室|委员会|局|厅|委|办|部|院|会|中心|公司)$/.test(compact(before))
    )
      facts.issuer = before.replace(/\s{2,}/g, ' ');
  }
  const title = lines.find(
    (l) =>
      l.length <= 80 &&
      /(通知|方案|计划|意见|办法|导则|决定|要点|规划)$/.test(compact(l).replace(/[》」』”"]$/, '')),
  );
  if (title !== undefined) facts.title = compact(title);
  return facts;
};

export { captionFacts };
