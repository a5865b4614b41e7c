import { czSource, czTaskbook, czUnits, czYears } from './czCommon';
import { draftToPlan, periodColumns, type Template } from './template';

const source = { ...czSource, appendix: '附件1 招商引资总量指标任务分解（2017—2018年）' };

// The text names the indicators and the units; the figures are in 附件1, which the source does not include.
export const czInvestment2017: Template = {
  id: 'cz-investment-2017-2018',
  title: '郴州市招商引资总量指标任务分解',
  sheetName: '招商引资总量分解',
  city: '郴州市',
  source,
  create: (planId) =>
    draftToPlan(
      {
        template: 'cz-investment-2017-2018',
        title: '郴州市招商引资总量指标任务分解（2017—2018年）',
        issuer: '郴州市招商引资工作协调推进小组',
        period: '2017—2018年',
        source,
        taskbook: czTaskbook,
        unitHeader: '县市区、园区',
        units: czUnits(),
        indicators: [
          { id: 'signed', name: '新引进签约项目', measure: '个', decimals: 0, aggregate: 'sum' },
          { id: 'started', name: '履约落地（开工）项目', measure: '个', decimals: 0, aggregate: 'sum' },
          { id: 'funds', name: '实际到位资金', measure: '亿元', decimals: 2, aggregate: 'sum' },
        ],
        columns: [
          ...periodColumns('signed', czYears),
          ...periodColumns('started', czYears),
          ...periodColumns('funds', czYears),
        ],
        notes: ['每年年初市商务局可根据当年省里下达给我市的招商引资任务对目标任务分解作微调。'],
      },
      planId,
    ),
};
