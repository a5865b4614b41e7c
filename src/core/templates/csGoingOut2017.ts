import {
  CS_ISSUER,
  csColumns,
  csControlTotals,
  csIndicators,
  csSource,
  csTemplate,
  type CsTarget,
} from './csCommon';

const source = csSource('长沙市企业“走出去”行动方案', '二、工作目标');

// 到2021年: the two amounts 在2016年的基础上实现翻番，年均增长15%; 外派 3万人 as the text counts it.
const targets: CsTarget[] = [
  ['investment', '对外投资中方合同投资额', '亿美元', 2, 16, 0.15],
  ['contracting', '对外承包工程和劳务合作完成营业额', '亿美元', 2, 18, 0.15],
  ['workers', '外派出国务工人员', '万人', 2, 3],
  ['nationalParks', '国家级境外经贸合作园区', '家', 0, 1],
  ['provincialParks', '省级境外经贸合作园区', '家', 0, 10],
  ['leaders', '国际产能和装备制造合作龙头企业', '家', 0, 10],
];

/** The 任务书's wording, from the 方案's own text (四、保障措施 19, 21, 22). */
const taskbook = {
  title: '长沙市企业“走出去”工作目标分解任务书',
  issuer: CS_ISSUER,
  requirements: [
    '对重大的对外投资和合作交流项目建立部门对口联系调度机制，实现一个重点项目，一套服务体系，及时掌握企业投资需求和动态，研究、解决企业“走出去”过程中存在的困难，帮助企业突破项目瓶颈制约。',
    '有能力的区县（市）、园区配套出台相关政策，达到上下联动、政策互补的效果，鼓励和引导企业积极开展对外投资合作业务。',
  ],
  assessment: [
    '进一步完善绩效考核机制，增强绩效考核的科学性和合理性。根据区县（市）、园区特点，科学设定考核目标，加强对区县（市）、园区外经工作的指导与督查，采取过程考核和结果考核、平时考核和年终考核相结合的办法，实现考核的日常化、精细化。',
  ],
  reporting: { what: '对外投资和对外承包工程、劳务合作完成情况', day: 5, to: '市商务局' },
};

export const csGoingOut2017 = csTemplate({
  id: 'cs-going-out-2017-2021',
  title: '长沙市企业“走出去”工作目标分解',
  sheetName: '走出去目标分解',
  source,
  taskbook,
  targets: () => ({
    indicators: csIndicators(targets),
    columns: csColumns(targets),
    controlTotals: csControlTotals(targets),
    notes: [
      '到2021年，力争全市对外投资中方合同投资额、对外承包工程和劳务合作完成营业额在2016年的基础上实现翻番，年均增长15%，分别达到16亿美元和18亿美元；外派出国务工人员达3万人以上。',
      '建成国家级境外经贸合作园区1家，省级境外经贸合作园区10家以上。培育10家以上国际产能和装备制造合作龙头企业。',
    ],
  }),
});
