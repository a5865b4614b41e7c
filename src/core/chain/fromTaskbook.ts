import { PlanError } from '../errors';
import {
  isCountMeasure,
  isShareMeasure,
  type Column,
  type Indicator,
  type ParentLink,
  type Plan,
} from '../plan';

export type { ParentLink } from '../plan';

const decimalsIn = (v: number | null) => (v === null ? 0 : (String(v).split('.')[1]?.length ?? 0));
import { isReportRecord } from '../report/recordSchema';
import { targetsHash, yearsOf, type ReportRecord } from '../report/record';
import { draftToPlan, kindOfDivision, unitsFrom } from '../templates/template';
import { templates } from '../templates';
import { checkUnitName } from '../unitName';

/** The received 任务书's record checked: one of ours, its targets as issued (their sha256 still holds). */
export const receivedRecord = (record: unknown, file: string): ReportRecord => {
  if (!isReportRecord(record)) throw new PlanError('from.notTaskbook', { file });
  const expected = targetsHash(
    { planId: record.planId, version: record.planVersion } as Plan,
    record.unit.id,
    record.year,
    record.targets,
  );
  if (expected !== record.targetsHash) throw new PlanError('from.altered', { file, unit: record.unit.name });
  return record;
};

/** 醴陵市 under “对接湘商会、建设新家乡”行动县市区目标任务分解（2017—2020年）: its own table's title. */
const titleFor = (unit: string, parent: string) =>
  `${unit}${parent.replace(/^(湖南省|[\u4e00-\u9fa5]{2,4}市)(?=[“\u4e00-\u9fa5])/, '').replace(/县市区/, '')}`;

/** 醴陵市人民政府 for a city, county or district; a department or a zone signs as itself. */
const issuerFor = (unit: string) =>
  /(市|县|区)$/.test(unit) && !/(新区|园区|示范区|高新区|开发区|经开区|保税区|自贸区)$/.test(unit)
    ? `${unit}人民政府`
    : unit;

/**
 * The next level's plan from the 任务书 it received: the targets it was issued (indicators, measures, decimals,
 * periods, the 下达目标 as control totals) for its own units to be spread over, titled and issued as its own,
 * the 任务书 wording starting from the received one's, and the parent recorded so every level traces up.
 */
export const planFromTaskbook = (
  record: ReportRecord,
  options: { units: readonly string[]; title?: string; issuer?: string },
  planId: string,
): Plan => {
  const indicators: Indicator[] = [];
  const columns: Column[] = [];
  const controlTotals: Record<string, number> = {};
  const links: ParentLink['columns'] = [];
  for (const t of record.targets) {
    let indicator = indicators.find((i) => i.name === t.indicator);
    if (!indicator) {
      indicator = {
        id: `i${indicators.length + 1}`,
        name: t.indicator,
        measure: t.measure,
        // The next level spreads finer than it received: counts whole, shares to 0.1, amounts to 0.01 (or
        // as finely as the figure received needs).
        decimals: Math.max(
          isCountMeasure(t.measure) ? 0 : isShareMeasure(t.measure) ? 1 : 2,
          decimalsIn(t.whole ? t.whole.value : t.value),
        ),
        aggregate: isShareMeasure(t.measure) ? 'none' : 'sum',
        // A growth target carries its rule down: each unit's target follows its own base at the same rate.
        ...(t.growth
          ? {
              rule: {
                growth: {
                  from: t.growth.from,
                  rate: t.growth.rate,
                  ...(t.growth.tolerance === undefined ? {} : { tolerance: t.growth.tolerance }),
                },
              },
            }
          : {}),
      };
      indicators.push(indicator);
      if (t.growth) {
        // The base year's column, for the units' own bases (a base is no target: it takes no 下达目标).
        columns.push({
          id: `${indicator.id}_${t.growth.from}`,
          kind: 'figure',
          label: t.growth.from,
          indicator: indicator.id,
          period: t.growth.from,
          role: 'base',
        });
      }
    }
    // A target over several years is issued as such (2017—2020年 and its figure), not as the year's share.
    const period = t.whole ? t.whole.label : t.period;
    const id = `${indicator.id}_${columns.length + 1}`;
    columns.push({ id, kind: 'figure', label: period, indicator: indicator.id, period, role: 'target' });
    const value = t.whole ? t.whole.value : t.value;
    if (value !== null) controlTotals[id] = value;
    links.push({ column: id, parent: t.column });
  }
  const units = options.units.map((u) => u.trim()).filter((u) => u !== '');
  if (units.length === 0) throw new PlanError('custom.noUnits');
  units.forEach((u) => checkUnitName(u));
  const twice = units.find((u, k) => units.indexOf(u) !== k);
  if (twice !== undefined) throw new PlanError('custom.duplicateUnit', { name: twice });
  // The plan's period is its targets' (a growth target's base year is no year of the plan).
  const years = columns.filter((c) => c.role === 'target').flatMap((c) => yearsOf(c.period ?? c.label));
  const span =
    years.length === 0
      ? `${record.year}年`
      : Math.min(...years) === Math.max(...years)
        ? `${years[0]}年`
        : `${Math.min(...years)}—${Math.max(...years)}年`;
  const issuer = options.issuer?.trim() || issuerFor(record.unit.name);
  const wording = templates.find((t) => t.id === record.template)?.create('x').taskbook;
  const plan = draftToPlan(
    {
      template: 'custom',
      title: options.title?.trim() || titleFor(record.unit.name, record.planTitle),
      issuer,
      period: span,
      source: { document: record.planTitle, appendix: '', date: '' },
      unitHeader: '单位',
      units: unitsFrom(units, kindOfDivision),
      indicators,
      columns,
      controlTotals,
      ...(wording
        ? {
            taskbook: {
              ...wording,
              // 株洲市“对接湘商会、建设新家乡”工作目标分解任务书 → 醴陵市“对接湘商会、建设新家乡”…任务书.
              title: titleFor(record.unit.name, wording.title),
              issuer,
              reporting: { ...wording.reporting, to: issuer },
            },
          }
        : {}),
    },
    planId,
  );
  return {
    ...plan,
    parent: {
      planId: record.planId,
      version: record.planVersion,
      title: record.planTitle,
      unit: { ...record.unit },
      year: record.year,
      targetsHash: record.targetsHash,
      columns: links,
      ...(record.chain?.length ? { chain: record.chain.map((c) => ({ ...c })) } : {}),
    },
  };
};
