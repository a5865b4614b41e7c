import {
  NOT_APPLICABLE,
  createFromTemplate,
  gridFromText,
  isPlanError,
  recognisedPlan,
  recogniseSources,
  planGrid,
  validate,
  type CellValue,
  type GridSource,
  type RecognisedTable,
} from '../src/core';

const sheet = (cells: CellValue[][], merges: GridSource['merges'] = [], name = 'Sheet1'): GridSource => ({
  name,
  kind: 'sheet',
  cells,
  merges,
});

const only = (source: GridSource | GridSource[], choice = {}): RecognisedTable => {
  const r = recogniseSources(Array.isArray(source) ? source : [source], choice);
  if (r.kind !== 'table') throw new Error(`asked to choose among ${r.candidates.length}`);
  return r.table;
};

const refusal = (f: () => unknown): { code: string; params: Record<string, string | number> } => {
  try {
    f();
  } catch (e) {
    if (isPlanError(e)) return { code: e.code, params: e.params };
    throw e;
  }
  throw new Error('not refused');
};

// The 湘商 appendix of seeds/000 as a bureau would type it: title, 序号, three indicators with measures, 合计 last.
const xiangshang: CellValue[][] = [
  ['附件'],
  ['“对接湘商会、建设新家乡”行动县市区目标任务分解（2017—2020年）'],
  ['序号', '县市区', '回归到位资金（亿元）', '回归总部经济个数（个）', '回归慈善公益资金（亿元）'],
  [1, '高新区', 80, 3, 3],
  [2, '芦淞区', 40, 1, 2],
  [3, '石峰区', 40, 1, 2],
  [4, '荷塘区', 40, 1, 2],
  [5, '云龙示范区', 50, 1, 2],
  [6, '株洲县', 50, 1, 2],
  [7, '醴陵市', 80, 2, 3],
  [8, '攸  县', 50, 2, 2],
  [9, '茶陵县', 40, 1, 1],
  [10, '炎陵县', 30, 1, 1],
  ['合计', null, 500, 14, 20],
];

