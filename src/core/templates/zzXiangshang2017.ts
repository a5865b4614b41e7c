import { draftToPlan, kindOfDivision, unitsFrom, type Template } from './template';

const source = {
  document: '株洲市“对接湘商会建设新家乡”行动计划（2017—2020年）（株洲市委办、市政府办印发，2017年12月29日）',
  appendix: '附件 “对接湘商会、建设新家乡”行动县市区目标任务分解（2017—2020年）',
  date: '2017-12-29',
  issuer: '中共株洲市委办公室 株洲市人民政府办公室',
};

// Row 8's name was lost in extraction; the source reads 攸县 (seeds/README.md). The unlabeled last row is 合计.
const rows: [string, number, number, number][] = [
  ['高新区', 80, 3, 3],
  ['芦淞区', 40, 1, 2],
  ['石峰区', 40, 1, 2],
  ['荷塘区', 40, 1, 2],
  ['云龙示范区', 50, 1, 2],
  ['株洲县', 50, 1, 2],
  ['醴陵市', 80, 2, 3],
  ['攸县', 50, 2, 2],
  ['茶陵县', 40, 1, 1],
  ['炎陵县', 30, 1, 1],
];

/** The 任务书's wording, from the source document. */
const taskbook = {
  title: '株洲市“对接湘商会、建设新家乡”工作目标分解任务书',
  issuer: '株洲市人民政府',
  requirements: [
    '围绕我市重点产业，发挥“乡情、友情、亲情”的情感纽带作用，按照“乡情感动、项目驱动、平台推动、部门联动、政企互动”的工作思路，全力推动湘商总部、产业、资本、市场渠道、人才、科技、社会公益回归。',
    '对湘商回归发展情况全面摸底调查，规范湘商回归工作信息和统计办法，实行项目信息备案和动态管理；对回归项目全面实行“签约—落地—投产—达效”全过程跟踪服务。',
  ],
  assessment: [
    '将全市引进湘商回归企业目标分解到各县市区，湘商回归发展纳入县市区、园区工作目标责任制考核。',
    '完善年度考核，根据部门职能与招商引资的紧密性，科学调整考核体系。',
  ],
  reporting: { what: '湘商回归到位资金、回归总部经济和慈善公益资金完成情况', day: 5, to: '市商务粮食局' },
};

export const zzXiangshang2017: Template = {
  id: 'zz-xiangshang-2017-2020',
  title: '“对接湘商会、建设新家乡”行动县市区目标任务分解（2017—2020年）',
  sheetName: '湘商回归分解',
  city: '株洲市',
  source,
  create: (planId) =>
    draftToPlan(
      {
        template: 'zz-xiangshang-2017-2020',
        title: '“对接湘商会、建设新家乡”行动县市区目标任务分解（2017—2020年）',
        issuer: '株洲市人民政府',
        period: '2017—2020年',
        source,
        taskbook,
        unitHeader: '县市区',
        units: unitsFrom(
          rows.map((r) => r[0]),
          kindOfDivision,
        ),
        indicators: [
          { id: 'i1', name: '回归到位资金', measure: '亿元', decimals: 0, aggregate: 'sum' },
          { id: 'i2', name: '回归总部经济个数', measure: '个', decimals: 0, aggregate: 'sum' },
          { id: 'i3', name: '回归慈善公益资金', measure: '亿元', decimals: 0, aggregate: 'sum' },
        ],
        columns: ['i1', 'i2', 'i3'].map((indicator) => ({
          id: `${indicator}_2017-2020`,
          kind: 'figure' as const,
          label: '2017—2020年',
          indicator,
          period: '2017-2020',
          role: 'target' as const,
        })),
        values: rows.map((r) => [r[1], r[2], r[3]]),
        controlTotals: { 'i1_2017-2020': 500, 'i2_2017-2020': 14, 'i3_2017-2020': 20 },
        notes: [
          '湘商回归总量增速年均增长不低于20%，力争累计实现回归到位资金500亿元，其中产业项目回归300亿元，资本回归200亿元。',
        ],
      },
      planId,
    ),
};
