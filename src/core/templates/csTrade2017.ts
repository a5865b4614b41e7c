import type { CellValue } from '../plan';
import {
  CS_ISSUER,
  csColumns,
  csControlTotals,
  csIndicators,
  csSource,
  csTemplate,
  type CsTarget,
} from './csCommon';

const source = csSource('长沙市对外贸易行动方案', '二、工作目标；三、重点任务');

// 到2021年末, from 二、工作目标 and the figures of 三、重点任务 (2, 3, 4, 7, 8). Rates are 年均增长 on 2016.
const targets: CsTarget[] = [
  ['trade', '外贸进出口总额', '亿美元', 2, 300, 0.15],
  ['processing', '加工贸易进出口总额', '亿美元', 2, 100, 0.3],
  ['crossBorder', '跨境电商外贸进出口', '亿美元', 2, 100, 1],
  ['firms', '进出口额过亿美元的外贸企业', '家', 0, 40],
  ['traders', '进出口实绩企业', '家', 0, 4000],
  ['zones20', '年进出口额过20亿美元的开发园区', '家', 0, 5],
  ['bonded', '海关特殊监管区域（含保税监管场所）进出口总额', '亿美元', 2, 100],
  ['processingShare', '加工贸易占外贸总量比重', '%', 1, 30],
  ['outsourcingBases', '省级以上服务外包示范园区基地', '家', 0, 12],
  ['offshore', '服务外包离岸执行额', '亿美元', 2, 10],
];

/** The 任务书's wording, from the 方案's own text (2. 壮大做强外贸主体; 四、保障措施 12—14). */
const taskbook = {
  title: '长沙市对外贸易工作目标分解任务书',
  issuer: CS_ISSUER,
  requirements: [
    '各区县（市）、园区要进一步统一思想、提高认识，把发展外贸作为发展开放型经济的重要举措，结合各地实际，成立相应机构，加大扶持力度，强化工作举措，狠抓工作落实。',
    '国家级园区每年至少引进1个进出口5000万美元以上的项目，省级园区每年至少引进1个进出口2000万美元以上的项目。',
    '各区县（市）、园区要积极出台开放型经济发展政策。',
  ],
  assessment: [
    '进一步完善外贸通报、督查机制、重点外贸企业调度服务机制。完善外贸月通报制度，及时分析、研究外贸工作中的新情况、新问题，推动外贸工作发展。',
    '加大外贸指标的考核力度，强化外贸在长沙市开放型经济考核中的权重，坚持客观公正、正向引导、激励为主、奖惩结合，充分发挥绩效考核指挥棒的作用。',
  ],
  reporting: { what: '外贸进出口完成情况', day: 5, to: '市商务局' },
};

export const csTrade2017 = csTemplate({
  id: 'cs-trade-2017-2021',
  title: '长沙市对外贸易工作目标分解',
  sheetName: '对外贸易目标分解',
  source,
  taskbook,
  targets: (units) => {
    const columns = csColumns(targets);
    // The share is each unit's own (30% of its 外贸), never spread. 黄花综保区's 80 of the 100 stays in the notes:
    // written in its cell alone, a fresh plan would open on a 差额 of −20.
    const values = units.map((): CellValue[] =>
      columns.map((c) => (c.role === 'target' && c.indicator === 'processingShare' ? 30 : null)),
    );
    return {
      indicators: csIndicators(targets),
      columns,
      values,
      controlTotals: csControlTotals(targets),
      notes: [
        '到2021年末，全市外贸总量实现翻番，力争达到300亿美元，年均增长15%以上；加工贸易进出口总额年均增长30%以上，跨境电商外贸进出口年均增长100%以上。',
        '海关特殊监管区域（含保税监管场所）进出口总额100亿美元以上，其中长沙黄花综合保税区80亿美元以上；省级以上服务外包示范园区基地从目前的7家增长到12家。',
        '加工贸易占全市外贸总量的30%以上：比重不汇总、不分摊，各单位先按全市比重填列。各项目标均为“以上”：实际完成不低于所列数字。',
      ],
    };
  },
});
