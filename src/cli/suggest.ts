/** Edit distance between two names, by characters (a Chinese character counts one). */
const distance = (a: string, b: string): number => {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, k) => k);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length];
};

/** The names a slip most likely meant: those one or two characters away (高薪区 → 高新区), nearest first. */
export const nearestNames = (name: string, names: readonly string[]): string[] => {
  const typed = name.trim();
  const limit = Math.max(1, Math.floor([...typed].length / 2));
  return names
    .map((n) => ({ n, d: distance(typed, n) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map(({ n }) => n);
};
