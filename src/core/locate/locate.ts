import { a1 } from '../a1';
import { PlanError } from '../errors';
import { indicatorHeader } from '../layout/planSheet';
import type { Issue } from '../validate/types';
import { indicatorOf, type CellValue, type Plan, type PlanPlacement } from '../plan';

/** A sheet as a host holds it now: what the planner sees, 1-based, within its used rows and columns. */
export interface SheetCells {
  rowCount: number;
  columnCount: number;
  value(row: number, col: number): CellValue;
}

/** Something on the sheet that no longer says what the plan expects, with where it is. */
export interface LocateProblem {
  code:
    | 'locate.tableNotFound'
    | 'locate.headerNotFound'
    | 'locate.unknownRow'
    | 'locate.unitMissing'
    | 'locate.unitTwice'
    | 'locate.unitOutside'
    | 'locate.columnMissing'
    | 'locate.summaryMissing';
  params: Record<string, string | number>;
  row?: number;
  col?: number;
}

export interface Location {
  /** Where the table is now; the stored placement where nothing could be found. */
  placement: PlanPlacement;
  problems: LocateProblem[];
  /** Whether anything sits elsewhere than the stored placement says. */
  moved: boolean;
  /** Rows inside the table whose name is not a unit of the plan: units the planner may mean to add. */
  newRows: { row: number; name: string }[];
}

/** Text as compared: no spaces or line breaks (a header may wrap before its measure). */
const norm = (v: CellValue): string =>
  typeof v === 'string' ? v.replace(/\s+/g, '') : typeof v === 'number' ? String(v) : '';

const HEADER_SEARCH = 8;

/**
 * Finds the plan's table on its sheet by what the sheet says: unit names in the unit column, the
 * column labels under their indicators, the 合计 / 下达目标 / 差额 labels. Stored row and column numbers
 * only break ties. Units that moved (rows inserted above, sorted, a column inserted before) are
 * followed; what cannot be matched is listed, with the sheet, row and name.
 */
