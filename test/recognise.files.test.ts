import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFromTemplate, templates, type Column, type Plan } from '../src/core';
import { recogniseFile, type Recognised } from '../src/usecases/recognise';
import { fenjieIn } from './support/fenjie';
import { tempDir } from './support/tmp';

/** A workbook or document written by openpyxl or python-docx from a spec (test/support/make_tables.py). */
const made = (folder: string, name: string, spec: unknown): string => {
  const path = join(folder, name);
  execFileSync('/usr/bin/python3', [
    join(__dirname, 'support', 'make_tables.py'),
    name.endsWith('.docx') ? 'docx' : 'xlsx',
    path,
    JSON.stringify(spec),
  ]);
  return path;
};

const plan = (found: Recognised) => {
  if (found.kind !== 'plan') throw new Error(`not a plan: ${found.kind}`);
  return found;
};

const recognised = (path: string, choice = {}) =>
  recogniseFile(readFileSync(path), path.slice(path.lastIndexOf('/') + 1), { planId: 'p', ...choice });

/** The cells of every sheet as openpyxl reads them, to compare a workbook before and after. */
const cellsOf = (path: string): unknown =>
  JSON.parse(
    execFileSync('/usr/bin/python3', [
      '-c',
      'import json, sys, openpyxl\n' +
        'wb = openpyxl.load_workbook(sys.argv[1])\n' +
        'print(json.dumps({ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets}, ensure_ascii=False, default=str))',
      path,
    ]).toString(),
  );

const xiangshang = createFromTemplate('zz-xiangshang-2017-2020', 't');
const xiangshangRows = xiangshang.units.map((u, k) => [k + 1, u.name, ...xiangshang.values[k]]);

