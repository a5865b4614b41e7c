import { NOT_APPLICABLE } from '../plan';
import { draftToPlan, periodColumns, unitsFrom, type Template } from './template';

const source = {
  document: '株洲市“对接自贸区提升大平台”行动计划（2017—2020年）（株洲市委办、市政府办印发，2017年12月29日）',
  appendix: '附件1 全省海关特殊监管区域（保税物流中心）进出口目标情况表',
  date: '2017-12-29',
  issuer: '中共株洲市委办公室 株洲市人民政府办公室',
};

const na = NOT_APPLICABLE;
// Row 1 lost its first character in extraction: 郴州综保区(出口加工区). “—”: not yet operating in 2016.
const rows: [string, string, number | string, number, number][] = [
  ['郴州综保区（出口加工区）', '2007.11', 5.86, 7, 20],
  ['衡阳综保区', '2014.9', 0.33, 5, 15],
  ['湘潭综保区', '2015.4', 5.58, 7, 20],
  ['岳阳综保区', '2016.8', 9.62, 15, 40],
  ['长沙黄花综保区', '2017.6', na, 8, 80],
  ['长沙金霞保税物流中心', '2009.8', 4.38, 7, 15],
  ['株洲铜塘湾保税物流中心', '2017.10', na, 1, 10],
];

/** The 任务书's wording, from the source document. */
const taskbook = {
  title: '海关特殊监管区域（保税物流中心）进出口工作目标任务书',
  issuer: '株洲市人民政府',
  requirements: [
    '建立健全园区、口岸、海关特殊监管区等管理机构，配齐配强力量。',
    '要加强对园区、海关特殊监管区、口岸建设中的优惠、便利政策和改革创新成果的宣传解读，不断扩大开放平台的影响力。',
  ],
  assessment: [
    '建立健全评估考核奖惩激励机制和管理体系，由市绩效办会同相关部门定期对行动实施效果进行督查和评估，及时发现问题，督促整改。',
  ],
  reporting: { what: '进出口完成情况', day: 5, to: '市商务粮食局' },
};

export const hnBondedZones2017: Template = {
  id: 'hn-bonded-zones-2017',
  title: '全省海关特殊监管区域（保税物流中心）进出口目标情况表',
  sheetName: '海关特殊监管区域目标',
  city: '湖南省',
  source,
  create: (planId) =>
    draftToPlan(
      {
        template: 'hn-bonded-zones-2017',
        title: '全省海关特殊监管区域（保税物流中心）进出口目标情况表',
        issuer: '株洲市人民政府',
        period: '2016—2020年',
        source,
        taskbook,
        unitHeader: '海关特殊监管区域',
        totalLabel: '总计',
        units: unitsFrom(
          rows.map((r) => r[0]),
          () => 'zone',
        ),
        indicators: [{ id: 'trade', name: '进出口', measure: '亿美元', decimals: 2, aggregate: 'sum' }],
        columns: [
          { id: 'opened', kind: 'text', label: '封关运营时间' },
          ...periodColumns('trade', [
            { period: '2016', label: '2016完成', role: 'actual' },
            { period: '2017', label: '2017目标', role: 'target', decimals: 0 },
            { period: '2020', label: '2020目标', role: 'target', decimals: 0 },
          ]),
        ],
        values: rows.map((r) => r.slice(1)),
        controlTotals: { trade_2017: 50, trade_2020: 200 },
        notes: ['单位：亿美元。“—”表示当年尚未封关运营。'],
      },
      planId,
    ),
};
