import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page as it stands: rule, and the first nodes' selectors. */
export const seriousViolations = async (page: Page): Promise<string[]> => {
  // Evaluated through the debugger protocol: a page's Content-Security-Policy does not stop it.
  await page.evaluate(source);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } })
      .axe;
    const r = await axe.run({ resultTypes: ['violations'] });
    return r.violations as { id: string; impact: string; nodes: { target: string[]; html: string }[] }[];
  });
  return found
    .map((v) => ({
      ...v,
      // Fluent's focus bumpers (tabster's data-tabster-dummy) are focusable and aria-hidden by design: they
      // pass focus on at once. Fluent closed the report as by design (microsoft/fluentui#27517), and
      // Accessibility Insights suppresses exactly this (accessibility-insights-web#7605); so do we, and only this.
      nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy'))),
    }))
    .filter((v) => v.nodes.length > 0 && (v.impact === 'serious' || v.impact === 'critical'))
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
};

/** Every tab of the pane opened in turn, and axe-core's serious and critical findings on each, by tab. */
export const violationsOnEveryTab = async (page: Page): Promise<Record<string, string[]>> => {
  const found: Record<string, string[]> = {};
  const tabs = page.locator('main').getByRole('tab');
  for (let k = 0; k < (await tabs.count()); k++) {
    await tabs.nth(k).click();
    await page.waitForTimeout(200);
    found[(await tabs.nth(k).getAttribute('value')) ?? String(k)] = await seriousViolations(page);
  }
  return found;
};
