import { createFromTemplate, parsePlan, planSheetLayout, sumScaled, templates, type Plan } from '../src/core';
import { messages } from '../src/locales';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const plan = (id: string): Plan => createFromTemplate(id, 'test-plan');
const column = (p: Plan, id: string) => p.values.map((row) => row[p.columns.findIndex((c) => c.id === id)]);
const numbers = (xs: unknown[]) => xs.filter((x): x is number => typeof x === 'number');

/** A seed as its original reads: the extraction's half-width , : ; ( ) back to ，：；（）, its stray spaces gone. */
const restoredSeed = (file: string): string =>
  readFileSync(join(__dirname, '../sources/seeds', file), 'utf8')
    .replace(/ +/g, '')
    .replace(/,/g, '\uFF0C')
    .replace(/:/g, '\uFF1A')
    .replace(/;/g, '\uFF1B')
    .replace(/\(/g, '\uFF08')
    .replace(/\)/g, '\uFF09');
const CHANGSHA = restoredSeed('001_3f0b7341097c25f5.txt');
const CHANGDE = restoredSeed('004_4a2f2767349a952f.txt');

/** The city’s figure of each summed target with its measure, as the text writes it: 300亿美元, 40家. */
const cityFigures = (p: Plan): string[] =>
  p.columns
    .filter((c) => p.controlTotals[c.id] !== undefined)
    .map((c) => `${p.controlTotals[c.id]}${p.indicators.find((i) => i.id === c.indicator)!.measure}`);

/** Each share's figure as every unit holds it (the “—” of a unit it does not apply to aside): 30%. */
const shareFigures = (p: Plan): string[] =>
  p.indicators
    .filter((i) => i.aggregate === 'none')
    .flatMap((i) => {
      const j = p.columns.findIndex((c) => c.indicator === i.id && c.role === 'target');
      return [...new Set(numbers(column(p, p.columns[j].id)))].map((v) => `${v}%`);
    });

/** Each growth rule as the text states it: 年均增长15% (or 年均增长实现15%以上). */
const growthIn = (p: Plan, seed: string) =>
  p.indicators
    .filter((i) => i.rule?.growth)
    .map((i) => [
      i.name,
      new RegExp(`年均增长[^，。]{0,2}${Math.round(i.rule!.growth!.rate * 100)}%`).test(seed),
    ]);

/** Every sentence of the 任务书's requirements and 考核 terms stands in the text as it is. */
const wordingNotIn = (p: Plan, seed: string): string[] =>
  [...p.taskbook!.requirements, ...p.taskbook!.assessment]
    .flatMap((paragraph) => paragraph.split('。'))
    .filter((sentence) => sentence !== '' && !seed.includes(sentence));

