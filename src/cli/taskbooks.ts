import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  PlanError,
  createValidator,
  planGrid,
  issueVersion,
  recordAdjustment,
  reportingYear,
  splitList,
  targetColumns,
} from '../core';
import { describeIssue, fill } from '../locales';
import { taskbookFileNames, taskbookFiles } from '../usecases/taskbookFiles';
import { nodeCompressor } from './compressor';
import type { CliContext } from './context';
import { openPlanWorkbook, readPlanFile, writeFileSafely } from './files';
import { yearOption } from './options';
import { progress } from './progress';

export interface TaskbooksOptions {
  output?: string;
  inPlace?: boolean;
  units?: string;
  removeStale?: boolean;
  year?: string;
  force?: boolean;
  verbose?: boolean;
  /** Only the units whose targets changed since the last issue, each 任务书 titled 调整. */
  changed?: boolean;
}

/** A unit's name as a file name on every system: no / \ : * ? " < > |. */

/** `--in-place`: 任务书 sheets in the plan's own workbook, whose figures follow the plan sheet. */
const writeInPlace = async (ctx: CliContext, path: string, o: TaskbooksOptions): Promise<number> => {
  const { placeTaskbookSheets, replaceMetadata, workbookToBuffer } = await import('../xlsx');
  const { workbook, plans } = await openPlanWorkbook(path);
  const plan = plans.find((p) => p.taskbook !== undefined) ?? plans[0];
  if (!plan) throw new PlanError('file.noPlan', { path });
  const units = o.units === undefined ? undefined : splitList(o.units);
  for (const name of units ?? [])
    if (!plan.units.some((u) => u.name === name)) throw new PlanError('spread.unknownUnit', { unit: name });
  const placed = placeTaskbookSheets(workbook, plan, ctx.m.taskbook, { units, removeStale: o.removeStale });
  replaceMetadata(
    workbook,
    plans.map((p) => (p === plan ? placed.plan : p)),
  );
  writeFileSafely(path, await workbookToBuffer(workbook), { force: o.force });
  for (const w of placed.written) ctx.out(fill(ctx.m.cli.taskbookSheet, w));
  if (placed.stale.length > 0) ctx.out(fill(ctx.m.cli.staleTaskbooks, { sheets: placed.stale.join('、') }));
  ctx.out(fill(ctx.m.spreadWords.written, { path }));
  return 0;
};

/** `fenjie taskbooks plan.xlsx -o out/`: one workbook per unit, and all of them in one for printing. */
export const writeTaskbooks = async (ctx: CliContext, path: string, o: TaskbooksOptions): Promise<number> => {
  if (o.inPlace) return writeInPlace(ctx, path, o);
  const plans = readPlanFile(path);
  const found = plans.find((p) => p.taskbook !== undefined) ?? plans[0];
  if (!found) throw new PlanError('file.noPlan', { path });
  const output = o.output;
  if (output === undefined) throw new PlanError('cli.outputNeeded');
  const tasks = targetColumns(found).length === 0;
  const at = new Date().toISOString();
  // --changed: only the units whose targets this version changed (or that are new to the plan).
  const preview = recordAdjustment(found, at);
  const adjustment = o.changed ? preview.adjustments?.find((a) => a.version === preview.version) : undefined;
  if (o.changed && !adjustment) {
    ctx.out(fill(ctx.m.cli.changedNone, { version: preview.version }));
    return 0;
  }
  const year = tasks ? 0 : reportingYear(found, yearOption(o.year), new Date());
  const names = taskbookFileNames(found, { m: ctx.m, adjustment, version: preview.version });
  const files = names.files.map((f) => join(output, f));
  const all = join(output, names.all);
  // Refused before anything is issued: a new version announced for 任务书 never written helps no one.
  if (!o.force)
    for (const f of [...files, all]) if (existsSync(f)) throw new PlanError('file.exists', { path: f });
  // Issued as the sheet stands, but not in silence: a 合计 off its 下达目标 goes out in every 任务书.
  const errors = createValidator(found, planGrid(found))
    .issues()
    .filter((i) => i.severity === 'error');
  if (errors.length > 0)
    ctx.out(
      fill(ctx.m.cli.issuedWithErrors, { count: errors.length, first: describeIssue(errors[0], ctx.locale) }),
    );
  // Issuing: the plan keeps what it handed out; new targets make a new version (reports say which).
  const issued = issueVersion(found, at);
  const plan = issued.plan;
  if (JSON.stringify(plan) !== JSON.stringify(found)) {
    // Only then is the plan workbook rewritten, through ExcelJS, which keeps everything else in it.
    const { replaceMetadata, workbookToBuffer, writeAdjustmentSheet } = await import('../xlsx');
    const opened = await openPlanWorkbook(path);
    const plans = opened.plans.map((p) => (p.planId === found.planId ? plan : p));
    replaceMetadata(opened.workbook, plans);
    writeAdjustmentSheet(opened.workbook, plans, ctx.m.adjust);
    writeFileSafely(path, await workbookToBuffer(opened.workbook), { force: o.force });
    if (issued.reissued) ctx.out(fill(ctx.m.cli.reissued, { version: plan.version }));
  }
  const issuedAdjustment = adjustment && plan.adjustments?.find((a) => a.version === plan.version);
  const bar = progress(ctx, files.length, o.verbose ?? false);
  let k = 0;
  const made = await taskbookFiles(plan, {
    m: ctx.m,
    year,
    adjustment: issuedAdjustment,
    compressor: nodeCompressor,
    onFile: (file, unit) => {
      const path = files[k++];
      writeFileSafely(path, file.bytes, { durable: false });
      bar.step(unit, fill(ctx.m.cli.taskbookWritten, { path, unit }));
    },
  });
  bar.done();
  writeFileSafely(all, made.all.bytes, { durable: false });
  ctx.out(fill(ctx.m.cli.allTaskbooksWritten, { path: all, units: made.files.length }));
  if (adjustment && adjustment.removed.length > 0)
    ctx.out(fill(ctx.m.cli.changedRemoved, { units: adjustment.removed.join('、') }));
  return 0;
};