describe('a sheet a bureau made by hand, written by openpyxl', () => {
  const folder = tempDir('recognise-xlsx');
  const handMade = made(folder, '湘商分解2017.xlsx', {
    sheets: [
      {
        name: '分解',
        rows: [
          ['附件'],
          ['“对接湘商会、建设新家乡”行动县市区目标任务分解（2017—2020年）'],
          ['序号', '县市区', '回归到位资金\n（亿元）', '回归总部经济个数（个）', '回归慈善公益资金（亿元）'],
          ...xiangshangRows.map((r) => (r[1] === '攸县' ? [r[0], '攸  县', '50', '２', r[4]] : r)),
          ['合计', null, 500, 14, 20],
        ],
        merges: ['A2:E2', 'A14:B14'],
      },
    ],
  });

  test('gives the 湘商 template’s units, figures and totals, text figures read and said', () => {
    const found = plan(recognised(handMade));
    expect(found.plan.units.map((u) => u.name)).toEqual(xiangshang.units.map((u) => u.name));
    expect(found.plan.values).toEqual(xiangshang.values);
    expect(found.plan.controlTotals).toEqual(xiangshang.controlTotals);
    expect(found.plan.indicators.map((i) => [i.name, i.measure])).toEqual(
      xiangshang.indicators.map((i) => [i.name, i.measure]),
    );
    expect(found.table.readings.map((r) => [r.place.cell, r.text])).toEqual([
      ['C11', '50'],
      ['D11', '２'],
    ]);
    expect(found.plan.source.document).toBe('湘商分解2017.xlsx');
    expect(found.plan.source.appendix).toBe('工作表“分解”');
  });

  test('fenjie new --from writes a plan that validates and spreads; --dry-run writes nothing', () => {
    const dry = fenjieIn(folder, 'new', '--from', handMade, '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('单位（“县市区”列，10个）：高新区、芦淞区');
    expect(dry.stdout).toContain('合计行（作为下达目标）：回归到位资金 2017—2020年 500');
    expect(dry.stdout).toContain('C11 单元格“50”按数字50读取。');
    expect(readdirSync(folder).filter((f) => !f.startsWith('湘商分解'))).toEqual([]);
    const made = fenjieIn(folder, 'new', '--from', handMade, '-o', '计划.xlsx');
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(fenjieIn(folder, 'validate', '计划.xlsx').status).toBe(0);
    const spread = fenjieIn(folder, 'spread', '计划.xlsx', '--indicator', '回归到位资金', '--total', '600');
    expect(spread.stderr).toBe('');
    expect(spread.status).toBe(0);
    expect(fenjieIn(folder, 'validate', '计划.xlsx').status).toBe(0);
  });

  test('--in-place adds the plan sheet beside the planner’s own, whose cells stay as they were', () => {
    const copy = join(folder, '原表.xlsx');
    writeFileSync(copy, readFileSync(handMade));
    const before = cellsOf(copy) as Record<string, unknown>;
    const r = fenjieIn(folder, 'new', '--from', copy, '--in-place');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const after = cellsOf(copy) as Record<string, unknown>;
    expect(after['分解']).toEqual(before['分解']);
    expect(Object.keys(after).length).toBeGreaterThan(1);
    expect(fenjieIn(folder, 'validate', copy).status).toBe(0);
  });

  test('two-level headers, 合计 first, a 单位 line, sections, text figures, 备注 and a note', () => {
    const path = made(folder, '开发区.xlsx', {
      sheets: [
        {
          name: 'Sheet1',
          rows: [
            ['株洲市省级以上开发区外贸、外资目标表'],
            [null, null, null, null, null, '单位：万美元'],
            ['序号', '园区', '进出口', null, '实际使用外资', null, '备注'],
            [null, null, '2016年完成', '2020年目标', '2016年完成', '2020年目标', null],
            ['合计', null, 123557, 200000, 5000, 7001, null],
            ['一、国家级', null, null, null, null, null, null],
            [1, '株洲高新区', '100,000', 150000, 3000, 4000, '含天易'],
            ['二、省级', null, null, null, null, null, null],
            [2, '醴陵经开区', 23557, '５００００', 2000, '3000万美元', null],
            ['注：2020年目标按年均增长15%测算。'],
          ],
          merges: [
            'A1:G1',
            'A3:A4',
            'B3:B4',
            'C3:D3',
            'E3:F3',
            'G3:G4',
            'A5:B5',
            'A6:G6',
            'A8:G8',
            'A10:G10',
          ],
        },
      ],
    });
    const found = plan(recognised(path));
    expect(found.table.units.map((u) => [u.name, u.section])).toEqual([
      ['株洲高新区', '一、国家级'],
      ['醴陵经开区', '二、省级'],
    ]);
    expect(found.plan.indicators.map((i) => [i.name, i.measure])).toEqual([
      ['进出口', '万美元'],
      ['实际使用外资', '万美元'],
    ]);
    expect(found.plan.columns.map((c) => [c.kind, c.period, c.role])).toEqual([
      ['figure', '2016', 'actual'],
      ['figure', '2020', 'target'],
      ['figure', '2016', 'actual'],
      ['figure', '2020', 'target'],
      ['text', undefined, undefined],
    ]);
    expect(found.plan.values).toEqual([
      [100000, 150000, 3000, 4000, '含天易'],
      [23557, 50000, 2000, 3000, null],
    ]);
    // 7001 is not 4000 + 3000: kept as the 下达目标, the first 差额.
    expect(found.plan.controlTotals).toEqual({ i1_2020: 200000, i2_2020: 7001 });
    expect(found.table.differences).toEqual([{ column: 3, total: 7001, sum: 7000 }]);
    expect(found.plan.notes).toEqual(['注：2020年目标按年均增长15%测算。']);
    const made2 = fenjieIn(folder, 'new', '--from', path, '-o', '开发区计划.xlsx');
    expect(made2.status).toBe(0);
    expect(made2.stdout).toContain('保留7001作为下达目标');
    const checked = fenjieIn(folder, 'validate', '开发区计划.xlsx', '--json');
    const codes = (JSON.parse(checked.stdout) as { issues: { code: string }[] }).issues.map((i) => i.code);
    expect(codes).toEqual(['total.missesControl']);
  });

  test('several tables: listed, nothing written, exit 2; --sheet or --table chooses', () => {
    const path = made(folder, '两表.xlsx', {
      sheets: [
        {
          name: '2018',
          rows: [
            ['县市区', '2018年目标（亿元）'],
            ['芦淞区', 3],
            ['石峰区', 4],
            ['合计', 7],
          ],
        },
        {
          name: '2019',
          rows: [
            ['县市区', '2019年目标（亿元）'],
            ['芦淞区', 5],
            ['石峰区', 6],
            ['合计', 11],
          ],
        },
        {
          name: '隐藏',
          rows: [
            ['县市区', '2020年'],
            ['芦淞区', 5],
          ],
          hidden: true,
        },
      ],
    });
    const listed = fenjieIn(folder, 'new', '--from', path, '-o', '两表计划.xlsx');
    expect(listed.status).toBe(2);
    expect(listed.stdout).toContain('1. 工作表“2018”');
    expect(listed.stdout).toContain('2. 工作表“2019”');
    expect(listed.stderr.trim().split('\n')).toHaveLength(1);
    expect(listed.stderr).toContain('--table');
    expect(existsSync(join(folder, '两表计划.xlsx'))).toBe(false);
    expect(plan(recognised(path, { sheet: '2019' })).plan.controlTotals).toEqual({ i1_2019: 11 });
    expect(plan(recognised(path, { table: 1 })).plan.controlTotals).toEqual({ i1_2018: 7 });
    expect(fenjieIn(folder, 'new', '--from', path, '--sheet', '2019', '-o', '两表计划.xlsx').status).toBe(0);
  });

  test('two columns of names, and files that hold no table, are refused in one sentence, exit 2, nothing written', () => {
    const ambiguous = made(folder, '两列.xlsx', {
      sheets: [
        {
          name: 'S',
          rows: [
            ['园区', '所在县市区', '2018年'],
            ['高新区', '天元区', 3],
            ['经开区', '醴陵市', 4],
          ],
        },
      ],
    });
    const refusals: [string, RegExp][] = [
      [ambiguous, /“园区”和“所在县市区”两列都像单位名称：请用 --unit-column 指明/],
      [
        made(folder, '纪要.xlsx', { sheets: [{ name: 'S', rows: [['会议纪要'], ['各单位', '参加']] }] }),
        /没有目标数字/,
      ],
    ];
    const old = join(folder, '通知.doc');
    writeFileSync(
      old,
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]),
    );
    refusals.push([old, /旧版 Word 文档（\.doc）：请用 WPS 或 Word 打开，另存为 \.docx/]);
    const wps = join(folder, '通知.wps');
    writeFileSync(wps, readFileSync(old));
    refusals.push([wps, /WPS 文字文档（\.wps）/]);
    const et = join(folder, '分解.et');
    writeFileSync(et, readFileSync(old));
    refusals.push([et, /WPS 表格文件（\.et）/]);
    const pdf = join(folder, '通知.pdf');
    writeFileSync(pdf, '%PDF-1.4\n%âãÏÓ\n');
    refusals.push([pdf, /PDF 文件/]);
    for (const [file, said] of refusals) {
      const r = fenjieIn(folder, 'new', '--from', file, '-o', '不该有.xlsx');
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(said);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(join(folder, '不该有.xlsx'))).toBe(false);
    }
    expect(
      fenjieIn(folder, 'new', '--from', ambiguous, '--unit-column', '园区', '-o', '两列.plan.xlsx').status,
    ).toBe(0);
  });
});