describe('the built-in templates', () => {
  it.each(templates.map((t) => t.id))('%s makes a plan that passes its own schema', (id) => {
    expect(() => parsePlan(JSON.parse(JSON.stringify(plan(id))))).not.toThrow();
  });

  it('cite their source document, appendix and date', () => {
    for (const t of templates.filter((x) => x.id !== 'custom')) {
      expect(t.source.document).not.toBe('');
      expect(t.source.appendix).not.toBe('');
      // As precise as the source allows: 长沙’s and 常德’s texts give their year only.
      expect(t.source.date).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
    }
  });

  it('湘商 keeps the 10 units in the source order with 攸县 restored, totals 500 / 14 / 20', () => {
    const p = plan('zz-xiangshang-2017-2020');
    expect(p.units.map((u) => u.name)).toEqual([
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
    ]);
    expect(p.columns.map((c) => sumScaled(numbers(column(p, c.id)), 0))).toEqual([500, 14, 20]);
    expect(Object.values(p.controlTotals)).toEqual([500, 14, 20]);
  });

  it('the task table keeps all 88 tasks in 8 sections with their deadlines restored', () => {
    const p = plan('zz-tasks-2017');
    expect(p.units).toHaveLength(88);
    expect(new Set(p.units.map((u) => u.section)).size).toBe(8);
    const counts: Record<string, number> = {};
    for (const d of column(p, 'deadline')) counts[String(d)] = (counts[String(d)] ?? 0) + 1;
    expect(counts).toEqual({
      '2017年12月': 13,
      '2018年6月': 17,
      '2018年12月': 21,
      '2020年12月': 4,
      持续推进: 33,
    });
    expect(p.units[37].name).toContain('合理补偿机制');
    expect(column(p, 'responsible')[37]).toBe('各县市区人民政府负责');
  });

  it('the bonded zones keep “—” for zones not yet open and total 25.77 / 50 / 200', () => {
    const p = plan('hn-bonded-zones-2017');
    expect(p.units[0].name).toBe('郴州综保区（出口加工区）');
    expect(column(p, 'trade_2016').filter((v) => v === '—')).toHaveLength(2);
    expect(
      ['trade_2016', 'trade_2017', 'trade_2020'].map((id) => sumScaled(numbers(column(p, id)), 2)),
    ).toEqual([25.77, 50, 200]);
  });

  it('the development zones total 123557, 216102, 36501.2, 51241.5, 855680, 1343417', () => {
    const p = plan('zz-devzones-2016-2020');
    expect(p.columns.map((c) => sumScaled(numbers(column(p, c.id)), 1))).toEqual([
      123557, 216102, 36501.2, 51241.5, 855680, 1343417,
    ]);
    expect(p.indicators.map((i) => i.rule?.growth?.rate)).toEqual([0.15, 0.08, 0.12]);
  });

  it('the 500强 table carries the city totals of the text and leaves the units to allocate', () => {
    const p = plan('zz-top500-2017-2020');
    expect(Object.values(p.controlTotals)).toEqual([2, 3, 3, 6, 5, 10, 20]);
    expect(p.values.flat().every((v) => v === null)).toBe(true);
  });

  it('郴州 has 13 units, its structural indicators name their departments, and the shares are not summed', () => {
    const inv = plan('cz-investment-2017-2018');
    const str = plan('cz-structural-2017-2018');
    expect(inv.units).toHaveLength(13);
    expect(inv.columns).toHaveLength(6);
    expect(str.indicators).toHaveLength(8);
    expect(str.indicators.every((i) => i.department)).toBe(true);
    expect(str.indicators.filter((i) => i.aggregate === 'none').map((i) => i.measure)).toEqual(['%', '%']);
  });
});

