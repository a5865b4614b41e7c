/**
 * Units' names as parts of file names, for every system a bureau uses (Windows first): what no file name may
 * hold is replaced, names Windows reserves are changed, and names that would become the same file — 'A/B',
 * 'A_B' and 'A:B', or 芙蓉区 and 芙蓉区. — are told apart, so no unit's 任务书 overwrites another's.
 */

/** Characters no Windows file name may hold, control characters, and the marks that reorder text on screen. */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** CON, PRN, AUX, NUL, COM1…9, LPT1…9: Windows opens a device for them, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;
/** Room left for the rest of the name (-工作目标分解任务书（第2版调整）.xlsx) within Windows' 255. */
const LONGEST = 80;

/** One name made safe: a part of a file name on every system, never empty. */
export const safeFileName = (name: string, fallback: string): string => {
  // No hidden file either: a leading dot is dropped as a trailing one is.
  let safe = name
    .replace(FORBIDDEN, '_')
    .trim()
    .replace(/^[. ]+/, '');
  if ([...safe].length > LONGEST) safe = [...safe].slice(0, LONGEST).join('');
  // Windows drops a trailing dot or space: 芙蓉区. would be written as 芙蓉区.
  safe = safe.replace(/[. ]+$/, '');
  if (safe === '') safe = fallback;
  return RESERVED.test(safe) ? `${safe}_` : safe;
};

/**
 * Each name made safe, and distinct from the others as a file system sees them (Windows and macOS ignore
 * case): the second of two that clean alike gets （2）, the third （3）, in the given order.
 */
export const distinctFileNames = (names: readonly string[], fallback: (k: number) => string): string[] => {
  const taken = new Set<string>();
  return names.map((name, k) => {
    const safe = safeFileName(name, fallback(k));
    let candidate = safe;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${safe}（${n}）`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
};