export const locateTable = (plan: Plan, sheet: SheetCells): Location => {
  const stored = plan.placement!;
  const problems: LocateProblem[] = [];
  const at = { sheet: stored.sheet };
  const fail = (
    code: LocateProblem['code'],
    params: Record<string, string | number> = {},
    row?: number,
    col?: number,
  ) => problems.push({ code, params: { ...at, ...params }, row, col });
  const result = (placement: PlanPlacement, newRows: Location['newRows'] = []): Location => ({
    placement,
    problems,
    newRows,
    moved: JSON.stringify(placement) !== JSON.stringify(stored),
  });
  if (plan.units.length === 0) return result(stored);

  const unitOf = new Map<string, number>();
  plan.units.forEach((u, i) => {
    if (!unitOf.has(norm(u.name))) unitOf.set(norm(u.name), i);
  });

  // The unit column: where the plan's unit names are; the stored one breaks a tie.
  let unitCol = 0;
  let best = 0;
  for (let c = 1; c <= sheet.columnCount; c++) {
    let hits = 0;
    for (let r = 1; r <= sheet.rowCount; r++) if (unitOf.has(norm(sheet.value(r, c)))) hits++;
    if (
      hits > best ||
      (hits === best && hits > 0 && Math.abs(c - stored.unitColumn) < Math.abs(unitCol - stored.unitColumn))
    ) {
      best = hits;
      unitCol = c;
    }
  }
  if (best === 0) {
    fail('locate.tableNotFound');
    return result(stored);
  }
  const hitRows: number[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) if (unitOf.has(norm(sheet.value(r, unitCol)))) hitRows.push(r);
  const first = hitRows[0];

  // The summary rows, by their words in the serial or the unit column, below the first unit.
  const labelIn = (r: number) => [
    norm(sheet.value(r, unitCol - 1 || unitCol)),
    norm(sheet.value(r, unitCol)),
  ];
  const findLabel = (words: (string | undefined)[], from: number): number | undefined => {
    const wanted = new Set(words.filter((w): w is string => !!w).map(norm));
    for (let r = from; r <= sheet.rowCount; r++) if (labelIn(r).some((t) => wanted.has(t))) return r;
    return undefined;
  };
  const labels = stored.labels ?? {};
  const totalRow =
    stored.totalRow === undefined ? undefined : findLabel([labels.total, plan.totalLabel], first);
  // Metadata written before the labels were stored: the rows below 合计 keep their distance to it.
  const below = (label: string | undefined, want: number | undefined, from: number | undefined) =>
    want === undefined
      ? undefined
      : label !== undefined
        ? findLabel([label], from ?? first)
        : totalRow !== undefined && stored.totalRow !== undefined
          ? totalRow + (want - stored.totalRow)
          : undefined;
  const controlRow = below(labels.control, stored.controlRow, totalRow);
  const differenceRow = below(labels.difference, stored.differenceRow, controlRow ?? totalRow);
  for (const [row, want, label] of [
    [totalRow, stored.totalRow, labels.total ?? plan.totalLabel],
    [controlRow, stored.controlRow, labels.control ?? ''],
    [differenceRow, stored.differenceRow, labels.difference ?? ''],
  ] as const)
    if (want !== undefined && row === undefined) fail('locate.summaryMissing', { label });

  // The header rows: the row above the units where the most column labels stand.
  const single = plan.columns.map((c) => indicatorOf(plan, c) === undefined);
  const topText = (row: number, c: number): string => {
    // A header merged over several years holds its text in its first cell only (in Excel).
    for (let k = c; k > unitCol; k--) {
      const t = norm(sheet.value(row, k));
      if (t !== '') return t;
    }
    return '';
  };
  const candidatesIn = (bottom: number, j: number): number[] => {
    const column = plan.columns[j];
    const label = norm(column.label);
    const header = norm(indicatorHeader(plan, column));
    const found: number[] = [];
    for (let c = unitCol + 1; c <= sheet.columnCount; c++) {
      if (single[j]) {
        if (norm(sheet.value(bottom - 1, c)) === label || norm(sheet.value(bottom, c)) === label)
          found.push(c);
      } else if (norm(sheet.value(bottom, c)) === label && (bottom < 2 || topText(bottom - 1, c) === header))
        found.push(c);
    }
    return found;
  };
  let headerBottom = first - 1;
  let headerScore = 0;
  for (let r = first - 1; r >= Math.max(1, first - HEADER_SEARCH); r--) {
    const score = plan.columns.filter((_, j) => candidatesIn(r, j).length > 0).length;
    if (score > headerScore) {
      headerScore = score;
      headerBottom = r;
    }
  }
  if (headerScore === 0 && plan.columns.length > 0) {
    fail('locate.headerNotFound', {}, first);
    return result(stored);
  }

  const columns = plan.columns.map((column, j) => {
    const found = candidatesIn(headerBottom, j);
    if (found.length === 1) return found[0];
    const offset = unitCol + (stored.columns[j] - stored.unitColumn);
    if (found.includes(offset)) return offset;
    fail(
      'locate.columnMissing',
      { column: single[j] ? column.label : `${indicatorOf(plan, column)?.name ?? ''} ${column.label}` },
      headerBottom,
    );
    return offset;
  });

  // The body: every row between the header and the 合计 is a unit, a section heading, or empty.
  const bodyStart = headerBottom + 1;
  const bodyEnd = totalRow !== undefined ? totalRow - 1 : hitRows[hitRows.length - 1];
  const sections = new Set(
    plan.units
      .map((u) => u.section)
      .filter((s): s is string => !!s)
      .map(norm),
  );
  const rowsOf: number[][] = plan.units.map(() => []);
  const newRows: Location['newRows'] = [];
  for (let r = bodyStart; r <= bodyEnd; r++) {
    const name = sheet.value(r, unitCol);
    const i = unitOf.get(norm(name));
    if (i !== undefined) {
      rowsOf[i].push(r);
      continue;
    }
    if (sections.has(norm(name)) || sections.has(norm(sheet.value(r, unitCol - 1 || unitCol)))) continue;
    const empty = norm(name) === '' && columns.every((c) => norm(sheet.value(r, c)) === '');
    if (empty) continue;
    newRows.push({ row: r, name: typeof name === 'string' ? name.trim() : norm(name) });
    fail(
      'locate.unknownRow',
      norm(name) === '' ? { row: r, name: '', kind: 'nameless' } : { row: r, name: String(name).trim() },
      r,
      unitCol,
    );
  }
  for (const r of hitRows)
    if (r < bodyStart || r > bodyEnd)
      fail('locate.unitOutside', { row: r, unit: String(sheet.value(r, unitCol)).trim() }, r, unitCol);
  plan.units.forEach((u, i) => {
    if (rowsOf[i].length === 0 && !hitRows.some((r) => unitOf.get(norm(sheet.value(r, unitCol))) === i))
      fail('locate.unitMissing', { unit: u.name });
    if (rowsOf[i].length > 1)
      fail('locate.unitTwice', { unit: u.name, rows: rowsOf[i].join('、') }, rowsOf[i][1], unitCol);
  });

  return result(
    {
      ...stored,
      unitRows: plan.units.map((_, i) => rowsOf[i][0] ?? stored.unitRows[i]),
      unitColumn: unitCol,
      columns,
      ...(totalRow !== undefined ? { totalRow } : {}),
      ...(controlRow !== undefined ? { controlRow } : {}),
      ...(differenceRow !== undefined ? { differenceRow } : {}),
    },
    newRows,
  );
};

