/**
 * Figures as whole numbers of their last decimal: 36501.2 万美元 at one decimal is 365012.
 * Totals and spreads work on these, so no float error accumulates.
 */
const scale = (decimals: number): number => 10 ** decimals;

export const toScaled = (value: number, decimals: number): number =>
  Math.round(Number((value * scale(decimals)).toPrecision(15)));

export const fromScaled = (scaled: number, decimals: number): number => {
  const v = scaled / scale(decimals);
  return Object.is(v, -0) ? 0 : v;
};

/** Rounds a figure to its decimals, half away from zero, as the source tables round. */
export const roundTo = (value: number, decimals: number): number => {
  const s = toScaled(Math.abs(value), decimals);
  return fromScaled(value < 0 ? -s : s, decimals);
};

export const sumScaled = (values: readonly number[], decimals: number): number =>
  fromScaled(
    values.reduce((acc, v) => acc + toScaled(v, decimals), 0),
    decimals,
  );
