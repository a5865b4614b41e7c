import { displayWidth } from './textWidth';

/** Marks a line may not start with (GB/T 15834 and the usual 行首禁则): closing marks, pauses, stops. */
const NO_LINE_START = new Set([...'）〕］】」』”’》〉，。、；：？！…—·%)]},.;:?!']);
/** Marks a line may not end with: opening marks. */
const NO_LINE_END = new Set([...'（〔［【「『“‘《〈([{']);
const PAUSES = new Set([...'，。；：、？！']);
const ASCII_WORD = /[0-9A-Za-z.+\-_/]/;

/**
 * How good a break before position i is: 0 never (inside a number, before a closing mark or 、, after an
 * opening mark), 4 between two parenthesised parts (“）（”), 3 after a pause or a space or around a parenthesised part,
 * 1 between two characters.
 */
const breakScore = (chars: string[], i: number): number => {
  const before = chars[i - 1];
  const after = chars[i];
  if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return 0;
  // 2017—2020年, 12.5%, APP, 500强: a number or a word keeps to its line, and to what it counts.
  if (ASCII_WORD.test(before) && (ASCII_WORD.test(after) || displayWidth(after) === 2)) return 0;
  if (before === '—' && /[0-9]/.test(after)) return 0;
  if (before === '）' && after === '（') return 4;
  // A space ends its line (kept there, unseen), so joining the lines gives the text back.
  if (after === ' ') return 0;
  if (PAUSES.has(before) || before === ' ') return 3;
  if (after === '（' || after === '“' || before === '）' || before === '”') return 3;
  return 1;
};

/** Texts already broken, by width and fill: a pure function's results, a bounded number of them kept. */
const broken = new Map<string, string>();
const BROKEN_KEPT = 4096;

/**
 * The text with line breaks where a typesetter would put them, so no line is wider than `width` (Excel
 * character units, CJK counting two) and none starts with “、” or “）”. Existing line breaks are kept. A
 * break after a pause or before a parenthesised part is preferred when it leaves the line at least
 * `fill` full, and a break between two parts over one after a pause.
 */
export const breakLines = (text: string, width: number, fill = LIST_FILL): string => {
  const key = `${width}|${fill}|${text}`;
  const known = broken.get(key);
  if (known !== undefined) return known;
  const lines = text
    .split('\n')
    .map((paragraph) => withoutWidow(paragraph, Math.max(4, width / GLYPH_ROOM), fill).join('\n'))
    .join('\n');
  // 任务书 for 122 units set the same 工作要求 and 考核办法 122 times: each is broken once.
  if (broken.size >= BROKEN_KEPT) broken.clear();
  broken.set(key, lines);
  return lines;
};

/**
 * A Chinese glyph takes a little more than two of Excel's width units (14.7 px against 7 px at 11 pt), and
 * WPS and LibreOffice set it wider still: lines are made this much shorter, so no host wraps them again.
 */
const GLYPH_ROOM = 1.1;

/** Column widths are in 11 pt characters; a cell's padding takes about two of them. */
const BODY_PT = 11;
const CELL_PADDING = 2;
/** Body text fills its lines; a title (the default) breaks between its parts even when a line is shorter. */
export const BODY_FILL = 0.85;
/** A list of names (责任单位) breaks after a 、 rather than inside a name. */
export const LIST_FILL = 0.4;

/** A text set in a cell `width` units wide in a `pt` point font, broken into lines that fit it. */
export const fitLines = (text: string, width: number, font: { pt?: number; fill?: number } = {}): string =>
  breakLines(text, (width * BODY_PT) / (font.pt ?? BODY_PT) - CELL_PADDING, font.fill);

/** A text as written, without the line breaks it was printed with. */
export const joinLines = (text: string): string => text.replace(/\r?\n/g, '');

/** A last line of one character and its stop (“费。”) is a widow: narrower lines, if as many, avoid it. */
const WIDOW = 6;
const withoutWidow = (text: string, width: number, fill: number): string[] => {
  const first = breakParagraph(text, width, fill);
  if (first.length < 2 || displayWidth(first[first.length - 1]) >= WIDOW) return first;
  for (let narrower = width - 2; narrower >= width - 2 * WIDOW && narrower >= 4; narrower -= 2) {
    const lines = breakParagraph(text, narrower, fill);
    if (lines.length > first.length) break;
    if (displayWidth(lines[lines.length - 1]) >= WIDOW) return lines;
  }
  return first;
};

const breakParagraph = (text: string, width: number, fill: number): string[] => {
  if (displayWidth(text) <= width) return [text];
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let used = 0;
    let end = start;
    while (end < chars.length && used + displayWidth(chars[end]) <= width) used += displayWidth(chars[end++]);
    if (end >= chars.length) {
      lines.push(chars.slice(start).join(''));
      break;
    }
    let good = -1;
    let goodScore = 0;
    let any = -1;
    let w = 0;
    for (let i = start + 1; i <= end; i++) {
      w += displayWidth(chars[i - 1]);
      const score = breakScore(chars, i);
      if (score >= 1) any = i;
      // Between two parts is worth a shorter line than after a pause.
      if (score >= 3 && score >= goodScore && w >= width * (score === 4 ? fill / 2 : fill)) {
        good = i;
        goodScore = score;
      }
    }
    // No allowed break inside the line (a long number): cut where it is full rather than overflow.
    const cut = good > start ? good : any > start ? any : end;
    lines.push(chars.slice(start, cut).join(''));
    start = cut;
  }
  return lines;
};

/** Whether a cell still says a text, whatever line breaks it was printed with. */
export const sameText = (cell: unknown, text: string): boolean =>
  typeof cell === 'string' && cell.replace(/\s+/g, '') === text.replace(/\s+/g, '');

/** Lines a text already broken by `breakLines` prints on. */
export const lineCount = (text: string): number => text.split('\n').length;