describe('长沙’s three 行动方案 (2017—2021年), one template each', () => {
  const ids = ['cs-trade-2017-2021', 'cs-going-out-2017-2021', 'cs-investment-2017-2021'];

  it('are made for 长沙’s 9 区县（市） and its 3 园区, over 2017—2021年, each citing its own 方案', () => {
    for (const id of ids) {
      const p = plan(id);
      expect(p.units.map((u) => u.name)).toEqual([
        '芙蓉区',
        '天心区',
        '岳麓区',
        '开福区',
        '雨花区',
        '望城区',
        '长沙县',
        '宁乡市',
        '浏阳市',
        '湖南湘江新区',
        '长沙黄花综合保税区',
        '长沙金霞保税物流中心',
      ]);
      expect(p.units.slice(9).every((u) => u.kind === 'zone')).toBe(true);
      expect(p.period).toBe('2017—2021年');
      // The title, and below it the years the extraction wrote (2017-2021年) for （2017—2021年）.
      expect(p.source.document).toMatch(/（2017—2021年）$/);
      const title = p.source.document.replace(/（2017—2021年）$/, '');
      expect(CHANGSHA).toMatch(new RegExp(`${title}\\s*（2017-2021年）`));
      expect(p.taskbook!.issuer).toBe('长沙市发展开放型经济领导小组');
      expect(CHANGSHA).toContain('市发展开放型经济领导小组');
    }
  });

  it('对外贸易: 300 / 100 / 100亿美元 by 2021 growing 15% / 30% / 100% a year on 2016, the counts, 30% a share', () => {
    const p = plan('cs-trade-2017-2021');
    expect(cityFigures(p)).toEqual([
      '300亿美元',
      '100亿美元',
      '100亿美元',
      '40家',
      '4000家',
      '5家',
      '100亿美元',
      '12家',
      '10亿美元',
    ]);
    for (const figure of cityFigures(p)) expect(CHANGSHA).toContain(figure);
    expect(shareFigures(p)).toEqual(['30%']);
    expect(CHANGSHA).toContain('加工贸易占全市外贸总量的30%以上');
    expect(growthIn(p, CHANGSHA)).toEqual([
      ['外贸进出口总额', true],
      ['加工贸易进出口总额', true],
      ['跨境电商外贸进出口', true],
    ]);
    expect(p.columns.filter((c) => c.role === 'base').map((c) => c.period)).toEqual(['2016', '2016', '2016']);
    expect(new Set(p.columns.filter((c) => c.role === 'target').map((c) => c.period))).toEqual(
      new Set(['2021']),
    );
    // 其中长沙黄花综合保税区达到80亿美元以上: the one unit figure the text gives, for the planner to lock.
    expect(p.notes.join('')).toContain('其中长沙黄花综合保税区80亿美元以上');
    expect(CHANGSHA).toContain('其中长沙黄花综合保税区达到80亿美元以上');
    expect(wordingNotIn(p, CHANGSHA)).toEqual([]);
  });

  it('企业“走出去”: 16 and 18亿美元 growing 15% a year on 2016, 3万人, 1 + 10 园区, 10 龙头企业', () => {
    const p = plan('cs-going-out-2017-2021');
    expect(cityFigures(p)).toEqual(['16亿美元', '18亿美元', '3万人', '1家', '10家', '10家']);
    for (const figure of cityFigures(p)) expect(CHANGSHA).toContain(figure);
    expect(CHANGSHA).toContain('年均增长15%,分别达到16亿美元和18亿美元'.replace(',', '\uFF0C'));
    expect(growthIn(p, CHANGSHA)).toEqual([
      ['对外投资中方合同投资额', true],
      ['对外承包工程和劳务合作完成营业额', true],
    ]);
    expect(wordingNotIn(p, CHANGSHA)).toEqual([]);
  });

  it('招商引资: 70亿美元, 1260 and 3310亿元 growing 8% / 10% / 12%; projects over 2017—2021; three rates every unit keeps', () => {
    const p = plan('cs-investment-2017-2021');
    expect(cityFigures(p)).toEqual([
      '70亿美元',
      '1260亿元',
      '3310亿元',
      '5个',
      '100个',
      '30个',
      '50个',
      '10家',
      '2家',
    ]);
    for (const figure of cityFigures(p).slice(0, -1)) expect(CHANGSHA).toContain(figure);
    // 形成50亿美元以上的外贸进出口平台2-3家: the lower figure is the 下达目标.
    expect(CHANGSHA).toContain('外贸进出口平台2-3家');
    expect(growthIn(p, CHANGSHA)).toEqual([
      ['实际利用外资', true],
      ['利用省外境内资金', true],
      ['利用市外境内资金完成固定资产投资', true],
    ]);
    expect(p.columns.filter((c) => p.controlTotals[c.id] !== undefined).map((c) => c.label)).toEqual([
      ...Array<string>(3).fill('2021年'),
      ...Array<string>(6).fill('2017—2021年累计'),
    ]);
    // 签约率、履约率、资金到位率: shares, not summed, the same in every unit, never a 下达目标.
    expect(p.indicators.filter((i) => i.aggregate === 'none').map((i) => i.name)).toEqual([
      '年度签约率',
      '签约项目年度履约率',
      '履约项目年度资金到位率',
    ]);
    for (const id of ['signing_2021', 'keeping_2021', 'funding_2021']) {
      expect(new Set(column(p, id)).size).toBe(1);
      expect(p.controlTotals[id]).toBeUndefined();
    }
    expect(shareFigures(p)).toEqual(['30%', '80%', '30%']);
    expect(CHANGSHA).toContain(
      '年度签约率力争达到30%以上，签约项目年度履约率不得低于80%，履约项目年度资金到位率不得低于30%',
    );
    expect(wordingNotIn(p, CHANGSHA)).toEqual([]);
  });
});

