import { displayWidth } from '../core';

const pad = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** A plain text table that lines up Chinese and Latin text alike. */
export const formatTable = (header: readonly string[], rows: readonly (readonly string[])[]): string => {
  const widths = header.map((h, k) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[k] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, k) => (k === cells.length - 1 ? c : pad(c, widths[k])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
};
