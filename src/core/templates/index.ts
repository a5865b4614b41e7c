import { PlanError } from '../errors';
import { sheetNameFrom } from '../layout/planSheet';
import type { Plan } from '../plan';
import { cdIndustry2018 } from './cdIndustry2018';
import { cdTasks2018 } from './cdTasks2018';
import { csGoingOut2017 } from './csGoingOut2017';
import { csInvestment2017 } from './csInvestment2017';
import { csTrade2017 } from './csTrade2017';
import { custom } from './custom';
import { hunanCities } from './hunanDivisions';
import { czInvestment2017 } from './czInvestment2017';
import { czStructural2017 } from './czStructural2017';
import { hnBondedZones2017 } from './hnBondedZones2017';
import type { Template } from './template';
import { zzDevzones2016 } from './zzDevzones2016';
import { zzTasks2017 } from './zzTasks2017';
import { zzTop500_2017 } from './zzTop500_2017';
import { zzXiangshang2017 } from './zzXiangshang2017';

export type { Template } from './template';
export { PLACEHOLDER_TO, createCustomPlan, parseIndicatorSpec, splitList, type CustomSpec } from './custom';
export { cityPreset, hunanCities, type CityPreset } from './hunanDivisions';

/** The built-in templates, in the order of DESIGN.md. */
export const templates: readonly Template[] = [
  zzTasks2017,
  hnBondedZones2017,
  zzDevzones2016,
  zzXiangshang2017,
  zzTop500_2017,
  czInvestment2017,
  czStructural2017,
  csTrade2017,
  csGoingOut2017,
  csInvestment2017,
  cdIndustry2018,
  cdTasks2018,
  custom,
];

export const findTemplate = (id: string): Template => {
  const t = templates.find((x) => x.id === id);
  if (!t) throw new PlanError('template.unknown', { id, known: templates.map((x) => x.id).join('、') });
  return t;
};

export const createFromTemplate = (id: string, planId: string): Plan => findTemplate(id).create(planId);

/** The plan sheet's default name: the template's short name, or the title made fit for a sheet tab. */
export const defaultSheetName = (plan: Plan): string => {
  const t = plan.template === 'custom' ? undefined : templates.find((x) => x.id === plan.template);
  // A plan made from a 任务书 received is the receiving unit's breakdown: 醴陵市目标分解.
  if (!t && plan.parent) return sheetNameFrom(`${plan.parent.unit.name}目标分解`);
  return t ? t.sheetName : sheetNameFrom(plan.title);
};

/** The counties of a plan's city (for “各县市区人民政府”): its template's city, from the Hunan divisions. */
export const countiesOf = (plan: Plan): string[] => {
  const city = templates.find((x) => x.id === plan.template)?.city;
  return [...(hunanCities.find((c) => c.city === city)?.divisions ?? [])];
};
