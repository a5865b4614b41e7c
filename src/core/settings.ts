import { PlanError } from './errors';
import type { Plan } from './plan';
import { taskbookWording } from './taskbook/content';
import { checkUnitName } from './unitName';

/**
 * What a plan says of its bureau, kept in the plan and used alike by the 任务书 (甲方, 报送, 联系人), the 通报
 * (who signs it, 主送, 联系人) and the 考核 (the 报送日 that makes a report 迟报).
 */
export interface PlanSettings {
  /** 下达单位: 甲方 of the 任务书 (株洲市人民政府). */
  issuer: string;
  /** Who receives the units' reports (市商务粮食局). */
  reportTo: string;
  /** The day of the month the reports are due by (每月5日前报送). */
  reportDay: number;
  /** 联系人及电话 in the 任务书 and the 通报 (empty: none said). */
  contact: string;
  /** Who signs the 通报 and the 考核结果通报 (the 下达单位 unless a bureau signs, such as 株洲市商务局). */
  signer: string;
  /** 主送 of the 通报 (empty: the plan's units by name). */
  to: string;
}

export const planSettings = (plan: Plan): PlanSettings => {
  const wording = taskbookWording(plan);
  const issuer = wording.issuer || plan.issuer;
  return {
    issuer,
    reportTo: wording.reporting.to || issuer,
    reportDay: wording.reporting.day,
    contact: wording.reporting.contact ?? '',
    signer: plan.bulletin?.issuer || issuer,
    to: plan.bulletin?.to ?? '',
  };
};

/** A setting typed empty: cleared (the default applies), or undefined when not changed. */
const cleared = (text: string | undefined): string | undefined =>
  text === undefined ? undefined : text.trim();

/** The plan with its settings changed; a name no document could carry or a day no month has is refused. */
export const withSettings = (plan: Plan, change: Partial<PlanSettings>): Plan => {
  for (const name of [change.issuer, change.reportTo])
    if (name !== undefined) {
      if (name.trim() === '') throw new PlanError('settings.empty');
      checkUnitName(name);
    }
  if (change.signer !== undefined && change.signer.trim() !== '') checkUnitName(change.signer);
  for (const text of [change.contact, change.to])
    if (text !== undefined && text.length > 200) throw new PlanError('settings.tooLong', { max: 200 });
  if (
    change.reportDay !== undefined &&
    !(Number.isInteger(change.reportDay) && change.reportDay >= 1 && change.reportDay <= 28)
  )
    throw new PlanError('settings.day', { day: String(change.reportDay) });
  const wording = taskbookWording(plan);
  const issuer = change.issuer?.trim();
  const contact = cleared(change.contact);
  const signer = cleared(change.signer);
  const to = cleared(change.to);
  // The 下达单位 again is no separate signer: the 通报 follows it when it changes.
  const bulletin = {
    issuer: signer === undefined ? plan.bulletin?.issuer : signer === (issuer ?? plan.issuer) ? '' : signer,
    to: to ?? plan.bulletin?.to,
  };
  const { bulletin: _old, ...rest } = plan;
  const kept = Object.fromEntries(Object.entries(bulletin).filter(([, v]) => v)) as Plan['bulletin'];
  return {
    ...rest,
    issuer: issuer ?? plan.issuer,
    ...(kept && Object.keys(kept).length > 0 ? { bulletin: kept } : {}),
    taskbook: {
      ...wording,
      issuer: issuer ?? wording.issuer,
      reporting: {
        ...(({ contact: _c, ...r }) => r)(wording.reporting),
        to: change.reportTo?.trim() ?? wording.reporting.to,
        day: change.reportDay ?? wording.reporting.day,
        ...((contact ?? wording.reporting.contact) ? { contact: contact ?? wording.reporting.contact } : {}),
      },
    },
  };
};
