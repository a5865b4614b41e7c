import {
  PlanError,
  figureValue,
  isSummed,
  type Plan,
  type SpreadMethod,
  type SpreadRequest,
} from '../../core';

export type MethodKind = SpreadMethod['kind'];

/** What the planner has chosen in the 分解 form, as typed. */
export interface SpreadForm {
  column: string;
  /** As typed; undefined while the planner has not typed in it: the box shows the sheet's 下达目标. */
  total?: string;
  method: MethodKind;
  locks: string[];
  weights: Record<string, string>;
  reference: string;
  rate: string;
}

/** The form's fields a message can belong to; anything else goes to the pane's bar. */
export type SpreadField = 'total' | 'method' | 'reference' | 'rate' | 'weights' | 'locks';

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
  return {
    column: first?.id ?? '',
    method: 'proportional',
    locks: plan ? plan.locks.filter((l) => l.column === first?.id).map((l) => l.unit) : [],
    weights: {},
    reference: '',
    rate: '',
  };
};

/** The sheet's 下达目标 of the chosen column, as the total box shows it until the planner types. */
export const sheetTotal = (plan: Plan, column: string): string => {
  const control = plan.controlTotals[column];
  return control === undefined || control === null ? '' : String(control);
};

/** What the total box holds now: what was typed, else the sheet's 下达目标. */
export const shownTotal = (plan: Plan, form: SpreadForm): string =>
  form.total ?? sheetTotal(plan, form.column);

/** A number as the planner types it: 600, ６００, 1,234.5, 600亿元; undefined when empty, NaN when not a number. */
const parseNumber = (text: string): number | undefined =>
  text.trim() === '' ? undefined : (figureValue(text) ?? NaN);

/** The field a refusal of the core belongs to, by its code. */
export const fieldOf = (code: string): SpreadField | undefined =>
  /^spread\.(total\.|badTotal|noTotal)/.test(code)
    ? 'total'
    : /^spread\.(weightsMissing|badWeight|weightsAllZero|negativeWeight)/.test(code)
      ? 'weights'
      : /^spread\.(referenceAllZero|noReference)/.test(code)
        ? 'reference'
        : code === 'spread.badRate'
          ? 'rate'
          : /^spread\.(proportionalAllZero|noWeightLeft)/.test(code)
            ? 'method'
            : /^spread\.(locksExceedTotal|nothingToSpread|locked\.)/.test(code)
              ? 'locks'
              : undefined;

/**
 * The core's request from the form: numbers parsed (全角 too), the method's own settings picked. What the
 * form itself can tell is wrong (a total that is no number, no reference column) is refused here, in the
 * words of the field, with what was typed.
 */
export const toSpreadRequest = (plan: Plan, form: SpreadForm): SpreadRequest => {
  const typed = shownTotal(plan, form);
  const total = parseNumber(typed);
  if (total !== undefined && Number.isNaN(total)) throw new PlanError('spread.badTotal', { value: typed });
  if (total === undefined && form.method !== 'growth') throw new PlanError('spread.noTotal');
  const method = ((): SpreadMethod => {
    switch (form.method) {
      case 'weights':
        return {
          kind: 'weights',
          // A blank weight is left out, so the core names the units still without one.
          weights: Object.fromEntries(
            plan.units.flatMap((u) => {
              const text = form.weights[u.id] ?? '';
              const w = parseNumber(text);
              if (w !== undefined && Number.isNaN(w))
                throw new PlanError('spread.badWeight', { value: text });
              return w === undefined ? [] : [[u.id, w]];
            }),
          ),
        };
      case 'reference':
        if (!form.reference) throw new PlanError('spread.noReference');
        return { kind: 'reference', column: form.reference };
      case 'growth': {
        if (!form.reference) throw new PlanError('spread.noReference');
        const target = plan.columns.find((c) => c.id === form.column);
        const base = plan.columns.find((c) => c.id === form.reference);
        const rule = plan.indicators.find((i) => i.id === target?.indicator)?.rule?.growth;
        const rate = parseNumber(form.rate);
        if (rate !== undefined && Number.isNaN(rate))
          throw new PlanError('spread.badRate', { value: form.rate });
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
