import { PlanError } from '../errors';
import { isCountMeasure, isShareMeasure, type Column, type Indicator } from '../plan';
import { draftToPlan, kindOfDivision, unitsFrom, type Template } from './template';
import type { Plan } from '../plan';
import { checkUnitName } from '../unitName';

export interface CustomSpec {
  title?: string;
  issuer?: string;
  units: string[];
  /** 回归到位资金:亿元 — a name and its measure. */
  indicators: { name: string; measure: string; decimals?: number }[];
  years: string[];
}

/** A typed list: commas (half or full width), 、 or line breaks between items. */
export const splitList = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/[,\uFF0C、\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** 回归到位资金:亿元 → an indicator's name and measure; refused in words without the colon. */
export const parseIndicatorSpec = (text: string): { name: string; measure: string } => {
  const m = /^(.+?)[:\uFF1A](.+)$/.exec(text.trim());
  if (!m) throw new PlanError('custom.badIndicator', { text });
  return { name: m[1].trim(), measure: m[2].trim() };
};

const decimalsFor = (measure: string): number =>
  isCountMeasure(measure) ? 0 : isShareMeasure(measure) ? 1 : 2;

const uniqueOrThrow = (names: string[], code: string): void => {
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw new PlanError(code, { name: n });
    seen.add(n);
  }
};

/** A blank plan of the planner's own units, indicators and years, one target column per indicator and year. */
export const createCustomPlan = (spec: CustomSpec, planId: string): Plan => {
  const units = spec.units.map((u) => u.trim()).filter((u) => u !== '');
  const years = spec.years.map((y) => y.trim()).filter((y) => y !== '');
  if (units.length === 0) throw new PlanError('custom.noUnits');
  if (spec.indicators.length === 0) throw new PlanError('custom.noIndicators');
  if (years.length === 0) throw new PlanError('custom.noYears');
  units.forEach((u) => checkUnitName(u));
  uniqueOrThrow(units, 'custom.duplicateUnit');
  uniqueOrThrow(
    spec.indicators.map((i) => i.name),
    'custom.duplicateIndicator',
  );
  uniqueOrThrow(years, 'custom.duplicateYear');
  const indicators: Indicator[] = spec.indicators.map((i, k) => ({
    id: `i${k + 1}`,
    name: i.name,
    measure: i.measure,
    decimals: i.decimals ?? decimalsFor(i.measure),
    aggregate: isShareMeasure(i.measure) ? 'none' : 'sum',
  }));
  const columns: Column[] = indicators.flatMap((i) =>
    years.map((y) => ({
      id: `${i.id}_${y}`,
      kind: 'figure' as const,
      label: /^\d{4}$/.test(y) ? `${y}年` : y,
      indicator: i.id,
      period: y,
      role: 'target' as const,
    })),
  );
  // One dash in every year range of the table: the one the planner's title uses, else GB/T 15834's 一字线.
  const dash = /\d{4}\s*([-–—~～－至])\s*\d{2,4}\s*年/.exec(spec.title ?? '')?.[1] ?? '—';
  const span = years.length > 1 ? `${years[0]}${dash}${years[years.length - 1]}年` : `${years[0]}年`;
  return draftToPlan(
    {
      template: 'custom',
      title: spec.title ?? `工作目标任务分解\uFF08${span}\uFF09`,
      issuer: spec.issuer ?? '',
      period: span,
      source: { document: '', appendix: '', date: '' },
      unitHeader: '单位',
      units: unitsFrom(units, kindOfDivision),
      indicators,
      columns,
      taskbook: genericWording(spec.issuer ?? ''),
    },
    planId,
  );
};

/** Whom reports go to while a plan names no 下达单位 yet. */
export const PLACEHOLDER_TO = '下达单位';

/** Wording for a plan of the planner's own: plain, generic, meant to be edited. */
export const genericWording = (issuer: string) => ({
  title: '工作目标分解任务书',
  issuer,
  requirements: [
    '责任单位要把目标任务分解落实到具体项目和责任人，明确时间节点，确保按期完成。',
    '加强统筹调度，及时协调解决推进中的困难和问题，重大情况及时报告。',
  ],
  assessment: [
    '目标完成情况纳入年度工作目标责任制考核，实行一月一调度、一季一通报。',
    '对完成目标任务成效显著的单位予以通报表扬；对工作推进不力、未完成目标任务的单位予以通报并约谈。',
  ],
  reporting: { what: '各项指标1—N月累计完成情况', day: 5, to: issuer || PLACEHOLDER_TO },
});

export const custom: Template = {
  id: 'custom',
  title: '自定义目标分解表',
  sheetName: '目标分解',
  city: '',
  source: { document: '', appendix: '', date: '' },
  create: (planId) =>
    createCustomPlan(
      {
        units: ['单位一', '单位二', '单位三'],
        indicators: [{ name: '指标', measure: '亿元' }],
        years: ['2018'],
      },
      planId,
    ),
};
