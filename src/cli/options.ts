import { PlanError } from '../core';

/** --year 2018 or 2018年; anything else is said. */
export const yearOption = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const m = /^\s*(\d{4})\s*年?\s*$/.exec(text);
  if (!m) throw new PlanError('cli.badYear', { text });
  return Number(m[1]);
};

/** --month 3 or 3月. */
export const monthOption = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const m = /^\s*(\d{1,2})\s*月?\s*$/.exec(text);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 12) throw new PlanError('cli.badMonth', { text });
  return Number(m[1]);
};
