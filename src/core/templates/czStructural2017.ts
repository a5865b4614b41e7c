import type { Indicator } from '../plan';
import { czSource, czTaskbook, czUnits, czYears } from './czCommon';
import { draftToPlan, periodColumns, type Template } from './template';

const source = { ...czSource, appendix: '附件2 招商引资结构性指标任务分解（2017—2018年）' };

// Each indicator with the department that breaks it down (实施意见 第1条). The two 占比 are shares: not summed, not spread.
const indicators: Indicator[] = [
  {
    id: 'investors',
    name: '新引进重大战略投资者',
    measure: '个',
    decimals: 0,
    aggregate: 'sum',
    department: '市商务局',
  },
  {
    id: 'bigProjects',
    name: '新引进投资总额1亿元以上的产业项目',
    measure: '个',
    decimals: 0,
    aggregate: 'sum',
    department: '市商务局',
  },
  {
    id: 'startups',
    name: '新引进创新创业企业',
    measure: '家',
    decimals: 0,
    aggregate: 'sum',
    department: '市经信委',
  },
  {
    id: 'soeFunds',
    name: '央企对接新增到位资金',
    measure: '亿元',
    decimals: 2,
    aggregate: 'sum',
    department: '市国资委',
  },
  {
    id: 'servicesShare',
    name: '新引进现代服务业引资占全市引资总额比重',
    measure: '%',
    decimals: 1,
    aggregate: 'none',
    department: '市发改委',
  },
  {
    id: 'taiwanShare',
    name: '新引进台资占全市引资总额比重',
    measure: '%',
    decimals: 1,
    aggregate: 'none',
    department: '市委台办',
  },
  {
    id: 'agriculture',
    name: '新引进现代农业投资',
    measure: '亿元',
    decimals: 2,
    aggregate: 'sum',
    department: '市农委',
  },
  {
    id: 'hightech',
    name: '帮助招商引资企业认定为国家级高新技术企业',
    measure: '家',
    decimals: 0,
    aggregate: 'sum',
    department: '市科技局',
  },
];

export const czStructural2017: Template = {
  id: 'cz-structural-2017-2018',
  title: '郴州市招商引资结构性指标任务分解',
  sheetName: '招商引资结构性指标',
  city: '郴州市',
  source,
  create: (planId) =>
    draftToPlan(
      {
        template: 'cz-structural-2017-2018',
        title: '郴州市招商引资结构性指标任务分解（2017—2018年）',
        issuer: '郴州市招商引资工作协调推进小组',
        period: '2017—2018年',
        source,
        taskbook: czTaskbook,
        unitHeader: '县市区、园区',
        units: czUnits(),
        indicators,
        columns: indicators.flatMap((i) => periodColumns(i.id, czYears)),
        notes: indicators.map((i) => `${i.name}\uFF1A${i.department}负责分解`),
      },
      planId,
    ),
};
