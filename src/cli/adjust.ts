import { pendingAdjustment, recordAdjustment, type Plan } from '../core';
import { fill } from '../locales';
import type { CliContext } from './context';

/** The plans with a change to issued targets recorded in one of them (version up, dated 调整记录). */
export const withAdjustment = (
  plans: readonly Plan[],
  index: number,
  at = new Date().toISOString(),
): Plan[] => plans.map((p, k) => (k === index ? recordAdjustment(p, at) : p));

/** Says what a write did to issued targets: a new version to re-issue, or the targets back as issued. */
export const sayAdjustment = (ctx: CliContext, before: Plan, after: Plan): void => {
  const pending = pendingAdjustment(after);
  if (pending) {
    const units = new Set([...pending.changes.map((c) => c.unit), ...pending.added, ...pending.removed]);
    ctx.out(
      fill(ctx.m.cli.adjusted, {
        version: after.version,
        issued: pending.from,
        units: units.size,
        sheet: ctx.m.adjust.sheet,
      }),
    );
  } else if (pendingAdjustment(before)) ctx.out(fill(ctx.m.cli.adjustmentGone, { version: after.version }));
};
