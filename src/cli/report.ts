import { basename, resolve } from 'node:path';
import { PlanError, localDate } from '../core';
import { fill } from '../locales';
import { fillUpward } from '../usecases/received';
import { dateOf, summaryRecordFile } from './bulletin';
import type { CliContext } from './context';
import { checkNewOutput, readFileOrFail, readPlanFile, writeFileSafely } from './files';

export interface ReportOptions {
  into?: string;
  output?: string;
  person?: string;
  phone?: string;
  date?: string;
  json?: boolean;
  force?: boolean;
}

/**
 * `fenjie report 醴陵市分解.xlsx 汇总.xlsx --into 醴陵市-工作目标分解任务书.xlsx [-o 报送.xlsx]`: this level's own
 * 汇总 typed into the 完成情况 it received — every round of the year, 填报日期 today — so the level above
 * collects it like any unit's report. The record and the protection stay as issued.
 */
export const reportUpward = async (
  ctx: CliContext,
  planPath: string,
  summaryPath: string,
  o: ReportOptions,
): Promise<number> => {
  const w = ctx.m.upward;
  if (o.into === undefined) throw new PlanError('upward.intoNeeded');
  const output = o.output ?? o.into;
  if (resolve(output) !== resolve(o.into)) checkNewOutput(output, o.force ?? false);
  const plans = readPlanFile(planPath);
  const plan = plans.find((p) => p.parent !== undefined);
  if (!plan) throw new PlanError('upward.noParent', { plan: basename(planPath) });
  const summary = summaryRecordFile(summaryPath, 'bulletin.notSummary');
  const date = o.date === undefined ? new Date() : dateOf(o.date);
  const {
    bytes: filled,
    record,
    figures,
  } = await fillUpward(
    plan,
    summary,
    { bytes: readFileOrFail(o.into), file: basename(o.into) },
    {
      m: ctx.m,
      locale: ctx.locale,
      summaryName: basename(summaryPath),
      date,
      person: o.person,
      phone: o.phone,
      force: o.force,
      conflictCode: 'upward.monthsDiffer',
    },
  );
  writeFileSafely(output, filled, { force: true });
  const months = `${figures.months.map((m) => `${m}月`).join('、')}`;
  if (o.json)
    ctx.out(
      JSON.stringify(
        { year: figures.year, months: figures.months, cells: figures.cells, left: figures.left, output },
        null,
        2,
      ),
    );
  else {
    ctx.out(
      fill(w.filled, {
        unit: record.unit.name,
        year: figures.year,
        months,
        count: figures.cells.length,
        date: localDate(date),
      }),
    );
    if (figures.left.length > 0)
      ctx.out(fill(w.left, { indicators: figures.left.map((i) => `“${i}”`).join('、') }));
    ctx.out(fill(w.written, { path: output }));
  }
  return 0;
};