describe('a document’s appendix tables, written by python-docx', () => {
  const folder = tempDir('recognise-docx');

  test('gridSpan and vMerge headers, several tables with captions, title, issuer and date from the document', () => {
    const path = made(folder, '通知.docx', {
      blocks: [
        { p: '株洲市“对接北上广优化大环境”行动计划' },
        { p: '各县市区人民政府：现将有关目标印发给你们，请认真贯彻执行。' },
        { p: '株洲市人民政府' },
        { p: '2017年12月29日' },
        { p: '附件1' },
        { p: '全省海关特殊监管区域（保税物流中心）进出口目标情况表' },
        { p: '单位：亿美元' },
        {
          table: {
            rows: [
              ['序号', '海关特殊监管区域', '封关运营时间', '进出口', null, null],
              [null, null, null, '2016完成', '2017目标', '2020目标'],
              ['1', '衡阳综保区', '2014.9', '0.33', '5', '15'],
              ['2', '长沙黄花综保区', '2017.6', '—', '8', '80'],
              ['总计', null, null, '0.33', '13', '95'],
            ],
            merges: [
              [0, 0, 1, 0],
              [0, 1, 1, 1],
              [0, 2, 1, 2],
              [0, 3, 0, 5],
              [4, 0, 4, 2],
            ],
          },
        },
        { p: '附件2' },
        { p: '“对接湘商会、建设新家乡”行动县市区目标任务分解（2017—2020年）' },
        {
          table: {
            rows: [
              [
                '序号',
                '县市区',
                '回归到位资金（亿元）',
                '回归总部经济个数（个）',
                '回归慈善公益资金（亿元）',
              ],
              ...xiangshangRows.map((r) => r.map(String)),
              ['合计', null, '500', '14', '20'],
            ],
            merges: [[11, 0, 11, 1]],
          },
        },
      ],
    });
    const listed = fenjieIn(folder, 'new', '--from', path);
    expect(listed.status).toBe(2);
    expect(listed.stdout).toContain(
      '1. 第1个表格：附件1 全省海关特殊监管区域（保税物流中心）进出口目标情况表',
    );
    expect(listed.stdout).toContain(
      '2. 第2个表格：附件2 “对接湘商会、建设新家乡”行动县市区目标任务分解（2017—2020年）',
    );
    const first = plan(recognised(path, { table: 1 }));
    expect(first.plan.units.map((u) => u.name)).toEqual(['衡阳综保区', '长沙黄花综保区']);
    expect(first.plan.indicators.map((i) => [i.name, i.measure])).toEqual([['进出口', '亿美元']]);
    expect(first.plan.values).toEqual([
      ['2014.9', 0.33, 5, 15],
      ['2017.6', '—', 8, 80],
    ]);
    expect(first.plan.controlTotals).toEqual({ i1_2017: 13, i1_2020: 95 });
    expect(first.plan.totalLabel).toBe('总计');
    expect(first.plan.issuer).toBe('株洲市人民政府');
    expect(first.plan.source).toMatchObject({
      date: '2017-12-29',
      appendix: '附件1 全省海关特殊监管区域（保税物流中心）进出口目标情况表',
    });
    const second = plan(recognised(path, { table: 2 }));
    expect(second.plan.values).toEqual(xiangshang.values);
    expect(second.plan.controlTotals).toEqual(xiangshang.controlTotals);
    const made2 = fenjieIn(folder, 'new', '--from', path, '--table', '2', '-o', '湘商.xlsx');
    expect(made2.status).toBe(0);
    expect(fenjieIn(folder, 'validate', '湘商.xlsx').status).toBe(0);
    expect(
      fenjieIn(folder, 'spread', '湘商.xlsx', '--indicator', '回归到位资金', '--total', '600').status,
    ).toBe(0);
  });

  test('a document without a table is refused in one sentence', () => {
    const path = made(folder, '无表.docx', { blocks: [{ p: '通知正文' }] });
    const r = fenjieIn(folder, 'new', '--from', path);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/“无表\.docx”中没有可识别的目标表/);
  });
});

