import { createDOMRenderer, type GriffelRenderer, type Theme } from '@fluentui/react-components';

/** Griffel's buckets, in the order their rules must win (a hover after the default, media queries last). */
const BUCKETS = ['r', 'd', 'l', 'v', 'w', 'f', 'i', 'h', 'a', 's', 'k', 't', 'm', 'c', 'x'];

type Entry = string | [string, Record<string, unknown>];

/**
 * The pane's styles in constructable style sheets (document.adoptedStyleSheets) instead of <style> tags: a
 * server with the usual hardening header `Content-Security-Policy: default-src 'self'` blocks every inline
 * <style>, which would leave the pane unstyled, but not these. The theme's variables go on :root there too,
 * since FluentProvider writes its own with a <style> tag. Where the browser has no constructable sheets
 * (Safari before 16.4), Griffel's own renderer.
 */
export const paneRenderer = (document: Document, theme: Theme): GriffelRenderer => {
  if (!('adoptedStyleSheets' in document) || typeof CSSStyleSheet.prototype.replaceSync !== 'function')
    return createDOMRenderer(document);
  const sheets = new Map<string, { order: [number, number, string]; sheet: CSSStyleSheet }>();
  const adopt = () => {
    const ordered = [...sheets.values()].sort(
      (a, b) =>
        a.order[0] - b.order[0] ||
        a.order[1] - b.order[1] ||
        (a.order[2] < b.order[2] ? -1 : a.order[2] > b.order[2] ? 1 : 0),
    );
    document.adoptedStyleSheets = [base, ...ordered.map((s) => s.sheet)];
  };
  const sheetFor = (bucket: string, meta: Record<string, unknown>) => {
    const media = typeof meta.m === 'string' ? meta.m : '';
    const priority = typeof meta.p === 'number' ? meta.p : 0;
    const key = `${bucket}|${priority}|${media}`;
    let found = sheets.get(key);
    if (!found) {
      found = { order: [BUCKETS.indexOf(bucket), priority, media], sheet: new CSSStyleSheet({ media }) };
      sheets.set(key, found);
      adopt();
    }
    return found.sheet;
  };
  const base = new CSSStyleSheet();
  const variables = Object.entries(theme)
    .map(([name, value]) => `--${name}: ${String(value)};`)
    .join(' ');
  base.replaceSync(`:root { ${variables} } body { margin: 0; }`);
  const renderer = createDOMRenderer(document);
  renderer.insertCSSRules = (rules) => {
    for (const [bucket, entries] of Object.entries(rules) as [string, Entry[]][])
      for (const entry of entries) {
        const [css, meta] = typeof entry === 'string' ? [entry, {}] : entry;
        if (renderer.insertionCache[css]) continue;
        renderer.insertionCache[css] = bucket as GriffelRenderer['insertionCache'][string];
        const sheet = sheetFor(bucket, meta);
        try {
          sheet.insertRule(css, sheet.cssRules.length);
        } catch {
          // A rule this browser cannot parse (a vendor prefix of another engine) is skipped, as Griffel does.
        }
      }
  };
  adopt();
  return renderer;
};
