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

/** A group of checkboxes under one label (a fieldset without its frame): the units to lock, to issue. */
export const plainGroup = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalXS,
  border: 'none',
  margin: 0,
  padding: 0,
} as const;

/** The units' checkboxes, as many to a row as the pane's width takes. */
export const unitGrid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(8em, 1fr))',
  columnGap: tokens.spacingHorizontalS,
} as const;

/** A Field's props for the message that belongs to it, when the form's one message is this field's. */
export const validationAt = <F extends string>(error: { field: F; text: string } | undefined, field: F) =>
  error?.field === field ? { validationMessage: error.text, validationState: 'error' as const } : {};

/** The workbook's plans as the options of a Select, by sheet name. */
export const planOptions = (plans: readonly Plan[]) =>
  plans.map((p, k) => (
    <option key={p.planId} value={k}>
      {p.placement?.sheet ?? p.title}
    </option>
  ));

/** A new plan's id: a UUID where the browser has one. */
export const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `plan-${Date.now()}-${Math.random().toString(16).slice(2)}`;
