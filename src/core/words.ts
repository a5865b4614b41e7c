import type { CellValue } from './plan';

/** A locale's sentence with its {placeholders} filled in; one not given stays visible as written. */
export const fillWords = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

/** A cell's text as a label is compared: spaces and line breaks (half- or full-width) do not count. */
export const compactText = (v: CellValue): string =>
  typeof v === 'string' ? v.replace(/\s+/g, '') : v === null ? '' : String(v);
