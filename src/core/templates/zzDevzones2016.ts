import { draftToPlan, periodColumns, unitsFrom, type Template } from './template';

const source = {
  document: '株洲市“对接自贸区提升大平台”行动计划（2017—2020年）（株洲市委办、市政府办印发，2017年12月29日）',
  appendix: '附件2 株洲市省级以上开发区外贸、外资、内资目标表',
  date: '2017-12-29',
  issuer: '中共株洲市委办公室 株洲市人民政府办公室',
};

// 进出口 2016, 2020; 实际使用外资 2016, 2020; 实际利用内资 2016, 2020. The unlabeled last row is 合计.
const rows: [string, number, number, number, number, number, number][] = [
  ['湖南醴陵经济开发区', 27430, 47975, 2210.2, 3005.6, 121303, 190445],
  ['湖南茶陵经济开发区', 30, 52, 827.4, 1125.3, 117950, 185182],
  ['湖南株洲建宁经济开发区', 188, 329, 0.0, 1600, 50400, 79128],
  ['湖南株洲渌口经济开发区', 699, 1223, 1234.9, 1679.5, 17800, 27946],
  ['株洲高新技术产业开发区', 95210, 166523, 32228.7, 43831.1, 548227, 860716],
];

const years = [
  { period: '2016', role: 'base' as const },
  { period: '2020', role: 'target' as const },
];

/** The 任务书's wording, from the source document. */
const taskbook = {
  title: '株洲市省级以上开发区外贸、外资、内资工作目标分解任务书',
  issuer: '株洲市人民政府',
  requirements: [
    '以上开发区内设有保税物流中心的，开发区数据包含保税物流中心数据。',
    '要加大对园区开放型经济的考核力度，采取通报、约谈等方法，促进园区开放发展水平不断提升。',
  ],
  assessment: [
    '建立健全评估考核奖惩激励机制和管理体系，由市绩效办会同相关部门定期对行动实施效果进行督查和评估，及时发现问题，督促整改。',
  ],
  reporting: { what: '进出口、实际使用外资和实际利用内资完成情况', day: 5, to: '市商务粮食局' },
};

export const zzDevzones2016: Template = {
  id: 'zz-devzones-2016-2020',
  title: '株洲市省级以上开发区外贸、外资、内资目标表',
  sheetName: '开发区外贸外资内资目标',
  city: '株洲市',
  source,
  create: (planId) =>
    draftToPlan(
      {
        template: 'zz-devzones-2016-2020',
        title: '株洲市省级以上开发区外贸、外资、内资目标表',
        issuer: '株洲市人民政府',
        period: '2016—2020年',
        source,
        taskbook,
        unitHeader: '省级以上开发区（5个）',
        units: unitsFrom(
          rows.map((r) => r[0]),
          () => 'zone',
        ),
        indicators: [
          {
            id: 'trade',
            name: '进出口',
            measure: '万美元',
            decimals: 0,
            aggregate: 'sum',
            rule: { growth: { from: '2016', rate: 0.15 } },
          },
          {
            id: 'fdi',
            name: '实际使用外资',
            measure: '万美元',
            decimals: 1,
            aggregate: 'sum',
            rule: { growth: { from: '2016', rate: 0.08 } },
          },
          {
            id: 'domestic',
            name: '实际利用内资',
            measure: '万元',
            decimals: 0,
            aggregate: 'sum',
            rule: { growth: { from: '2016', rate: 0.12 } },
          },
        ],
        columns: [
          ...periodColumns('trade', years),
          ...periodColumns('fdi', years),
          ...periodColumns('domestic', years),
        ],
        values: rows.map((r) => r.slice(1) as number[]),
        controlTotals: { trade_2020: 216102, fdi_2020: 51241.5, domestic_2020: 1343417 },
        notes: [
          '注：1.以上开发区内设有保税物流中心的，开发区数据包含保税物流中心数据。',
          '2.以上测算外贸按年均增长15%、外资按年均增长8%、内资按年均增长12%。',
        ],
      },
      planId,
    ),
};
