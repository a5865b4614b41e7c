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