describe('recognising a table from a grid', () => {
  test('the 湘商 table gives its ten units, three indicators with measures, and 合计 as 下达目标', () => {
    const t = only(sheet(xiangshang, [{ top: 13, left: 0, bottom: 13, right: 1 }]));
    expect(t.unitHeader).toBe('县市区');
    expect(t.units.map((u) => u.name)).toEqual(
      createFromTemplate('zz-xiangshang-2017-2020', 'x').units.map((u) => u.name),
    );
    expect(t.indicators.map((i) => [i.name, i.measure])).toEqual([
      ['回归到位资金', '亿元'],
      ['回归总部经济个数', '个'],
      ['回归慈善公益资金', '亿元'],
    ]);
    expect(t.period).toBe('2017—2020年');
    expect(t.appendix).toBe('附件');
    expect(t.totals?.values).toEqual([500, 14, 20]);
    expect(t.differences).toEqual([]);
    expect(t.ignored.map((i) => i.why)).toEqual(['serial']);
    const plan = recognisedPlan(t, { document: '分解表.xlsx', table: 'Sheet1' }, 'p');
    const template = createFromTemplate('zz-xiangshang-2017-2020', 'x');
    expect(plan.values).toEqual(template.values);
    expect(Object.values(plan.controlTotals)).toEqual(Object.values(template.controlTotals));
    expect(plan.columns.map((c) => [c.period, c.label])).toEqual(
      template.columns.map((c) => [c.period, c.label]),
    );
    expect(validate(plan, planGrid(plan)).filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('合计 first, two header rows with an indicator merged over its years, a 单位 line above', () => {
    const cells: CellValue[][] = [
      ['株洲市省级以上开发区外贸、外资目标表'],
      [null, null, null, null, '单位：万美元'],
      ['园区', '进出口', null, '实际使用外资', null],
      [null, '2016年', '2020年', '2016年', '2020年'],
      ['合计', 123557, 200000, 5000, 7000],
      ['株洲高新区', 100000, 150000, 3000, 4000],
      ['醴陵经开区', 23557, 50000, 2000, 3000],
    ];
    const t = only(
      sheet(cells, [
        { top: 0, left: 0, bottom: 0, right: 4 },
        { top: 2, left: 0, bottom: 3, right: 0 },
        { top: 2, left: 1, bottom: 2, right: 2 },
        { top: 2, left: 3, bottom: 2, right: 4 },
      ]),
    );
    expect(t.units.map((u) => u.name)).toEqual(['株洲高新区', '醴陵经开区']);
    expect(t.indicators.map((i) => [i.name, i.measure])).toEqual([
      ['进出口', '万美元'],
      ['实际使用外资', '万美元'],
    ]);
    expect(t.columns.map((c) => [c.label, c.period])).toEqual([
      ['2016年', '2016'],
      ['2020年', '2020'],
      ['2016年', '2016'],
      ['2020年', '2020'],
    ]);
    expect(t.totals?.values).toEqual([123557, 200000, 5000, 7000]);
    expect(t.period).toBe('2016—2020年');
  });

  test('section rows, text figures, a note and a 合计 that misses the sum by 1 are each said', () => {
    const cells: CellValue[][] = [
      ['单位', '2018年目标（亿元）', '备注'],
      ['一、县市区', null, null],
      ['醴陵市', '1,200', null],
      ['攸县', '８０', '新设'],
      ['二、园区', null, null],
      ['高新区', '80亿元', null],
      ['总计', 1361, null],
      ['注：目标含续建项目。', null, null],
    ];
    const t = only(sheet(cells, [{ top: 7, left: 0, bottom: 7, right: 2 }]));
    expect(t.units.map((u) => [u.name, u.section])).toEqual([
      ['醴陵市', '一、县市区'],
      ['攸县', '一、县市区'],
      ['高新区', '二、园区'],
    ]);
    expect(t.values).toEqual([
      [1200, null],
      [80, '新设'],
      [80, null],
    ]);
    expect(t.readings.map((r) => [r.place.cell, r.text, r.value])).toEqual([
      ['B3', '1,200', 1200],
      ['B4', '８０', 80],
      ['B6', '80亿元', 80],
    ]);
    expect(t.columns.map((c) => c.kind)).toEqual(['figure', 'text']);
    expect(t.totals).toMatchObject({ label: '总计', values: [1361, null] });
    expect(t.differences).toEqual([{ column: 0, total: 1361, sum: 1360 }]);
    expect(t.notes).toEqual(['注：目标含续建项目。']);
    const plan = recognisedPlan(t, { document: 'a.xlsx', table: 'Sheet1' }, 'p');
    expect(plan.controlTotals).toEqual({ i1_2018: 1361 });
    expect(plan.totalLabel).toBe('总计');
  });

  test('a table without 合计 has no control totals, and says so', () => {
    const t = only(
      sheet([
        ['县市区', '2019年'],
        ['芦淞区', 3],
        ['石峰区', 4],
      ]),
    );
    expect(t.totals).toBeUndefined();
    expect(recognisedPlan(t, { document: 'a', table: 'b' }, 'p').controlTotals).toEqual({});
  });

  test('two tables in one sheet are both offered; --table chooses', () => {
    const cells: CellValue[][] = [
      ['表一 2018年目标'],
      ['县市区', '2018年'],
      ['芦淞区', 3],
      ['石峰区', 4],
      [],
      [],
      ['表二 2019年目标'],
      ['县市区', '2019年'],
      ['芦淞区', 5],
    ];
    const r = recogniseSources([sheet(cells)]);
    expect(r.kind).toBe('choose');
    expect(r.candidates.map((c) => [c.number, c.units, c.caption])).toEqual([
      [1, 2, '表一2018年目标'],
      [2, 1, '表二2019年目标'],
    ]);
    expect(only(sheet(cells), { table: 2 }).values).toEqual([[5]]);
    expect(refusal(() => recogniseSources([sheet(cells)], { table: 3 })).code).toBe('recognise.noSuchTable');
  });

  test('two columns of names are asked about, and --unit-column settles it', () => {
    const cells: CellValue[][] = [
      ['园区', '所在县市区', '2018年'],
      ['高新区', '天元区', 3],
      ['经开区', '醴陵市', 4],
    ];
    expect(refusal(() => recogniseSources([sheet(cells)]))).toMatchObject({
      code: 'recognise.twoUnitColumns',
      params: { first: '园区', second: '所在县市区' },
    });
    const t = only(sheet(cells), { unitColumn: '园区' });
    expect(t.units.map((u) => u.name)).toEqual(['高新区', '经开区']);
    expect(t.columns.map((c) => c.kind)).toEqual(['text', 'figure']);
  });

  test('a sheet with no figures, or no unit column, is refused in words', () => {
    expect(refusal(() => recogniseSources([sheet([['会议纪要'], ['各单位', '参加']])])).code).toBe(
      'recognise.noFigures',
    );
    expect(
      refusal(() =>
        recogniseSources([
          sheet([
            ['2018年', '2019年'],
            [3, 4],
          ]),
        ]),
      ).code,
    ).toMatch(/^recognise\./);
  });

  test('a blank unit name in the middle is asked about, naming the cell; a last unlabeled row is the 合计', () => {
    const cells: CellValue[][] = [
      ['县市区', '2018年'],
      ['芦淞区', 3],
      [null, 4],
      ['石峰区', 5],
    ];
    expect(refusal(() => recogniseSources([sheet(cells)]))).toMatchObject({
      code: 'recognise.unitBlank',
      params: { cell: 'A3' },
    });
    const t = only(sheet([...cells.filter((r) => r[0] !== null), [null, 8]]));
    expect(t.totals).toMatchObject({ values: [8], unlabeled: true });
  });

  test('"—" is a figure that does not apply, and an actual column is no target', () => {
    const t = only(
      sheet([
        ['海关特殊监管区域', '封关运营时间', '2016完成', '2017目标', '2020目标'],
        ['长沙黄花综保区', '2017.6', '—', 8, 80],
        ['衡阳综保区', '2014.9', 0.33, 5, 15],
        ['总计', null, 25.77, 50, 200],
      ]),
    );
    expect(t.columns.map((c) => [c.kind, c.role])).toEqual([
      ['text', undefined],
      ['figure', 'actual'],
      ['figure', 'target'],
      ['figure', 'target'],
    ]);
    expect(t.values[0]).toEqual(['2017.6', NOT_APPLICABLE, 8, 80]);
    const plan = recognisedPlan(t, { document: 'a', table: 'b' }, 'p');
    expect(Object.keys(plan.controlTotals)).toEqual(['i1_2017', 'i1_2020']);
  });
});

describe('pasted text as a grid', () => {
  test('tab-separated text, as a spreadsheet or a web page copies it', () => {
    expect(gridFromText('县市区\t2018年\n芦淞区\t3\n\n')).toEqual([
      ['县市区', '2018年'],
      ['芦淞区', '3'],
    ]);
  });

  test('runs of spaces, and a single space between a name and its figures', () => {
    const grid = gridFromText(
      [
        '县市区    回归到位资金（亿元）    回归总部经济个数（个）',
        '高新区 80 3',
        '芦 淞 区 40 1',
        '合计  120  4',
      ].join('\n'),
    );
    expect(grid).toEqual([
      ['县市区', '回归到位资金（亿元）', '回归总部经济个数（个）'],
      ['高新区', '80', '3'],
      ['芦 淞 区', '40', '1'],
      ['合计', '120', '4'],
    ]);
    const t = only({ name: '粘贴', kind: 'text', cells: grid });
    expect(t.units.map((u) => u.name)).toEqual(['高新区', '芦淞区']);
    expect(t.values).toEqual([
      [80, 3],
      [40, 1],
    ]);
    expect(t.totals?.values).toEqual([120, 4]);
  });

  test('a header of single spaces takes the width of the lines below it', () => {
    expect(gridFromText('县市区 2018年 2019年\n芦淞区 3 4')).toEqual([
      ['县市区', '2018年', '2019年'],
      ['芦淞区', '3', '4'],
    ]);
  });
});

describe('what lies above a header', () => {
  test('a title and a 单位 line on one row are the caption; an indicator row above the unit header is header', () => {
    const cells: CellValue[][] = [
      ['2019年外贸目标分解表', null, null, '单位：万美元'],
      [null, '进出口', null, null],
      ['县市区', '2019年', '2020年', '备注'],
      ['芦淞区', 3, 4, null],
    ];
    const t = only(
      sheet(cells, [
        { top: 0, left: 0, bottom: 0, right: 2 },
        { top: 1, left: 1, bottom: 1, right: 2 },
      ]),
    );
    expect(t.title).toBe('2019年外贸目标分解表');
    expect(t.indicators.map((i) => [i.name, i.measure])).toEqual([['进出口', '万美元']]);
    expect(t.columns.map((c) => c.label)).toEqual(['2019年', '2020年', '备注']);
    expect(t.values).toEqual([[3, 4, null]]);
  });
});
