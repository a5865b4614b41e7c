import { draftToPlan, kindOfDivision, unitsFrom, type Template } from './template';

const source = {
  document: '株洲市“对接500强提升产业链”行动计划（2017—2020年）（株洲市委办、市政府办印发，2017年12月29日）',
  appendix: '一、工作目标；三、保障措施 12.机制保障（《500强企业引进工作目标分解任务书》）',
  date: '2017-12-29',
  issuer: '中共株洲市委办公室 株洲市人民政府办公室',
};

// City totals from the text (世界500强2家以上 …, the dropped 强 restored); the units' shares are the planner's to set.
const targets: [string, string, string, number][] = [
  ['world', '新引进世界500强企业', '家', 2],
  ['worldProjects', '世界500强投资项目', '个', 3],
  ['china', '新引进国内500强企业', '家', 3],
  ['chinaProjects', '国内500强投资项目', '个', 6],
  ['private', '新引进民营企业500强', '家', 5],
  ['privateProjects', '民营企业500强投资项目', '个', 10],
  ['hq', '新引进企业地区总部等功能性机构', '家', 20],
];

const units = [
  '高新区',
  '芦淞区',
  '石峰区',
  '荷塘区',
  '云龙示范区',
  '株洲县',
  '醴陵市',
  '攸县',
  '茶陵县',
  '炎陵县',
];

/** The 任务书's wording, from the source document. */
const taskbook = {
  title: '500强企业引进工作目标分解任务书',
  issuer: '株洲市人民政府',
  requirements: [
    '建立目标管理责任制，明确目标，落实责任，定期调度，定期通报。',
    '建立500强企业投资项目市级领导挂牌联络服务制度，实施“一个项目、一名领导、一套班子”全程跟踪服务，特别重大的项目，提请市领导联系跟踪。',
  ],
  assessment: [
    '建立科学考评制度，将项目数量、合同履约率、资金到位率、投产贡献率等作为主要考核指标，考核结果纳入开放型经济绩效考核体系；考核的组织实施工作由株洲市商务粮食局具体负责。',
  ],
  reporting: { what: '500强企业及其投资项目引进情况', day: 5, to: '市商务粮食局' },
};

export const zzTop500_2017: Template = {
  id: 'zz-top500-2017-2020',
  title: '500强企业引进工作目标分解',
  sheetName: '500强引进分解',
  city: '株洲市',
  source,
  create: (planId) =>
    draftToPlan(
      {
        template: 'zz-top500-2017-2020',
        title: '500强企业引进工作目标分解（2017—2020年）',
        issuer: '株洲市人民政府',
        period: '2017—2020年',
        source,
        taskbook,
        unitHeader: '县市区',
        units: unitsFrom(units, kindOfDivision),
        indicators: targets.map(([id, name, measure]) => ({
          id,
          name,
          measure,
          decimals: 0,
          aggregate: 'sum',
        })),
        columns: targets.map(([indicator]) => ({
          id: `${indicator}_2017-2020`,
          kind: 'figure' as const,
          label: '2017—2020年累计',
          indicator,
          period: '2017-2020',
          role: 'target' as const,
        })),
        controlTotals: Object.fromEntries(targets.map(([id, , , total]) => [`${id}_2017-2020`, total])),
        notes: ['力争到2020年，各项目标均为“以上”：实际完成不低于所列数字。'],
      },
      planId,
    ),
};
