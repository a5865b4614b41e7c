/** How wide a text is in Excel character units: CJK and full-width characters count two. */
export const displayWidth = (text: string): number => {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000 ||
      c === 0x2014 ||
      c === 0x201c ||
      c === 0x201d;
    w += wide ? 2 : 1;
  }
  return w;
};

/** Lines a text wraps to in a column of the given width. */
export const wrappedLines = (text: string, width: number): number =>
  text
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / Math.max(1, width - 1))), 0);
