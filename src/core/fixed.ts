/**
 * Figures as whole numbers of their last decimal: 36501.2 万美元 at one decimal is 365012.
 * Totals and spreads work on these, so no float error accumulates.
 */
const scale = (decimals: number): number => 10 ** decimals;

export const toScaled = (value: number, decimals: number): number => {
  const x = value * scale(decimals);
  const r = Math.round(x);
  // Only a product within float noise of .5 can round the wrong way (1.005 × 100 = 100.49999…); only then is
  // the slow, exact look at its 15 significant digits needed.
  if (Math.abs(Math.abs(x - Math.trunc(x)) - 0.5) > 1e-6) return r;
  return Math.round(Number(x.toPrecision(15)));
};

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

/** The largest figure, in whole units of its last decimal, that floats still count exactly. */
export const MAX_EXACT_SCALED = Number.MAX_SAFE_INTEGER;

export type FigureProblem = 'negative' | 'tooPrecise' | 'tooLarge';

/**
 * Why a figure cannot stand as an exact target at its decimals: below 0, more decimals than the
 * indicator has, or beyond the range where whole numbers of the last decimal are exact. Undefined: fine.
 */
export const figureProblem = (value: number, decimals: number): FigureProblem | undefined => {
  if (value < 0) return 'negative';
  const x = value * scale(decimals);
  if (!(x <= MAX_EXACT_SCALED)) return 'tooLarge';
  // Exact: the value is the double nearest to some whole number of its last decimal (n / 10^d, which
  // division rounds correctly), as 0.29 is for 29 / 100 though 0.29 × 100 is 28.999999999999996.
  if (fromScaled(toScaled(value, decimals), decimals) !== value) return 'tooPrecise';
  return undefined;
};

/** The largest figure at these decimals that is still exact: 9007199254740991 at 0, 90071992547409.91 at 2. */
export const maxExactFigure = (decimals: number): number => fromScaled(MAX_EXACT_SCALED, decimals);
