import { randomUUID } from 'node:crypto';
import {
  PlanError,
  cityPreset,
  columnTitle,
  createCustomPlan,
  createFromTemplate,
  hunanCities,
  parseIndicatorSpec,
  planFromTaskbook,
  safeFileName,
  splitList,
  type Plan,
} from '../core';
import { fill, type Locale } from '../locales';
import { planWorkbook, workbookToBuffer } from '../xlsx';
import type { CliContext } from './context';
import { checkNewOutput, openPlanWorkbook, readFileOrFail, writeFileSafely } from './files';
import { readReceived } from '../usecases/received';
import { namedPlan, recogniseFile, type Recognised } from '../usecases/recognise';
import { isTaskTable } from '../usecases/taskbookFiles';
import { basename } from 'node:path';
import { describeRecognised, listCandidates } from './recognised';

export interface NewOptions {
  /** Where to write; without it, `<template>.xlsx` in the current folder. */
  output?: string;
  units?: string;
  city?: string;
  indicators?: string;
  years?: string;
  title?: string;
  issuer?: string;
  /** A 任务书 workbook received from the level above: the new plan's targets. */
  from?: string;
  /** With --from: a plan made from an earlier 任务书 of the same unit, given the new 下达目标. */
  update?: string;
  force?: boolean;
  /** With --from a workbook or document of the bureau's own: which of its tables, by number or sheet. */
  table?: string;
  sheet?: string;
  /** The unit column's header, where two columns could be it. */
  unitColumn?: string;
  /** With --from: the header rows, 3-4 (or 3), where the recogniser misread them. */
  headerRows?: string;
  /** Print what was recognised and write nothing. */
  dryRun?: boolean;
  /** Add the plan sheet to the source workbook, beside the planner's own sheets. */
  inPlace?: boolean;
}

const unitsOf = (options: NewOptions): string[] => {
  let units = splitList(options.units);
  if (units.length === 0 && options.city) {
    const preset = cityPreset(options.city);
    if (!preset)
      throw new PlanError('custom.unknownCity', {
        city: options.city,
        known: hunanCities.map((c) => c.city).join('、'),
      });
    units = preset;
  }
  return units;
};

const customPlan = (options: NewOptions): Plan =>
  createCustomPlan(
    {
      units: unitsOf(options),
      indicators: splitList(options.indicators).map(parseIndicatorSpec),
      years: splitList(options.years),
      title: options.title,
      issuer: options.issuer,
    },
    randomUUID(),
  );

/** A 任务书 workbook received, its record checked; a file that is no workbook is said in one sentence. */
export const receivedFile = (path: string, locale: Locale = 'zh-CN') =>
  readReceived(readFileOrFail(path), basename(path), locale).record;

/** `new --from 醴陵市-工作目标分解任务书.xlsx`: the targets the level above issued, for this level's units. */
const receivedPlan = (path: string, options: NewOptions, record = receivedFile(path)): Plan =>
  planFromTaskbook(
    record,
    { units: unitsOf(options), title: options.title, issuer: options.issuer },
    randomUUID(),
  );

/** `fenjie new <template> -o plan.xlsx`: a plan workbook a planner can open, fill and print. */
export const newPlan = async (
  ctx: CliContext,
  templateId: string | undefined,
  options: NewOptions,
): Promise<number> => {
  if (templateId === undefined && options.from === undefined) throw new PlanError('new.noTemplate');
  if (options.update !== undefined) {
    if (options.from === undefined) throw new PlanError('from.updateNeedsFrom');
    return updateFromTaskbook(ctx, options.from, options.update, options.force ?? false);
  }
  const found = options.from === undefined ? undefined : recogniseFrom(ctx, options.from, options);
  if (found && found.kind !== 'taskbook') return newFromTable(ctx, options.from!, found, options);
  const received = found ? receivedPlan(options.from!, options, found.record) : undefined;
  // Without -o: a file in this folder, named from the unit the 任务书 was issued to — a name the sender wrote,
  // so made safe (../../ESCAPED or /etc/x stays a file name here, not a path).
  const output =
    options.output ??
    `${safeFileName(received ? `${received.parent!.unit.name}分解` : (templateId ?? ''), 'plan')}.xlsx`;
  checkNewOutput(output, options.force ?? false);
  const plan =
    received ??
    (templateId === 'custom' ? customPlan(options) : createFromTemplate(templateId!, randomUUID()));
  const { workbook } = planWorkbook([plan], ctx.m.sheet);
  writeFileSafely(output, await workbookToBuffer(workbook));
  if (received)
    ctx.out(
      fill(ctx.m.cli.receivedFrom, {
        unit: received.parent!.unit.name,
        title: received.parent!.title,
        year: received.parent!.year,
        targets: received.parent!.columns.length,
      }),
    );
  ctx.out(
    fill(isTaskTable(plan) ? ctx.m.cli.writtenTasks : ctx.m.cli.written, {
      path: output,
      title: plan.title,
      units: plan.units.length,
      columns: plan.columns.length,
    }),
  );
  return 0;
};

/** The file --from names: a 任务书 of this tool, or any workbook or document whose table is recognised. */
const recogniseFrom = (ctx: CliContext, path: string, options: NewOptions): Recognised => {
  // A number not among the tables (0, 2.5, 二) is refused by the recogniser, which knows how many there are.
  const table = options.table === undefined ? undefined : Number(options.table);
  return recogniseFile(readFileOrFail(path), basename(path), {
    planId: randomUUID(),
    locale: ctx.locale,
    table,
    sheet: options.sheet,
    unitColumn: options.unitColumn,
    header: headerRowsOf(options.headerRows),
    year: new Date().getFullYear(),
  });
};

