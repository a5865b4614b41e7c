import {
  PlanError,
  decimalsOf,
  figureValue,
  restoreSnapshot,
  roundTo,
  spread,
  type Change,
  type Plan,
  type SpreadMethod,
  type SpreadRequest,
} from '../core';
import { fill } from '../locales';
import { workbookToBuffer, writeAdjustmentSheet, writeChanges } from '../xlsx';
import { sayAdjustment, withAdjustment } from './adjust';
import type { CliContext } from './context';
import { checkNewOutput, openPlanWorkbook, writeFileSafely } from './files';
import { nearestNames } from './suggest';
import { formatTable } from './table';

export interface SpreadOptions {
  indicator: string;
  year?: string;
  total?: string;
  method?: string;
  lock?: string[];
  weights?: string;
  others?: string;
  reference?: string;
  rate?: string;
  from?: string;
  floor?: string;
  cap?: string;
  output?: string;
  force?: boolean;
  round?: boolean;
  dryRun?: boolean;
  verbose?: boolean;
  json?: boolean;
}

const unitByName = (plan: Plan, name: string): string => {
  const unit = plan.units.find((u) => u.name === name.trim() || u.id === name.trim());
  if (unit) return unit.id;
  const near = nearestNames(
    name,
    plan.units.map((u) => u.name),
  );
  throw new PlanError(near.length > 0 ? 'spread.unknownUnitNear' : 'spread.unknownUnit', {
    unit: name,
    near: near.map((n) => `“${n}”`).join('、'),
  });
};

/** --lock 高新区 (its figure kept); --lock 高新区=80 asks for a figure, which is --floor and --cap. */
const lockOf = (plan: Plan, text: string): string => {
  const m = /^(.+?)[=\uFF1D:\uFF1A]\s*(.+)$/.exec(text.trim());
  if (m) throw new PlanError('spread.lockWithValue', { unit: m[1].trim(), value: m[2].trim() });
  return unitByName(plan, text);
};

/** 高新区=2,芦淞区=1 → { u01: 2, u02: 1 } */
const perUnit = (plan: Plan, text: string | undefined): Record<string, number> | undefined => {
  if (text === undefined) return undefined;
  const out: Record<string, number> = {};
  for (const part of text.split(/[,\uFF0C]/).filter((s) => s.trim() !== '')) {
    const m = /^(.+?)[=\uFF1D:\uFF1A]\s*(.+)$/.exec(part.trim());
    const value = m ? figureValue(m[2]) : undefined;
    if (!m || value === undefined) throw new PlanError('spread.badWeights', { text: part });
    out[unitByName(plan, m[1])] = value;
  }
  return out;
};

/** A number as a planner types it: 600, ６００ (a Chinese IME), 1,234.5, 600亿元; 1e30 too, to be refused by size. */
const number = (
  text: string | undefined,
  code: 'spread.badTotal' | 'spread.badRate' | 'spread.badWeight',
): number | undefined => {
  if (text === undefined) return undefined;
  const n = figureValue(text) ?? Number(text.trim() === '' ? NaN : text);
  if (!Number.isFinite(n)) throw new PlanError(code, { value: text });
  return n;
};

/** The plan and target column the planner means by an indicator's name (and a year when it has several). */
export const findColumn = (
  plans: Plan[],
  indicator: string,
  year?: string,
): { index: number; column: string } => {
  // 2018, 2018年, 2017-2020, 2017—2020年 name the same column.
  const same = (a: string | undefined, b: string) =>
    a !== undefined &&
    a.replace(/年$/, '').replace(/[-－–—~～至]+/g, '—') ===
      b.replace(/年$/, '').replace(/[-－–—~～至]+/g, '—');
  for (const [index, plan] of plans.entries()) {
    const ind = plan.indicators.find((i) => i.name === indicator || i.id === indicator);
    if (!ind) continue;
    const all = plan.columns.filter((c) => c.indicator === ind.id);
    const columns = all.filter((c) => year === undefined || same(c.period, year) || same(c.label, year));
    if (columns.length === 0)
      throw new PlanError('spread.noSuchYear', {
        indicator,
        year: year ?? '',
        columns: all.map((c) => c.label).join('、'),
      });
    const targets = columns.filter((c) => c.role === 'target');
    const chosen = targets.length === 1 ? targets : columns.length === 1 ? columns : targets;
    if (chosen.length !== 1)
      throw new PlanError('spread.ambiguousColumn', {
        indicator,
        columns: (chosen.length ? chosen : columns).map((c) => c.period ?? c.label).join('、'),
      });
    return { index, column: chosen[0].id };
  }
  throw new PlanError('spread.unknownIndicator', {
    indicator,
    known: plans.flatMap((p) => p.indicators.map((i) => i.name)).join('、'),
  });
};

