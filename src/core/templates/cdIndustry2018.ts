import { NOT_APPLICABLE, type CellValue, type Indicator } from '../plan';
import { CD_ISSUER, CD_PERIOD, CD_REPORT_TO, cdAssessment, cdRequirements, cdSource } from './cdCommon';
import { hunanCities } from './hunanDivisions';
import { draftToPlan, kindOfDivision, periodColumns, unitsFrom, type Template } from './template';

const source = cdSource('一、发展目标');

// 到2020年, from 一、发展目标 (超过, 以上, 突破: the figures are floors). [id, name, measure, decimals, 2020 figure].
const amounts: [string, string, string, number, number][] = [
  ['gdp', '地区生产总值', '亿元', 1, 4300],
  ['industry', '规模工业增加值', '亿元', 1, 1500],
  ['firms', '规模工业企业', '家', 0, 1500],
  ['firms100', '产值100亿元以上企业', '家', 0, 3],
  ['firms50', '产值50亿元以上企业', '家', 0, 5],
  ['firms10', '产值10亿元以上企业', '家', 0, 30],
  ['taxpayers', '年纳税额1000万元以上的产业类企业（不含房地产和建筑企业）', '家', 0, 100],
  ['platforms', '新增国家级创新平台', '家', 0, 2],
  ['brands', '优质农产品、工业产品、旅游产品品牌', '个', 0, 10],
];

const indicators: Indicator[] = [
  ...amounts.map(([id, name, measure, decimals]) => ({
    id,
    name,
    measure,
    decimals,
    aggregate: 'sum' as const,
  })),
  // Shares: each unit's own, not summed, not spread; the city's 90% and 2.3% stand in every unit's cell.
  {
    id: 'parkShare',
    name: '园区规模工业增加值占规模工业增加值比重',
    measure: '%',
    decimals: 1,
    aggregate: 'none',
  },
  { id: 'rdShare', name: '全社会研发经费支出占GDP比重', measure: '%', decimals: 1, aggregate: 'none' },
  // 年均增长15%以上 over the three years: on 2017, the year before 一年起好步（到2018年）.
  {
    id: 'hightech',
    name: '高新技术产业产值',
    measure: '亿元',
    decimals: 1,
    aggregate: 'sum',
    rule: { growth: { from: '2017', rate: 0.15 } },
  },
];

const TARGET = { period: '2020', label: '2020年', role: 'target' as const };
/** 新增 over the three years, not in 2020 alone. */
const ADDED = { period: '2018-2020', label: '2018—2020年新增', role: 'target' as const };
const periodOf = (id: string) => (id === 'platforms' ? ADDED : TARGET);

/** 常德's 9 区县（市） and its two 园区 (常德经开区, 常德高新区), as reference/hunan-divisions.md presets them. */
const cdUnits = () => {
  const city = hunanCities.find((c) => c.city === '常德市')!;
  return unitsFrom([...city.divisions, ...city.zones], kindOfDivision);
};

/** The 任务书's wording, from 四、工作要求. */
const taskbook = {
  title: '常德市推进产业立市三年行动目标任务书',
  issuer: CD_ISSUER,
  requirements: [...cdRequirements, '各区县（市）成立相应工作机构。各区县（市）结合实际制定本区域行动计划。'],
  assessment: cdAssessment,
  reporting: { what: '产业立市三年行动目标完成情况', day: 5, to: CD_REPORT_TO },
};

export const cdIndustry2018: Template = {
  id: 'cd-industry-2018-2020',
  title: '常德市推进产业立市三年行动发展目标分解',
  sheetName: '产业立市目标分解',
  city: '常德市',
  source,
  create: (planId) => {
    const units = cdUnits();
    const columns = [
      ...amounts.flatMap(([id]) => periodColumns(id, [periodOf(id)])),
      ...periodColumns('parkShare', [TARGET]),
      ...periodColumns('rdShare', [TARGET]),
      ...periodColumns('hightech', [{ period: '2017', label: '2017年基数', role: 'base' }, TARGET]),
    ];
    // A 园区's own 园区 share is no target: “—” there.
    const values = units.map((u): CellValue[] =>
      columns.map((c) =>
        c.indicator === 'parkShare'
          ? u.kind === 'zone'
            ? NOT_APPLICABLE
            : 90
          : c.indicator === 'rdShare'
            ? 2.3
            : null,
      ),
    );
    return draftToPlan(
      {
        template: 'cd-industry-2018-2020',
        title: `常德市推进产业立市三年行动发展目标分解（${CD_PERIOD}）`,
        issuer: CD_ISSUER,
        period: CD_PERIOD,
        source,
        taskbook,
        unitHeader: '区县（市）、园区',
        units,
        indicators,
        columns,
        values,
        controlTotals: Object.fromEntries(
          amounts.map(([id, , , , total]) => [`${id}_${periodOf(id).period}`, total]),
        ),
        notes: [
          '到2020年，地区生产总值达到4300亿元，占全省比重达到1/10；规模工业增加值超过1500亿元，规模工业企业超过1500家，产值100亿元以上企业超过3家、50亿元以上企业超过5家、10亿元以上企业超过30家。',
          '年纳税额1000万元以上的产业类企业（不含房地产和建筑企业）突破100家；园区规模工业增加值占全市规模工业增加值比重超过90%（含常德卷烟厂）；全社会研发经费支出占GDP比重超过2.3%，高新技术产业产值年均增长15%以上，新增国家级创新平台2家以上；优质农产品、工业产品、旅游产品品牌达到10个以上。',
          '比重各单位先按全市目标填列，不汇总、不分摊；各项目标均为“以上”：实际完成不低于所列数字。',
        ],
      },
      planId,
    );
  },
};
