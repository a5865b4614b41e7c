import { PlanError, planSettings, withSettings, type PlanSettings } from '../core';
import { fill } from '../locales';
import type { CliContext } from './context';
import { openPlanWorkbook, writeFileSafely } from './files';

export interface SettingsOptions {
  issuer?: string;
  reportTo?: string;
  reportDay?: string;
  contact?: string;
  signer?: string;
  to?: string;
  force?: boolean;
}

/**
 * `fenjie settings plan.xlsx --issuer 株洲市人民政府 --report-to 市商务局 --report-day 5`: the plan's own
 * settings, used by the 任务书, the 通报 and the 考核; without a flag they are shown.
 */
export const settingsCommand = async (ctx: CliContext, path: string, o: SettingsOptions): Promise<number> => {
  const { workbook, plans } = await openPlanWorkbook(path);
  const index = Math.max(
    0,
    plans.findIndex((p) => p.taskbook !== undefined),
  );
  if (!plans[index]) throw new PlanError('file.noPlan', { path });
  const change: Partial<PlanSettings> = {
    ...(o.issuer !== undefined ? { issuer: o.issuer } : {}),
    ...(o.reportTo !== undefined ? { reportTo: o.reportTo } : {}),
    ...(o.reportDay !== undefined ? { reportDay: Number(o.reportDay.trim()) } : {}),
    ...(o.contact !== undefined ? { contact: o.contact } : {}),
    ...(o.signer !== undefined ? { signer: o.signer } : {}),
    ...(o.to !== undefined ? { to: o.to } : {}),
  };
  if (o.reportDay !== undefined && !/^\s*\d+\s*$/.test(o.reportDay))
    throw new PlanError('settings.day', { day: o.reportDay });
  const show = (settings: PlanSettings) =>
    ctx.out(
      fill(ctx.m.cli.settingsNow, {
        ...settings,
        contact: settings.contact || ctx.m.cli.settingsNone,
        to: settings.to || ctx.m.cli.settingsUnits,
      }),
    );
  if (Object.keys(change).length === 0) {
    show(planSettings(plans[index]));
    return 0;
  }
  const plan = withSettings(plans[index], change);
  const { replaceMetadata, workbookToBuffer } = await import('../xlsx');
  replaceMetadata(
    workbook,
    plans.map((p, k) => (k === index ? plan : p)),
  );
  writeFileSafely(path, await workbookToBuffer(workbook), { force: o.force });
  show(planSettings(plan));
  ctx.out(fill(ctx.m.spreadWords.written, { path }));
  return 0;
};
