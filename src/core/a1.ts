/** A1 addresses for 1-based rows and columns. */
export const columnLetter = (col: number): string => {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

export const columnNumber = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

export const a1 = (row: number, col: number): string => `${columnLetter(col)}${row}`;

export const rangeA1 = (top: number, left: number, bottom: number, right: number): string =>
  top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;

export const parseA1 = (address: string): { row: number; col: number } => {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new RangeError(`not an A1 address: ${address}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
};
