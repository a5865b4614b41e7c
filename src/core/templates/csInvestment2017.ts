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

const source = csSource('长沙市招商引资行动方案', '二、工作目标；三、重点任务 9.完善日常调度机制');

// 引资规模: 2021年, 年均增长 on 2016.
const amounts: CsTarget[] = [
  ['fdi', '实际利用外资', '亿美元', 2, 70, 0.08],
  ['outOfProvince', '利用省外境内资金', '亿元', 2, 1260, 0.1],
  ['fixedAssets', '利用市外境内资金完成固定资产投资', '亿元', 2, 3310, 0.12],
];

// 项目质量, 外贸项目: 到2021年末累计新引进. “形成50亿美元以上的外贸进出口平台2-3家”: 2家 the floor, 3 in the note.
const counts: CsTarget[] = [
  ['projects100', '新引进投资额逾100亿元项目', '个', 0, 5],
  ['projects50', '新引进投资额逾50亿元项目', '个', 0, 100],
  ['world500', '世界500强投资项目', '个', 0, 30],
  ['china500', '中国500强和民营500强投资项目', '个', 0, 50],
  ['exporters', '新引进进出口过5亿美元的企业', '家', 0, 10],
  ['platforms', '50亿美元以上的外贸进出口平台', '家', 0, 2],
];

// 9.完善日常调度机制: rates every unit is held to, each its own (never summed, never spread).
const rates: CsTarget[] = [
  ['signing', '年度签约率', '%', 1, 30],
  ['keeping', '签约项目年度履约率', '%', 1, 80],
  ['funding', '履约项目年度资金到位率', '%', 1, 30],
];

const CUMULATIVE = { id: '2017-2021', label: '2017—2021年累计' };

/** The 任务书's wording, from the 方案's own text (三、重点任务 2, 9; 四、保障措施 15). */
const taskbook = {
  title: '长沙市招商引资工作目标分解任务书',
  issuer: CS_ISSUER,
  requirements: [
    '湖南湘江新区及各区县（市）、园区要根据功能定位，明确各自招商引资主导产业，依据《长沙市工业园区产业功能分区目录表》，国家级园区按照“两主一特”、省级园区按照“一主一特”进行产业功能分区。',
    '对履约率、开工率和资金到位率进行专项调度和督查，实行“一月一调度、半年一通报、年度综合考核”。其中，年度签约率力争达到30%以上，签约项目年度履约率不得低于80%，履约项目年度资金到位率不得低于30%。',
  ],
  assessment: [
    '招商引资工作纳入市开放型经济年度考核，由市发展开放型经济领导小组办公室按引资实绩进行统筹考核，并适当增加考核分值比重，考核得分与市绩效评估挂钩，对未达标的单位进行通报和约谈。',
  ],
  reporting: { what: '招商引资项目和到位资金完成情况', day: 5, to: '市商务局' },
};

export const csInvestment2017 = csTemplate({
  id: 'cs-investment-2017-2021',
  title: '长沙市招商引资工作目标分解',
  sheetName: '招商引资目标分解',
  source,
  taskbook,
  targets: (units) => {
    const columns = [...csColumns(amounts), ...csColumns(counts, CUMULATIVE), ...csColumns(rates)];
    const rate = Object.fromEntries(rates.map(([id, , , , value]) => [id, value]));
    const values = units.map((): CellValue[] =>
      columns.map((c) => (c.indicator !== undefined && c.indicator in rate ? rate[c.indicator] : null)),
    );
    return {
      indicators: csIndicators([...amounts, ...counts, ...rates]),
      columns,
      values,
      controlTotals: { ...csControlTotals(amounts), ...csControlTotals(counts, CUMULATIVE.id) },
      notes: [
        '到2021年末，实际利用外资70亿美元，年均增长8%；利用省外境内资金1260亿元，年均增长10%；利用市外境内资金完成固定资产投资3310亿元，年均增长12%。',
        '累计新引进投资额逾100亿元项目5个以上，50亿元项目100个以上，世界500强投资项目30个以上，中国500强和民营500强投资项目50个以上；新引进进出口过5亿美元的企业10家以上，形成50亿美元以上的外贸进出口平台2—3家。',
        '年度签约率力争达到30%以上，签约项目年度履约率不得低于80%，履约项目年度资金到位率不得低于30%：比率各单位同一标准，不汇总、不分摊。',
      ],
    };
  },
});
