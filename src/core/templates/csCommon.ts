import type { Column, Indicator, Unit } from '../plan';
import { hunanCities } from './hunanDivisions';
import {
  draftToPlan,
  kindOfDivision,
  periodColumns,
  unitsFrom,
  type PlanDraft,
  type Template,
} from './template';

/**
 * 长沙's three 行动方案 (对外贸易, 企业“走出去”, 招商引资, 2017—2021年) are three documents, each with its own
 * 工作目标, its own 保障措施 and its own 考核 and 调度 sentences, and each is worked by its own office of the
 * 商务 bureau (外贸, 外经, 投资促进): a 长沙 planner issues three 任务书, one per 方案, not one table of all.
 * They share the city, the units and the years, kept here.
 */

/** The text gives no date; it cites 国发〔2017〕5号 and counts from 2016: issued in 2017. */
export const csSource = (document: string, appendix: string) => ({
  document: `${document}（2017—2021年）`,
  appendix,
  date: '2017',
});

/** The body each 方案 puts over the work (“充分发挥市发展开放型经济领导小组的总揽作用”). */
export const CS_ISSUER = '长沙市发展开放型经济领导小组';

export const CS_PERIOD = '2017—2021年';

/** 长沙's 9 区县（市） and its 园区, as reference/hunan-divisions.md presets them. */
export const csUnits = () => {
  const city = hunanCities.find((c) => c.city === '长沙市')!;
  return unitsFrom([...city.divisions, ...city.zones], kindOfDivision);
};

export const CS_UNIT_HEADER = '区县（市）、园区';

/** An indicator of a 方案: [id, name, measure, decimals, the 2021 figure, growth a year on 2016 if stated]. */
export type CsTarget = [string, string, string, number, number, number?];

export const csIndicators = (targets: readonly CsTarget[]): Indicator[] =>
  targets.map(([id, name, measure, decimals, , rate]) => ({
    id,
    name,
    measure,
    decimals,
    aggregate: measure === '%' ? ('none' as const) : ('sum' as const),
    ...(rate === undefined ? {} : { rule: { growth: { from: '2016', rate } } }),
  }));

/** A target with a growth rate gets its 2016 base beside the 2021 target (the units' bases are theirs to fill). */
export const csColumns = (targets: readonly CsTarget[], period = { id: '2021', label: '2021年' }): Column[] =>
  targets.flatMap(([id, , , , , rate]) =>
    periodColumns(id, [
      ...(rate === undefined ? [] : [{ period: '2016', label: '2016年基数', role: 'base' as const }]),
      { period: period.id, label: period.label, role: 'target' as const },
    ]),
  );

/** The city's figures as 下达目标; shares are not summed, so they have none. */
export const csControlTotals = (targets: readonly CsTarget[], period = '2021'): Record<string, number> =>
  Object.fromEntries(
    targets.filter(([, , measure]) => measure !== '%').map(([id, , , , total]) => [`${id}_${period}`, total]),
  );

/**
 * A 方案's template: what the three share (the city, its units, the years, the issuing body) filled in once;
 * each 方案 gives its name, source, wording and what it sets for the units.
 */
export const csTemplate = (t: {
  id: string;
  /** 长沙市对外贸易工作目标分解 (the plan's title adds the years). */
  title: string;
  sheetName: string;
  source: ReturnType<typeof csSource>;
  taskbook: NonNullable<PlanDraft['taskbook']>;
  targets: (
    units: Unit[],
  ) => Pick<PlanDraft, 'indicators' | 'columns' | 'controlTotals' | 'notes' | 'values'>;
}): Template => ({
  id: t.id,
  title: t.title,
  sheetName: t.sheetName,
  city: '长沙市',
  source: t.source,
  create: (planId) => {
    const units = csUnits();
    return draftToPlan(
      {
        template: t.id,
        title: `${t.title}（${CS_PERIOD}）`,
        issuer: CS_ISSUER,
        period: CS_PERIOD,
        source: t.source,
        taskbook: t.taskbook,
        unitHeader: CS_UNIT_HEADER,
        units,
        ...t.targets(units),
      },
      planId,
    );
  },
});