/** A mismatch as the refusal a writer gives: the first problem, naming sheet, row and unit. */
export const locateError = (problems: readonly LocateProblem[]): PlanError =>
  new PlanError(problems[0].code, { ...problems[0].params, more: problems.length - 1 });

/** A mismatch as an error issue, for the pane and `fenjie validate`: where it is and what to do. */
export const mismatchIssue = (problem: LocateProblem): Issue => ({
  severity: 'error',
  code: problem.code,
  sheet: String(problem.params.sheet),
  cell: problem.row !== undefined ? a1(problem.row, problem.col ?? 1) : undefined,
  unitName: typeof problem.params.unit === 'string' ? problem.params.unit : undefined,
  params: problem.params,
});

/**
 * A unit renamed in its own row reads as two problems whose fixes each need the other first: its old name
 * missing, a new name not in the plan. Where a new name stands in the row the missing unit held, they are
 * one issue: 改名.
 */
export const mismatchIssues = (plan: Plan, problems: readonly LocateProblem[]): Issue[] => {
  const missing = problems.filter((p) => p.code === 'locate.unitMissing');
  const fresh = problems.filter((p) => p.code === 'locate.unknownRow' && p.params.name !== '');
  const paired = new Map<LocateProblem, LocateProblem>();
  for (const gone of missing) {
    const i = plan.units.findIndex((u) => u.name === gone.params.unit);
    const row = plan.placement?.unitRows[i];
    // Only in the very row: a row typed elsewhere while another unit went missing is two things, and 改名
    // there would hand one unit's history to another.
    const standing = fresh.find((p) => p.row === row && ![...paired.values()].includes(p));
    if (standing) paired.set(gone, standing);
  }
  const taken = new Set(paired.values());
  return problems.flatMap((p): Issue[] => {
    if (taken.has(p)) return [];
    const renamedTo = paired.get(p);
    if (!renamedTo) return [mismatchIssue(p)];
    return [
      {
        severity: 'error',
        code: 'locate.renamed',
        sheet: String(p.params.sheet),
        cell: renamedTo.row !== undefined ? a1(renamedTo.row, renamedTo.col ?? 1) : undefined,
        unitName: String(p.params.unit),
        params: { ...renamedTo.params, unit: String(p.params.unit) },
      },
    ];
  });
};
