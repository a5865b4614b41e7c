import { type Column, type Indicator, type Plan } from '../plan';
import { genericWording } from '../templates/custom';
import { draftToPlan, kindOfDivision, unitsFrom } from '../templates/template';
import { checkUnitName } from '../unitName';
import type { RecognisedTable } from './table';

/** What the document a table came from says of itself: its title, who issued it, when. */
export interface DocumentFacts {
  title?: string;
  issuer?: string;
  date?: string;
}

/** Where the plan's 来源 line says the table came from, in the planner's words (the caller's locale). */
export interface TableOrigin {
  /** The file: 2018年分解表.xlsx. */
  document: string;
  /** The table in it: 工作表“分解”, or 附件2 株洲市……目标表. */
  table: string;
  /** The name of an indicator its table does not name (a header of years only, no title): 目标任务. */
  unnamed?: string;
}

const columnId = (taken: Set<string>, base: string): string => {
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}_${k}`;
  taken.add(id);
  return id;
};

/**
 * A recognised table as a plan like any template's: its units, indicators, figures, and its 合计 as the
 * 下达目标 of each summed target (kept as written, even where the units do not add up to it).
 */
export const recognisedPlan = (
  table: RecognisedTable,
  origin: TableOrigin,
  planId: string,
  document: DocumentFacts = {},
): Plan => {
  const task = /任务|事项/.test(table.unitHeader);
  const names = table.units.map((u) => u.name);
  names.forEach((n) => checkUnitName(n, { task }));
  const units = unitsFrom(names, task ? () => 'task' : kindOfDivision).map((u, k) =>
    table.units[k].section === undefined ? u : { ...u, section: table.units[k].section },
  );
  const indicators: Indicator[] = table.indicators.map((i, k) => ({
    id: `i${k + 1}`,
    ...i,
    name: i.name || origin.unnamed || '',
  }));
  const taken = new Set<string>();
  const columns: Column[] = table.columns.map((c, k) => {
    if (c.kind !== 'figure') return { id: columnId(taken, `t${k + 1}`), kind: c.kind, label: c.label };
    const indicator = indicators[c.indicator!].id;
    return {
      id: columnId(taken, `${indicator}_${c.period ?? k + 1}${c.role === 'target' ? '' : `_${c.role}`}`),
      kind: 'figure',
      label: c.label,
      indicator,
      ...(c.period === undefined ? {} : { period: c.period }),
      role: c.role,
      ...(c.decimals === undefined ? {} : { decimals: c.decimals }),
    };
  });
  const controlTotals: Record<string, number> = {};
  if (table.totals)
    columns.forEach((c, j) => {
      const v = table.totals!.values[j];
      const summed = c.kind === 'figure' && indicators.find((i) => i.id === c.indicator)?.aggregate === 'sum';
      if (summed && c.role === 'target' && v !== null) controlTotals[c.id] = v;
    });
  const issuer = document.issuer ?? '';
  // Text pasted has no file name to go by: the plan is named for what it breaks down.
  const named = `${indicators
    .slice(0, 2)
    .map((i) => i.name)
    .join('、')}${indicators.length > 2 ? '等' : ''}目标分解`;
  const title =
    table.title ||
    document.title ||
    (table.source.kind === 'text' && table.indicators.every((i) => i.name !== '')
      ? named
      : origin.document.replace(/\.[^.]+$/, ''));
  return draftToPlan(
    {
      template: 'custom',
      title,
      issuer,
      period: table.period,
      source: {
        document: document.title ? `${document.title}（${origin.document}）` : origin.document,
        appendix: origin.table,
        date: document.date ?? '',
        ...(document.issuer ? { issuer: document.issuer } : {}),
      },
      unitHeader: table.unitHeader,
      totalLabel: table.totals?.label ?? '合计',
      units,
      indicators,
      columns,
      values: table.values,
      controlTotals,
      notes: table.notes,
      taskbook: genericWording(issuer),
    },
    planId,
  );
};