/** A template's table as the appendix of a 通知: 附件 line, title, 序号, headers (an indicator over its years). */
const appendixOf = (plan: Plan): { rows: (string | number | null)[][]; merges: number[][] } => {
  const indicatorOf = (c: Column) => plan.indicators.find((i) => i.id === c.indicator);
  const twoRows = plan.columns.some((c) => c.kind === 'figure');
  const top = [
    '序号',
    plan.unitHeader,
    ...plan.columns.map((c, k) => {
      const i = indicatorOf(c);
      if (i && k > 0 && plan.columns[k - 1].indicator === c.indicator) return null;
      return i ? `${i.name}（${i.measure}）` : c.label;
    }),
  ];
  const second = [null, null, ...plan.columns.map((c) => (indicatorOf(c) ? c.label : null))];
  const rows: (string | number | null)[][] = twoRows ? [top, second] : [top];
  const merges: number[][] = [];
  if (twoRows)
    top.forEach((_, c) => {
      const column = plan.columns[c - 2];
      if (c < 2 || !indicatorOf(column)) merges.push([0, c, 1, c]);
      else if (c === 2 || plan.columns[c - 3].indicator !== column.indicator) {
        // The indicator over its years: from this column to its last (plan columns lie two to the right).
        let end = c;
        while (plan.columns[end - 1]?.indicator === column.indicator) end += 1;
        if (end > c) merges.push([0, c, 0, end]);
      }
    });
  const width = top.length;
  let section: string | undefined;
  plan.units.forEach((u, k) => {
    if (u.section !== undefined && u.section !== section) {
      section = u.section;
      merges.push([rows.length, 0, rows.length, width - 1]);
      rows.push([u.section, ...new Array<null>(width - 1).fill(null)]);
    }
    rows.push([k + 1, u.name, ...plan.values[k].map((v) => (v === null ? null : String(v)))]);
  });
  if (Object.keys(plan.controlTotals).length > 0) {
    merges.push([rows.length, 0, rows.length, 1]);
    rows.push([plan.totalLabel, null, ...plan.columns.map((c) => plan.controlTotals[c.id] ?? null)]);
  }
  return { rows, merges };
};

describe('the built-in tables as appendix tables of a Word document', () => {
  const folder = tempDir('recognise-templates');
  test.each(templates.filter((t) => t.id !== 'custom').map((t) => t.id))(
    '%s is recognised to its template’s units, figures and totals',
    (id) => {
      const template = createFromTemplate(id, 't');
      const path = made(folder, `${id}.docx`, {
        blocks: [
          { p: template.source.document },
          { p: '附件' },
          { p: template.title },
          { table: appendixOf(template) },
          { p: '抄送：市委办公室' },
        ],
      });
      const found = plan(recognised(path));
      expect(found.plan.units.map((u) => [u.name, u.section])).toEqual(
        template.units.map((u) => [u.name, u.section]),
      );
      expect(found.plan.values).toEqual(template.values);
      expect(Object.values(found.plan.controlTotals)).toEqual(Object.values(template.controlTotals));
      expect(found.plan.indicators.map((i) => [i.name, i.measure, i.aggregate])).toEqual(
        template.indicators.map((i) => [i.name, i.measure, i.aggregate]),
      );
      expect(found.plan.columns.map((c) => [c.kind, c.period])).toEqual(
        template.columns.map((c) => [c.kind, c.period]),
      );
      expect(found.plan.unitHeader).toBe(template.unitHeader);
      expect(found.plan.title).toBe(template.title);
    },
  );
});