const columnOfPeriod = (plan: Plan, column: string, period: string): string => {
  const indicator = plan.columns.find((c) => c.id === column)?.indicator;
  const found =
    plan.columns.find((c) => c.indicator === indicator && (c.period === period || c.label === period)) ??
    plan.columns.find((c) => c.id === period || c.label === period);
  if (!found) throw new PlanError('spread.unknownColumn', { column: period });
  return found.id;
};

const methodOf = (plan: Plan, column: string, o: SpreadOptions): SpreadMethod => {
  const method = o.method ?? 'proportional';
  switch (method) {
    case 'proportional':
    case 'even':
      return { kind: method };
    case 'weights': {
      const others = number(o.others, 'spread.badWeight');
      return {
        kind: 'weights',
        weights: perUnit(plan, o.weights) ?? {},
        ...(others === undefined ? {} : { others }),
      };
    }
    case 'reference':
      return { kind: 'reference', column: columnOfPeriod(plan, column, o.reference ?? o.from ?? '') };
    case 'growth': {
      const from = columnOfPeriod(plan, column, o.from ?? '');
      const fromPeriod = Number(plan.columns.find((c) => c.id === from)?.period);
      const toPeriod = Number(plan.columns.find((c) => c.id === column)?.period);
      const rate =
        number(o.rate, 'spread.badRate') ??
        plan.indicators.find((i) => i.id === plan.columns.find((c) => c.id === column)?.indicator)?.rule
          ?.growth?.rate ??
        0;
      return {
        kind: 'growth',
        from,
        rate,
        years: Number.isFinite(toPeriod - fromPeriod) ? toPeriod - fromPeriod : 1,
      };
    }
    default:
      throw new PlanError('spread.unknownMethod', { method });
  }
};

/** Rows shown before the rest is counted: one terminal screen. */
export const SCREENFUL = 20;

const printChanges = (
  ctx: CliContext,
  plan: Plan,
  changes: readonly Change[],
  verbose: boolean,
  /** Nothing changes and the file is left as it was: that line says it all. */
  quiet = false,
): void => {
  const w = ctx.m.spreadWords;
  if (changes.length === 0) {
    if (!quiet) ctx.out(w.noChange);
    return;
  }
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? id;
  const shown = verbose || changes.length <= SCREENFUL + 1 ? changes : changes.slice(0, SCREENFUL);
  ctx.out(
    formatTable(
      w.header,
      shown.map((c) => [
        c.cell ?? '',
        name(c.unit),
        String(c.before ?? ''),
        String(c.after ?? ''),
        w.why[c.why],
      ]),
    ),
  );
  if (shown.length < changes.length)
    ctx.out(
      fill(w.more, { shown: shown.length, count: changes.length, rest: changes.length - shown.length }),
    );
};

const changesJson = (plan: Plan, changes: readonly Change[]) =>
  changes.map((c) => ({
    cell: c.cell ?? null,
    unit: plan.units.find((u) => u.id === c.unit)?.name ?? c.unit,
    before: c.before ?? null,
    after: c.after ?? null,
    why: c.why,
  }));

