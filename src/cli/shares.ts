import { PlanError, setYearShares, yearsOf, type Plan } from '../core';
import { fill } from '../locales';
import type { CliContext } from './context';
import { openPlanWorkbook, writeFileSafely } from './files';
import { findColumn } from './spread';

export interface SharesOptions {
  indicator: string;
  year?: string;
  shares?: string;
  even?: boolean;
  force?: boolean;
}

/** 2017=20,2018=25,2019=25,2020=30 (年, %, full-width signs as typed) → { 2017: 20, … }. */
const parseShares = (text: string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const part of text.split(/[,\uFF0C、]/).filter((s) => s.trim() !== '')) {
    const m = /^\s*(\d{4})\s*年?\s*[=\uFF1D:\uFF1A]\s*(\d+(?:\.\d+)?)\s*[%％]?\s*$/.exec(part);
    if (!m) throw new PlanError('shares.bad', { text: part.trim() });
    out[m[1]] = Number(m[2]);
  }
  return out;
};

const sharesText = (plan: Plan, column: string): string => {
  const c = plan.columns.find((x) => x.id === column)!;
  const years = yearsOf(c.period ?? c.label);
  return years
    .map((y) => `${y}年 ${Math.round((c.yearShares?.[String(y)] ?? 100 / years.length) * 10) / 10}%`)
    .join('、');
};

/**
 * `fenjie shares plan.xlsx --indicator 回归到位资金 --shares 2017=20,2018=25,2019=25,2020=30`: how a target over
 * several years is due year by year, for the 完成情况, 汇总 and 通报 of each year; `--even` shares it evenly again;
 * without either, the shares are shown.
 */
export const yearSharesCommand = async (ctx: CliContext, path: string, o: SharesOptions): Promise<number> => {
  const { workbook, plans } = await openPlanWorkbook(path);
  const { index, column } = findColumn(plans, o.indicator, o.year);
  const label = plans[index].columns.find((c) => c.id === column)!.label;
  if (o.shares === undefined && !o.even) {
    setYearShares(plans[index], column, plans[index].columns.find((c) => c.id === column)!.yearShares);
    ctx.out(
      fill(ctx.m.cli.sharesNow, {
        indicator: o.indicator,
        period: label,
        shares: sharesText(plans[index], column),
      }),
    );
    return 0;
  }
  const plan = setYearShares(plans[index], column, o.even ? undefined : parseShares(o.shares ?? ''));
  const { replaceMetadata, workbookToBuffer } = await import('../xlsx');
  replaceMetadata(
    workbook,
    plans.map((p, k) => (k === index ? plan : p)),
  );
  writeFileSafely(path, await workbookToBuffer(workbook), { force: o.force });
  ctx.out(
    fill(ctx.m.cli.sharesSet, { indicator: o.indicator, period: label, shares: sharesText(plan, column) }),
  );
  ctx.out(fill(ctx.m.spreadWords.written, { path }));
  return 0;
};