describe('常德’s 推进产业立市三年行动计划 (to 2020)', () => {
  it('发展目标: the city’s figures for 2020 over its 9 区县（市） and 2 园区, shares kept as shares', () => {
    const p = plan('cd-industry-2018-2020');
    expect(p.units.map((u) => u.name)).toEqual([
      '武陵区',
      '鼎城区',
      '安乡县',
      '汉寿县',
      '澧县',
      '临澧县',
      '桃源县',
      '石门县',
      '津市市',
      '常德经开区',
      '常德高新区',
    ]);
    expect(cityFigures(p)).toEqual([
      '4300亿元',
      '1500亿元',
      '1500家',
      '3家',
      '5家',
      '30家',
      '100家',
      '2家',
      '10个',
    ]);
    for (const figure of cityFigures(p)) expect(CHANGDE).toContain(figure);
    expect(shareFigures(p)).toEqual(['90%', '2.3%']);
    for (const figure of shareFigures(p)) expect(CHANGDE).toContain(`超过${figure}`);
    // A 园区’s own share of 园区 value added is no target.
    expect(column(p, 'parkShare_2020').slice(9)).toEqual(['—', '—']);
    expect(growthIn(p, CHANGDE)).toEqual([['高新技术产业产值', true]]);
    expect(CHANGDE).toContain('到2020年');
    expect(CHANGDE).toContain('年纳税额1000万元以上的产业类企业（不含房地产和建筑企业）突破100家');
    expect(p.taskbook!.issuer).toBe('常德市推进产业立市三年行动指挥部');
    expect(wordingNotIn(p, CHANGDE)).toEqual([]);
  });

  it('重点任务: the 12 numbered tasks in their 3 parts, each clause with its 责任单位 as the text gives it', () => {
    const p = plan('cd-tasks-2018-2020');
    expect([...new Set(p.units.map((u) => u.section))]).toEqual([
      '（一）搭建一个平台',
      '（二）强化三大保障',
      '（三）实施八大行动',
    ]);
    for (const section of new Set(p.units.map((u) => u.section))) expect(CHANGDE).toContain(section);
    // The 12 tasks as the text numbers them, each opening its rows, in order.
    const titles = [...CHANGDE.matchAll(/^(\d+)\.([^。\n]+?)。/gm)].map((m) => m[2]);
    expect(titles).toHaveLength(12);
    const titleOf = (text: string) => titles.find((t) => text.startsWith(t));
    expect([...new Set(p.units.map((u) => titleOf(u.name)))]).toEqual(titles);
    // Every row's text (its task's name aside) and every 责任单位 stand in the text; task 5's opening names none.
    const responsible = column(p, 'responsible') as string[];
    p.units.forEach((u, i) => {
      const title = titleOf(u.name)!;
      const body = u.name
        .slice(title.length)
        .replace(/^\uFF1A/, '')
        .replace(/。$/, '');
      expect([u.name, CHANGDE.includes(body)]).toEqual([u.name, true]);
      if (!u.name.startsWith('实施常德品牌推广行动：'))
        expect([u.name, CHANGDE.includes(`${body}（责任单位：${responsible[i]}）`)]).toEqual([u.name, true]);
    });
    expect(responsible[p.units.findIndex((u) => u.name.startsWith('实施常德品牌推广行动：'))]).toBe(
      '市农委、市经信委、市旅游外侨局、市住建局',
    );
    expect(p.units).toHaveLength(30);
    expect(p.units.find((u) => u.name.includes('1500名以上'))!.name).toContain(
      '引进重点大学本科及以上毕业生1500名以上，其中硕士研究生600名以上、博士研究生60名以上',
    );
    // 三年上台阶（到2020年）：三年行动各项目标任务全面完成.
    expect(new Set(column(p, 'deadline'))).toEqual(new Set(['2020年12月']));
    expect(CHANGDE).toContain('三年上台阶（到2020年）。三年行动各项目标任务全面完成');
    expect(wordingNotIn(p, CHANGDE)).toEqual([]);
  });
});

describe('plan sheets print as planners expect', () => {
  it('large figures carry thousands separators at the indicator’s decimals; summary rows are as tall as unit rows', () => {
    const plan = createFromTemplate('zz-devzones-2016-2020', 'p');
    const { layout, placement } = planSheetLayout(plan, messages('zh-CN').sheet, '表');
    const formats = new Set(
      layout.cells
        .filter((c) => c.row === placement.unitRows[0] && c.col >= 3)
        .map((c) => layout.styles[c.style!].numFmt),
    );
    expect([...formats].sort()).toEqual(['#,##0', '#,##0.0']);
    expect(layout.rowHeights[placement.totalRow!]).toBe(layout.rowHeights[placement.unitRows[0]]);
    expect(layout.rowHeights[placement.differenceRow!]).toBe(layout.rowHeights[placement.unitRows[0]]);
  });
});