/** The total asked for; with --round, one finer than the indicator is rounded to it, and the planner told. */
const totalOf = (ctx: CliContext, plan: Plan, column: string, o: SpreadOptions): number | undefined => {
  const total = number(o.total, 'spread.badTotal');
  if (total === undefined || !o.round) return total;
  const decimals = decimalsOf(
    plan,
    plan.columns.find((c) => c.id === column)!,
  );
  const rounded = roundTo(total, decimals);
  if (rounded !== total) ctx.out(fill(ctx.m.cli.totalRounded, { value: total, decimals, rounded }));
  return rounded;
};

/** `fenjie spread`: recompute one column from a total, write it back, print the changes. */
export const spreadWorkbook = async (ctx: CliContext, path: string, o: SpreadOptions): Promise<number> => {
  if (o.output !== undefined && o.output !== path) checkNewOutput(o.output, o.force ?? false);
  const { workbook, plans } = await openPlanWorkbook(path);
  const { index, column } = findColumn(plans, o.indicator, o.year);
  const plan = plans[index];
  const request: SpreadRequest = {
    column,
    total: totalOf(ctx, plan, column, o),
    method: methodOf(plan, column, o),
    locks: (o.lock ?? [])
      .flatMap((l) => l.split(/[,\uFF0C]/))
      .filter((s) => s.trim() !== '')
      .map((n) => lockOf(plan, n)),
    floors: perUnit(plan, o.floor),
    caps: perUnit(plan, o.cap),
  };
  const result = spread(plan, request);
  const json = (written: string | null) =>
    ctx.out(
      JSON.stringify(
        {
          changes: changesJson(plan, result.changes),
          roundedUp: result.roundedUp.map((r) => r.cell ?? r.unit),
          written,
        },
        null,
        2,
      ),
    );
  const sameTotal = result.plan.controlTotals[column] === plan.controlTotals[column];
  const nothing = result.changes.length === 0 && sameTotal && o.output === undefined;
  if (!o.json) {
    printChanges(ctx, plan, result.changes, o.verbose ?? false, nothing && !o.dryRun);
    if (result.roundedUp.length > 0)
      ctx.out(
        fill(ctx.m.spreadWords.roundedUp, {
          cells: result.roundedUp.map((r) => r.cell ?? r.unit).join('、'),
        }),
      );
  }
  if (o.dryRun || nothing) {
    if (o.json) json(null);
    else if (nothing && !o.dryRun) ctx.out(ctx.m.spreadWords.notWritten);
    return 0;
  }
  const next = withAdjustment(
    plans.map((p, k) => (k === index ? result.plan : p)),
    index,
  );
  writeChanges(workbook, next, index, result.changes);
  writeAdjustmentSheet(workbook, next, ctx.m.adjust);
  const out = o.output ?? path;
  writeFileSafely(out, await workbookToBuffer(workbook), { force: o.force });
  if (o.json) json(out);
  else {
    ctx.out(fill(ctx.m.spreadWords.written, { path: out }));
    sayAdjustment(ctx, plan, next[index]);
  }
  return 0;
};

/** `fenjie undo`: put back what the last spread overwrote. */
export const undoWorkbook = async (
  ctx: CliContext,
  path: string,
  o: { verbose?: boolean; json?: boolean; force?: boolean } = {},
): Promise<number> => {
  const { workbook, plans } = await openPlanWorkbook(path);
  const index = plans.findIndex((p) => p.undo !== undefined);
  if (index < 0) throw new PlanError('spread.nothingToUndo');
  const { plan, changes } = restoreSnapshot(plans[index], plans[index].undo!);
  const next = withAdjustment(
    plans.map((p, k) => (k === index ? { ...plan, undo: undefined } : p)),
    index,
  );
  if (!o.json) printChanges(ctx, plan, changes, o.verbose ?? false);
  writeChanges(workbook, next, index, changes);
  writeAdjustmentSheet(workbook, next, ctx.m.adjust);
  writeFileSafely(path, await workbookToBuffer(workbook), { force: o.force });
  if (o.json) ctx.out(JSON.stringify({ changes: changesJson(plan, changes), written: path }, null, 2));
  else {
    ctx.out(fill(ctx.m.spreadWords.written, { path }));
    sayAdjustment(ctx, plans[index], next[index]);
  }
  return 0;
};
