import { basename, join, resolve } from 'node:path';
import {
  PlanError,
  collectReturned,
  isBundleFileName,
  isLockFileName,
  monthsText,
  overdueLine,
  roundsSheet,
  sinceNote,
  type CheckedReport,
  type SummaryRecord,
} from '../core';
import { describeIssue, fill, reportWordsOfAll } from '../locales';
import { readReturned } from '../usecases/returned';
import { summaryOfBytes } from '../usecases/summaryFile';
import { WorkbookStamp } from '../xlsx/fast';
import { nodeCompressor } from './compressor';
import type { CliContext } from './context';
import { checkNewOutput, fileError, readPlanFile, writeFileSafely } from './files';
import { monthOption, yearOption } from './options';
import { progress } from './progress';
import { summaryRecordFile, writeBulletin, type BulletinWordsOptions } from './bulletin';
import { formatTable } from './table';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';

export interface CollectOptions extends BulletinWordsOptions {
  output?: string;
  /** The 通报 as a document (.docx), beside the 汇总. */
  bulletin?: string;
  /** Last year's 汇总: 同比 against its round of the same months. */
  lastYear?: string;
  json?: boolean;
  year?: string;
  month?: string;
  force?: boolean;
  verbose?: boolean;
}

const WORKBOOK_NAME = /\.(xlsx|xlsm|xls|et|ods)$/i;

/** The files to check: folders opened (their workbooks, not their subfolders), lock files set aside. */
const gather = (args: readonly string[]): { files: string[]; skipped: string[]; bundles: string[] } => {
  const files: string[] = [];
  const skipped: string[] = [];
  const bundles: string[] = [];
  for (const arg of args) {
    const inside = existsSync(arg) && statSync(arg).isDirectory();
    const names = inside
      ? readdirSync(arg)
          .filter((f) => WORKBOOK_NAME.test(f) || isLockFileName(f))
          .sort()
          .map((f) => join(arg, f))
          .filter((f) => !statSync(f).isDirectory())
      : [arg];
    for (const f of names)
      (isLockFileName(basename(f)) ? skipped : isBundleFileName(basename(f)) ? bundles : files).push(f);
  }
  return { files, skipped, bundles };
};

/**
 * The rounds an existing 汇总 workbook keeps, so a rerun adds to them; a file there that is not a 汇总 of
 * ours is refused rather than overwritten (unless --force).
 */
const earlierRounds = async (path: string, force: boolean): Promise<SummaryRecord | undefined> => {
  checkNewOutput(path, true);
  if (!existsSync(path)) return (checkNewOutput(path, force), undefined);
  // Read as every 汇总 is (the reports' reader); not a workbook of ours: refused below unless forced.
  const record = summaryOfBytes(readFileSync(path), basename(path));
  if (record) return record;
  if (!force) throw new PlanError('collect.notSummary', { path });
  return undefined;
};

/** A report's bytes, or why it could not be read: one bad file never stops the others. */
const bytesOf = (path: string): Uint8Array | { code: string; params: Record<string, string | number> } => {
  try {
    if (statSync(path).isDirectory()) return { code: 'file.isFolder', params: { path } };
    return readFileSync(path);
  } catch (e) {
    const err = fileError(e, path, false);
    return { code: err.code, params: err.params };
  }
};

/**
 * `fenjie collect plan.xlsx reports/*.xlsx -o 汇总.xlsx`: every file checked and given a verdict (通过,
 * 通过（有提示）, 退回) with its issues; the newest good report of each unit consolidated into 汇总 and 通报.
 */