/** --header-rows 3-4 (or 3, 3—4): the header's first and last rows. */
const headerRowsOf = (text: string | undefined): { first: number; last: number } | undefined => {
  if (text === undefined) return undefined;
  const m = /^\s*(\d+)\s*(?:[-–—~～至]\s*(\d+))?\s*$/.exec(text);
  if (!m) throw new PlanError('recognise.headerRowsText', { text });
  return { first: Number(m[1]), last: Number(m[2] ?? m[1]) };
};

/**
 * `new --from 分解表.xlsx` / `--from 通知.docx`: the table recognised becomes a plan; several tables are listed and
 * nothing is written (exit 2) until --table or --sheet says which; --dry-run says what was recognised.
 */
const newFromTable = async (
  ctx: CliContext,
  path: string,
  found: Exclude<Recognised, { kind: 'taskbook' }>,
  options: NewOptions,
): Promise<number> => {
  const file = basename(path);
  if (found.kind === 'choose') {
    for (const line of listCandidates(ctx, file, found.candidates)) ctx.out(line);
    if (options.dryRun) return 0;
    throw new PlanError('recognise.severalTables', { file, count: found.candidates.length });
  }
  // --issuer and --title: what a sheet seldom says.
  found = { ...found, plan: namedPlan(found.plan, { issuer: options.issuer, title: options.title }) };
  for (const line of describeRecognised(ctx, file, found)) ctx.out(line);
  if (!found.plan.issuer) ctx.out(fill(ctx.m.recognise.noIssuer, { file }));
  if (options.dryRun) {
    ctx.out(ctx.m.recognise.dryRun);
    return 0;
  }
  if (options.inPlace) {
    if (options.output !== undefined) throw new PlanError('recognise.inPlaceOutput');
    if (found.format !== 'xlsx') throw new PlanError('recognise.inPlaceNotWorkbook', { file });
    const { addPlanSheet } = await import('../xlsx/addPlanSheet');
    const { bytes, sheet } = await addPlanSheet(readFileOrFail(path), path, found.plan, ctx.m.sheet);
    writeFileSafely(path, bytes, { force: options.force ?? false });
    ctx.out(
      fill(ctx.m.recognise.inPlaceWritten, {
        path,
        sheet,
        title: found.plan.title,
        units: found.plan.units.length,
        columns: found.plan.columns.length,
      }),
    );
    return 0;
  }
  const output = options.output ?? `${safeFileName(found.plan.title, 'plan')}.xlsx`;
  checkNewOutput(output, options.force ?? false);
  const { workbook } = planWorkbook([found.plan], ctx.m.sheet);
  writeFileSafely(output, await workbookToBuffer(workbook));
  ctx.out(
    fill(isTaskTable(found.plan) ? ctx.m.cli.writtenTasks : ctx.m.cli.written, {
      path: output,
      title: found.plan.title,
      units: found.plan.units.length,
      columns: found.plan.columns.length,
    }),
  );
  return 0;
};

/**
 * `new --from 新任务书.xlsx --update 醴陵市.xlsx`: the level above re-issued; the plan made from its earlier
 * 任务书 takes the new 下达目标 (the units' figures stay as they are) and says which columns no longer sum.
 */
const updateFromTaskbook = async (
  ctx: CliContext,
  from: string,
  path: string,
  force: boolean,
): Promise<number> => {
  const record = receivedFile(from);
  const { workbook, plans } = await openPlanWorkbook(path);
  const index = plans.findIndex((p) => p.parent !== undefined);
  if (index < 0) throw new PlanError('upward.noParent', { plan: basename(path) });
  const plan = plans[index];
  const parent = plan.parent!;
  if (parent.planId !== record.planId || parent.unit.id !== record.unit.id)
    throw new PlanError('from.otherParent', {
      file: basename(from),
      unit: record.unit.name,
      plan: plan.title,
    });
  // An older 任务书 than the one the plan follows would hand the units stale targets.
  if (record.planVersion < parent.version)
    throw new PlanError('from.olderTaskbook', {
      file: basename(from),
      theirs: record.planVersion,
      ours: parent.version,
      plan: basename(path),
    });
  const controlTotals = { ...plan.controlTotals };
  const changed: string[] = [];
  for (const t of record.targets) {
    const own = parent.columns.find((l) => l.parent === t.column)?.column;
    const column = plan.columns.find((c) => c.id === own);
    const value = t.whole ? t.whole.value : t.value;
    if (!own || !column || value === null || controlTotals[own] === value) continue;
    const j = plan.columns.indexOf(column);
    const sum = plan.values.reduce((acc, row) => acc + (typeof row[j] === 'number' ? row[j] : 0), 0);
    changed.push(
      fill(ctx.m.cli.controlChanged, {
        column: columnTitle(plan, column),
        old: controlTotals[own] ?? '—',
        value,
        sum: Math.round(sum * 100) / 100,
      }),
    );
    controlTotals[own] = value;
  }
  const next: Plan = {
    ...plan,
    controlTotals,
    parent: { ...parent, version: record.planVersion, targetsHash: record.targetsHash, year: record.year },
  };
  const { writeChanges } = await import('../xlsx');
  writeChanges(
    workbook,
    plans.map((p, k) => (k === index ? next : p)),
    index,
    [],
  );
  writeFileSafely(path, await workbookToBuffer(workbook), { force });
  for (const line of changed) ctx.out(line);
  ctx.out(
    changed.length ? fill(ctx.m.cli.controlsUpdated, { path }) : fill(ctx.m.cli.controlsSame, { path }),
  );
  return 0;
};
