import { tokens } from '@fluentui/react-components';
import type { Plan } from '../../core';

/** A list without bullets, its items stacked: issues, verdicts. */
export const plainList = {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalXS,
} as const;

/** The workbook's plans as the options of a Select, by sheet name. */
export const planOptions = (plans: readonly Plan[]) =>
  plans.map((p, k) => (
    <option key={p.planId} value={k}>
      {p.placement?.sheet ?? p.title}
    </option>
  ));
