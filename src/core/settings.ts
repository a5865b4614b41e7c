import { PlanError } from './errors';
import type { Plan } from './plan';
import { taskbookWording } from './taskbook/content';
import { checkUnitName } from './unitName';

/**
 * What a plan says of its bureau, kept in the plan and used alike by the 任务书 (甲方, 报送), the 通报 (who
 * signs it by default) and the 考核 (the 报送日 that makes a report 迟报).
 */
export interface PlanSettings {
  /** 下达单位: 甲方 of the 任务书, and who signs the 通报 unless told otherwise (株洲市人民政府). */
  issuer: string;
  /** Who receives the units' reports (市商务粮食局). */
  reportTo: string;
  /** The day of the month the reports are due by (每月5日前报送). */
  reportDay: number;
}

export const planSettings = (plan: Plan): PlanSettings => {
  const wording = taskbookWording(plan);
  const issuer = wording.issuer || plan.issuer;
  return { issuer, reportTo: wording.reporting.to || issuer, reportDay: wording.reporting.day };
};

/** The plan with its settings changed; a name no document could carry or a day no month has is refused. */
export const withSettings = (plan: Plan, change: Partial<PlanSettings>): Plan => {
  for (const name of [change.issuer, change.reportTo])
    if (name !== undefined) {
      if (name.trim() === '') throw new PlanError('settings.empty');
      checkUnitName(name);
    }
  if (
    change.reportDay !== undefined &&
    !(Number.isInteger(change.reportDay) && change.reportDay >= 1 && change.reportDay <= 28)
  )
    throw new PlanError('settings.day', { day: String(change.reportDay) });
  const wording = taskbookWording(plan);
  const issuer = change.issuer?.trim();
  return {
    ...plan,
    issuer: issuer ?? plan.issuer,
    taskbook: {
      ...wording,
      issuer: issuer ?? wording.issuer,
      reporting: {
        ...wording.reporting,
        to: change.reportTo?.trim() ?? wording.reporting.to,
        day: change.reportDay ?? wording.reporting.day,
      },
    },
  };
};