export const collectReports = async (
  ctx: CliContext,
  planPath: string,
  args: string[],
  o: CollectOptions,
): Promise<number> => {
  const w = ctx.m.collectWords;
  const gathered = gather(args);
  // A 汇总 written into the reports' folder is not a report either.
  const files = gathered.files.filter((f) => o.output === undefined || resolve(f) !== resolve(o.output));
  if (!o.json) for (const f of gathered.skipped) ctx.out(fill(w.skippedLock, { file: basename(f) }));
  if (!o.json) for (const f of gathered.bundles) ctx.out(fill(w.skippedBundle, { file: basename(f) }));
  if (files.length === 0) throw new PlanError('collect.noReports');
  // Refused before any work, so nothing is written: a folder, a name that is no .docx, an existing file.
  if (o.bulletin !== undefined) checkNewOutput(o.bulletin, o.force ?? false, 'docx');
  const lastYear =
    o.lastYear === undefined
      ? undefined
      : { record: summaryRecordFile(o.lastYear, 'lastYear.notSummary'), file: basename(o.lastYear) };
  const asked = monthOption(o.month);
  const previous = o.output === undefined ? undefined : await earlierRounds(o.output, o.force ?? false);
  const plans = readPlanFile(planPath);
  const plan = plans.find((p) => p.taskbook !== undefined) ?? plans[0];
  if (!plan) throw new PlanError('file.noPlan', { path: planPath });
  const today = new Date();
  // On a terminal a bar names the file being checked; the verdicts follow as one table.
  const reading = o.json ? undefined : progress(ctx, files.length, false);
  const inputs = readReturned(
    files.map((file) => ({ name: basename(file), bytes: bytesOf(file) })),
    (name) => reading?.step(name),
  );
  reading?.done();
  const collected = collectReturned(plan, {
    inputs,
    kept: previous && o.output !== undefined ? { record: previous, file: basename(o.output) } : undefined,
    lastYear,
    year: yearOption(o.year),
    month: asked,
    today,
    words: reportWordsOfAll(ctx.m),
    labels: ctx.m.summary,
  });
  const { checked, summaries } = collected;
  if (!o.json) for (const f of summaries) ctx.out(fill(w.skippedSummary, { file: f }));
  if (!o.json) for (const f of collected.unusedSummaries) ctx.out(fill(w.summaryUnsigned, { file: f }));
  const c = collected.consolidation;
  const { year, month } = c;
  const issueText = (r: CheckedReport) =>
    r.issues
      .map(
        (i) =>
          `${i.cell ? `${fill(w.at, { sheet: i.sheet ?? '', cell: i.cell })} ` : ''}${describeIssue(i, ctx.locale)}`,
      )
      .join(ctx.locale === 'zh-CN' ? '；' : '; ');
  if (o.json) {
    ctx.out(
      JSON.stringify(
        {
          plan: plan.title,
          year,
          month: c.month,
          files: checked.map((r) => ({
            file: r.file,
            unit: r.unit?.name,
            verdict: r.verdict,
            month: r.month,
            issues: r.issues.map((i) => ({ ...i, message: describeIssue(i, ctx.locale) })),
          })),
          round: { year, month, asked: asked !== undefined },
          notReported: c.notReported,
          late: c.late,
          overdue: c.overdue ?? [],
          skipped: [...gathered.skipped.map((f) => basename(f)), ...summaries],
        },
        null,
        2,
      ),
    );
  } else {
    // On a terminal without --verbose the table lists the files that need a look; the counts say the rest.
    const listed = ctx.terminal && !o.verbose ? checked.filter((r) => r.verdict !== 'pass') : checked;
    if (listed.length > 0)
      ctx.out(
        formatTable(
          w.header,
          listed.map((r) => [
            r.file,
            r.unit?.name ?? '',
            r.month > 0 ? fill(w.upTo, { month: r.month }) : '—',
            w.verdicts[r.verdict],
            issueText(r),
          ]),
        ),
      );
    ctx.out(
      fill(w.summary, {
        files: checked.length,
        pass: checked.filter((r) => r.verdict === 'pass').length,
        notes: checked.filter((r) => r.verdict === 'notes').length,
        returned: checked.filter((r) => r.verdict === 'returned').length,
      }),
    );
    if (month > 0)
      ctx.out(
        fill(asked === undefined ? w.roundChosen : w.roundAsked, {
          year,
          months: monthsText(ctx.m.summary, month),
          month,
        }),
      );
    // Said once: reports whose unit rests on the public hash only, and what re-issuing adds.
    if (collected.unsigned > 0)
      ctx.out(
        plan.signing
          ? fill(w.unsignedSome, { count: collected.unsigned, since: plan.signing.since })
          : w.unsignedPlan,
      );
    // 迟报 as the 汇总 and the 通报 will say it.
    if ((c.overdue ?? []).length > 0) ctx.out(overdueLine(ctx.m.summary, c));
  }
  const passed = checked.filter((r) => r.verdict !== 'returned').length;
  if (o.output !== undefined && passed === 0) {
    if (!o.json) ctx.out(fill(w.nothingPassed, { path: o.output }));
  } else if (o.output === undefined) {
    if (!o.json) ctx.out(w.noOutput);
  }
  if (o.output !== undefined && collected.record) {
    writeFileSafely(
      o.output,
      new WorkbookStamp(nodeCompressor).write([...collected.layouts, roundsSheet(collected.record)]),
      { force: o.force },
    );
    if (!o.json) ctx.out(fill(w.written, { path: o.output, months: monthsText(ctx.m.summary, c.month) }));
    if (!o.json && c.since && c.since.years.length + c.since.missing.length > 0)
      ctx.out(sinceNote(ctx.m.summary, c.since));
    if (!o.json && c.lastYearFrom?.summary)
      ctx.out(
        fill(w.lastYearFrom, {
          file: c.lastYearFrom.summary,
          year: year - 1,
          months: monthsText(ctx.m.summary, c.month),
        }),
      );
  }
  if (o.bulletin !== undefined && passed > 0) {
    await writeBulletin(ctx, plan, c, o.bulletin, o);
    if (!o.json) ctx.out(fill(w.writtenBulletin, { path: o.bulletin }));
  }
  return checked.some((r) => r.verdict === 'returned') ? 1 : 0;
};
