import { figureValue, isSummed, type Plan, type SpreadMethod, type SpreadRequest } from '../../core';

export type MethodKind = SpreadMethod['kind'];

/** What the planner has chosen in the 分解 form, as typed. */
export interface SpreadForm {
  column: string;
  total: string;
  method: MethodKind;
  locks: string[];
  weights: Record<string, string>;
  reference: string;
  rate: string;
}

/** The columns a total can be spread over: summed figures, targets first. */
export const spreadableColumns = (plan: Plan) =>
  plan.columns
    .filter((c) => isSummed(plan, c))
    .sort((a, b) => Number(b.role === 'target') - Number(a.role === 'target'))
    .map((c) => ({
      id: c.id,
      label: `${plan.indicators.find((i) => i.id === c.indicator)?.name ?? ''} · ${c.label}`,
    }));

export const initialForm = (plan: Plan | undefined): SpreadForm => {
  const first = plan ? spreadableColumns(plan)[0] : undefined;
  const total = first && plan ? plan.controlTotals[first.id] : undefined;
  return {
    column: first?.id ?? '',
    total: total === undefined ? '' : String(total),
    method: 'proportional',
    locks: plan ? plan.locks.filter((l) => l.column === first?.id).map((l) => l.unit) : [],
    weights: {},
    reference: '',
    rate: '',
  };
};

/** A number as the planner types it: 600, ６００, 1,234.5, 600亿元; undefined when empty, NaN when not a number. */
const parseNumber = (text: string): number | undefined =>
  text.trim() === '' ? undefined : (figureValue(text) ?? NaN);

/** The core's request from the form: numbers parsed (全角 too), the method's own settings picked. */
export const toSpreadRequest = (plan: Plan, form: SpreadForm): SpreadRequest => {
  const total = parseNumber(form.total);
  const method = ((): SpreadMethod => {
    switch (form.method) {
      case 'weights':
        return {
          kind: 'weights',
          // A blank weight is left out, so the core names the units still without one.
          weights: Object.fromEntries(
            plan.units.flatMap((u) => {
              const w = parseNumber(form.weights[u.id] ?? '');
              return w === undefined ? [] : [[u.id, w]];
            }),
          ),
        };
      case 'reference':
        return { kind: 'reference', column: form.reference };
      case 'growth': {
        const target = plan.columns.find((c) => c.id === form.column);
        const base = plan.columns.find((c) => c.id === form.reference);
        const rule = plan.indicators.find((i) => i.id === target?.indicator)?.rule?.growth;
        const rate = parseNumber(form.rate);
        const years = Number(target?.period) - Number(base?.period);
        return {
          kind: 'growth',
          from: form.reference,
          rate: rate === undefined ? (rule?.rate ?? 0) : rate / 100,
          years: Number.isFinite(years) && years > 0 ? years : 1,
        };
      }
      default:
        return { kind: form.method };
    }
  })();
  return { column: form.column, ...(total === undefined ? {} : { total }), method, locks: form.locks };
};
