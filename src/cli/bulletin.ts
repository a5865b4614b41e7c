import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  PlanError,
  bulletinPlanOf,
  monthsText,
  roundOfRecord,
  type BulletinPlan,
  type Consolidation,
  type RateChart,
  type SummaryRecord,
} from '../core';
import { fill } from '../locales';
import { summaryOfBytes } from '../usecases/summaryFile';
import type { DocumentWords } from '../usecases/documents';
import type { CliContext } from './context';
import { checkNewOutput, fileError, readPlanFile, writeFileSafely } from './files';

/** What a 通报 takes besides the figures: 主送, 下步要求 (a text file, a paragraph a line), 成文日期. */
export interface BulletinWordsOptions {
  to?: string;
  /** 发文机关: who signs it (default the plan's 下达单位, such as 株洲市人民政府; a bureau may sign as 市商务局). */
  issuer?: string;
  requirements?: string;
  date?: string;
  /** 联系人及电话 (default the plan's). */
  contact?: string;
}

export interface BulletinOptions extends BulletinWordsOptions {
  output?: string;
  round?: string;
  plan?: string;
  force?: boolean;
  json?: boolean;
}

/** --date 2018-04-10 (or 2018年4月10日); today when not given. */
export const dateOf = (text: string | undefined): Date => {
  if (text === undefined) return new Date();
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(text);
  const d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
  if (!m || !d || d.getMonth() !== Number(m[2]) - 1) throw new PlanError('cli.badDate', { text });
  return d;
};

/** The paragraphs of a 下步要求 file: one a line, blank lines dropped. */
export const requirementsOf = (path: string | undefined): string[] | undefined => {
  if (path === undefined) return undefined;
  try {
    return readFileSync(path, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  } catch (e) {
    throw fileError(e, path, false);
  }
};

/** The 完成率 chart's PNG, drawn by resvg with the system's fonts. */
export const paintChart = async (chart: RateChart): Promise<Uint8Array> => {
  const { Resvg } = await import('@resvg/resvg-js');
  return new Uint8Array(
    new Resvg(chart.svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true } })
      .render()
      .asPng(),
  );
};

/** What the flags say of a document's words: --issuer, --date, --to, --contact, --requirements. */
export const typedWords = (o: BulletinWordsOptions): DocumentWords => ({
  issuer: o.issuer,
  date: dateOf(o.date),
  to: o.to,
  contact: o.contact,
  requirements: requirementsOf(o.requirements),
});

/** Writes the 通报 document (checked beforehand with checkNewOutput) through a temporary file. */
export const writeBulletin = async (
  ctx: CliContext,
  plan: BulletinPlan,
  c: Consolidation,
  path: string,
  o: BulletinWordsOptions & { force?: boolean },
): Promise<void> => {
  const { bulletinFile } = await import('../usecases/documents');
  const { bytes } = await bulletinFile(plan, c, ctx.m, typedWords(o), paintChart);
  writeFileSafely(path, bytes, { force: o.force });
};

/** A 汇总 workbook's record, or why the file is not one. */
export const summaryRecordFile = (
  path: string,
  code: 'bulletin.notSummary' | 'lastYear.notSummary' | 'assess.noRoundsFile',
) => {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw fileError(e, path, false);
  }
  const record = summaryOfBytes(bytes, basename(path));
  if (!record) throw new PlanError(code, { file: basename(path) });
  return record;
};

/** --round 2018-03 (or 2018年3月): a year and a month. */
const roundOption = (text: string): { year: number; month: number } => {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$/.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new PlanError('bulletin.badRound', { round: text });
  return { year: Number(m[1]), month: Number(m[2]) };
};

/** 2018年1—3月, in the locale's words. */
const roundName = (ctx: CliContext, year: number, month: number) =>
  fill(ctx.m.summary.sinceYear, { year, months: monthsText(ctx.m.summary, month) });

/**
 * `fenjie bulletin 汇总.xlsx -o 通报.docx [--round 2018-03]`: the 通报 of a round already collected, from
 * the figures its 汇总 kept (the round its sheets show, unless another is asked for). With --plan the 主送
 * and 下步要求 come from that plan, which must be the 汇总's.
 */
export const bulletinFromSummary = async (
  ctx: CliContext,
  summaryPath: string,
  o: BulletinOptions,
): Promise<number> => {
  if (o.output === undefined) throw new PlanError('bulletin.noOutput');
  checkNewOutput(o.output, o.force ?? false, 'docx');
  const file = basename(summaryPath);
  const record: SummaryRecord = summaryRecordFile(summaryPath, 'bulletin.notSummary');
  const asked = o.round === undefined ? undefined : roundOption(o.round);
  const rounds = record.rounds.map((r) => ({ year: r.year ?? record.year, month: r.month }));
  const shown = asked ?? {
    year: record.year,
    month: record.month ?? Math.max(0, ...rounds.filter((r) => r.year === record.year).map((r) => r.month)),
  };
  const round = roundOfRecord(record, shown.year, shown.month);
  const name = roundName(ctx, shown.year, shown.month);
  if (!round)
    throw new PlanError('bulletin.noRound', {
      file,
      round: name,
      rounds: rounds.map((r) => roundName(ctx, r.year, r.month)).join('、') || ctx.m.summary.none,
    });
  if (!round.bulletin) throw new PlanError('bulletin.oldRound', { file, round: name, month: shown.month });
  let plan = record.plan;
  if (o.plan !== undefined) {
    const plans = readPlanFile(o.plan);
    const mine = plans.find((p) => p.planId === record.planId);
    if (!mine)
      throw new PlanError('bulletin.otherPlan', {
        file,
        plan: plans[0]?.title ?? basename(o.plan),
        theirs: record.plan?.title ?? record.planId,
      });
    plan = bulletinPlanOf(mine);
  }
  if (!plan) throw new PlanError('bulletin.oldRound', { file, round: name, month: shown.month });
  await writeBulletin(ctx, plan, round.bulletin, o.output, o);
  if (!o.json) ctx.out(fill(ctx.m.collectWords.writtenBulletin, { path: o.output }));
  else ctx.out(JSON.stringify({ written: o.output, year: shown.year, month: shown.month }, null, 2));
  return 0;
};
