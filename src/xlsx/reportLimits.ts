/** What keeps a hostile file harmless: its size, what it unzips to, how many cells it holds. */
export const REPORT_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  unzippedBytes: 100 * 1024 * 1024,
  ratio: 200,
  cells: 200_000,
  /** Reading one file: a real report takes a few milliseconds, the largest allowed under a second. */
  seconds: 5,
};
