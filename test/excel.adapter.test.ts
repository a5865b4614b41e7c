/**
 * The Office.js adapter against a recording Excel: inserting each template writes the same cells as
 * `fenjie new`, and every operation takes at most 3 syncs, for 10 units and for 300 alike.
 */
import ExcelJS from 'exceljs';
import {
  createCustomPlan,
  createFromTemplate,
  defaultRulesSheet,
  readRulesSheet,
  templates,
  type Plan,
} from '../src/core';
import { ExcelHost } from '../src/excel';
import { WorkbookSession } from '../src/host';
import { messages } from '../src/locales';
import { planWorkbook, readCell } from '../src/xlsx';
import { ExcelMock } from './support/excelMock';

const labels = messages('zh-CN').sheet;

const setup = (minor = 14) => {
  const mock = new ExcelMock();
  mock.supportedMinor = minor;
  mock.install();
  const host = new ExcelHost(labels);
  return { mock, host, session: new WorkbookSession(host) };
};

/** The 湘商 plan inserted and loaded, listening: `settle` waits until every change has been handled. */
const live = async () => {
  const { mock, host, session } = setup();
  await host.insertPlan(createFromTemplate('zz-xiangshang-2017-2020', 'p'));
  await session.load();
  const handled: Promise<unknown>[] = [];
  await host.onChanged((change) => handled.push(session.change(change)));
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 5));
    await Promise.all(handled);
  };
  return { mock, session, settle };
};

const syncsOf = async (mock: ExcelMock, f: () => Promise<unknown>): Promise<number> => {
  const before = mock.syncs;
  await f();
  return mock.syncs - before;
};

const unitsPlan = (n: number): Plan => {
  const p = createCustomPlan(
    {
      units: Array.from({ length: n }, (_, k) => `单位${k + 1}`),
      indicators: [
        { name: '回归到位资金', measure: '亿元' },
        { name: '项目', measure: '个' },
        { name: '占比', measure: '%' },
      ],
      years: ['2018'],
    },
    'p',
  );
  return {
    ...p,
    values: p.units.map((_, k) => [10 + k, k % 7, 50]),
    controlTotals: { i1_2018: p.units.reduce((s, _, k) => s + 10 + k, 0) },
  };
};

describe('inserting a template in Excel', () => {
  it.each(templates.map((t) => t.id))(
    '%s: the sheet holds the same cells as the one fenjie new writes',
    async (id) => {
      const { mock, host } = setup();
      const plan = createFromTemplate(id, 'p');
      expect(await syncsOf(mock, () => host.insertPlan(plan))).toBeLessThanOrEqual(3);

      const { workbook, plans } = planWorkbook([plan], labels);
      const name = plans[0].placement!.sheet;
      const file = workbook.getWorksheet(name)!;
      const sheet = mock.sheet(name)!;
      file.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const inExcel = sheet.peek(r, c);
          if (cell.type === ExcelJS.ValueType.Formula) expect(inExcel?.formula).toBe(`=${cell.formula}`);
          else if (cell.type === ExcelJS.ValueType.Merge) return;
          else expect([r, c, inExcel?.value ?? null]).toEqual([r, c, readCell(cell)]);
          if (cell.numFmt) expect(inExcel?.numberFormat).toBe(cell.numFmt);
        }),
      );
      expect(sheet.merges.length).toBe((file.model as unknown as { merges: string[] }).merges.length);
      expect(mock.sheet('_fenjie')!.visibility).toBe('VeryHidden');
      expect(sheet.page).toMatchObject({ paperSize: 'A4', printTitleRows: '$3:$4' });
    },
  );

  it('text that Excel would read as a number or a formula stays text', async () => {
    const { mock, host } = setup();
    await host.insertPlan(createFromTemplate('hn-bonded-zones-2017', 'p'));
    const sheet = mock.sheet('海关特殊监管区域目标')!;
    expect(sheet.peek(5, 3)).toMatchObject({ value: '2007.11', numberFormat: '@' });
    const plan = createCustomPlan(
      {
        units: ['=HYPERLINK("x")', '+86', '@home'],
        indicators: [{ name: '指标', measure: '亿元' }],
        years: ['2018'],
      },
      'p',
    );
    await host.insertPlan(plan);
    const names = [5, 6, 7].map((r) => mock.sheet('工作目标任务分解（2018年）')!.peek(r, 2));
    expect(names.map((c) => [c?.value, c?.formula])).toEqual([
      ['=HYPERLINK("x")', undefined],
      ['+86', undefined],
      ['@home', undefined],
    ]);
  });

  it('a host that refuses the print setup still gets the sheet, its figures and its metadata', async () => {
    const { mock, host, session } = setup();
    mock.failAtSync = { at: 3, code: 'InvalidArgument', message: 'zoom' };
    await host.insertPlan(createFromTemplate('zz-xiangshang-2017-2020', 'p'));
    await session.load();
    expect(session.plans).toHaveLength(1);
    expect(mock.sheet('湘商回归分解')!.shown(15, 3)).toBe(500);
  });

  it('a second plan gets its own sheet name and both are found again', async () => {
    const { session } = setup();
    await session.insert(createFromTemplate('zz-xiangshang-2017-2020', 'p1'));
    await session.insert(createFromTemplate('zz-xiangshang-2017-2020', 'p2'));
    expect(session.plans.map((p) => p.placement!.sheet)).toEqual(['湘商回归分解', '湘商回归分解(2)']);
  });
});

describe.each([
  [10, 14],
  [300, 14],
  [10, 9],
  [10, 8],
])('live validation and spreading with %i units on ExcelApi 1.%i', (n, minor) => {
  it('loads, revalidates after an edit and after a 10×3 paste, spreads and restores in at most 3 syncs each', async () => {
    const { mock, host, session } = setup(minor);
    await host.insertPlan(unitsPlan(n));
    expect(await syncsOf(mock, () => session.load())).toBeLessThanOrEqual(3);
    expect(session.issues().filter((i) => i.severity === 'error')).toEqual([]);
    const sheet = session.plans[0].placement!.sheet;

    let issues: Awaited<ReturnType<typeof session.change>>;
    const handled: Promise<unknown>[] = [];
    await host.onChanged((change) =>
      handled.push(session.change(change).then((x) => (issues = x ?? issues))),
    );

    // A single cell: 合计 now misses 下达目标.
    const editSyncs = await syncsOf(mock, async () => {
      await mock.edit(sheet, 'C5', [[99]]);
      await Promise.all(handled);
    });
    expect(editSyncs).toBeLessThanOrEqual(3);
    expect(issues!.map((i) => i.code)).toEqual(['total.missesControl']);

    // A paste of 10 rows × 3 columns fires one event for the block.
    handled.length = 0;
    const block = Array.from({ length: 10 }, (_, k) => [10 + k, 'x', 150]);
    const pasteSyncs = await syncsOf(mock, async () => {
      await mock.edit(sheet, 'C5:E14', block);
      await Promise.all(handled);
    });
    expect(pasteSyncs).toBeLessThanOrEqual(3);
    expect(issues!.filter((i) => i.code === 'cell.notANumber')).toHaveLength(10);
    expect(issues!.filter((i) => i.code === 'cell.shareOutOfRange')).toHaveLength(10);
    await mock.edit(
      sheet,
      'D5:E14',
      Array.from({ length: 10 }, () => [1, 50]),
    );
    await Promise.all(handled);

    // Spread the 亿元 column to a new total, then undo.
    const total = session.plans[0].controlTotals.i1_2018 + 100;
    const result = session.preview(0, { column: 'i1_2018', total, method: { kind: 'proportional' } });
    handled.length = 0;
    expect(await syncsOf(mock, () => session.apply(0, result))).toBeLessThanOrEqual(3);
    await new Promise((r) => setTimeout(r, 5));
    await Promise.all(handled);
    expect(mock.sheet(sheet)!.shown(result.plan.placement!.controlRow!, 3)).toBe(total);
    expect(session.issues().filter((i) => i.code === 'total.missesControl')).toEqual([]);
    const before = result.snapshot.values.map((r) => r[0]);
    expect(await syncsOf(mock, () => session.undo(0))).toBeLessThanOrEqual(3);
    expect(result.plan.placement!.unitRows.map((r) => mock.sheet(sheet)!.shown(r, 3))).toEqual(
      before.map((v) => v ?? ''),
    );
  });
});

describe('the add-in’s own writes', () => {
  it.each([14, 8])('do not trigger validation again (ExcelApi 1.%s)', async (minor) => {
    const { mock, host, session } = setup(minor);
    await host.insertPlan(unitsPlan(10));
    await session.load();
    const reads: string[] = [];
    await host.onChanged((change) => {
      if (!change.own) reads.push(change.address);
    });
    const result = session.preview(0, { column: 'i1_2018', total: 1000, method: { kind: 'even' } });
    await session.apply(0, result);
    await new Promise((r) => setTimeout(r, 5));
    expect(reads).toEqual([]);
    await mock.edit(result.plan.placement!.sheet, 'C6', [[1]]);
    expect(reads).toEqual(['C6']);
  });
});

describe('Excel’s errors, in words', () => {
  it('a protected sheet becomes a PlanError the pane can explain', async () => {
    const { mock, host, session } = setup();
    await host.insertPlan(unitsPlan(10));
    await session.load();
    mock.sheet(session.plans[0].placement!.sheet)!.protected = true;
    const result = session.preview(0, { column: 'i1_2018', total: 1000, method: { kind: 'even' } });
    await expect(session.apply(0, result)).rejects.toMatchObject({ code: 'excel.protected' });
  });

  it('an Excel without ExcelApi 1.8 is told so before anything is written', async () => {
    const { mock, host } = setup(7);
    await expect(host.insertPlan(unitsPlan(3))).rejects.toMatchObject({ code: 'excel.apiMissing' });
    expect(mock.sheets).toHaveLength(0);
  });
});

describe('rows inserted, deleted and sorted in Excel', () => {
  const SHEET = '湘商回归分解';
  const EXPECTED = [96, 48, 48, 48, 60, 60, 96, 60, 48, 36];
  const NAMES = [
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

  /** Each unit's figure, read from the mock by the row its name is on: the add-in's own numbers play no part. */
  const figureOf = (mock: ExcelMock, name: string) => {
    const sheet = mock.sheet(SHEET)!;
    for (const key of sheet.cells.keys()) {
      const [r, c] = key.split(',').map(Number);
      if (sheet.shown(r, c) === name) return sheet.shown(r, c + 1);
    }
    return undefined;
  };

  const spread600 = (session: WorkbookSession) =>
    session.preview(0, { column: 'i1_2017-2020', total: 600, method: { kind: 'proportional' } });

  it.each([
    ['two rows inserted above the table', (m: ExcelMock) => m.insertRows(SHEET, 1, 2)],
    ['an empty row inserted between units', (m: ExcelMock) => m.insertRows(SHEET, 7)],
    ['the unit rows sorted by a figure column', (m: ExcelMock) => m.sortRows(SHEET, 5, 14, 5)],
    ['a column inserted before the table', (m: ExcelMock) => m.insertColumns(SHEET, 1)],
  ])('%s: the spread and its undo land on each unit’s own row', async (_, edit) => {
    const { mock, session, settle } = await live();
    await edit(mock);
    await settle();
    expect(session.issues().filter((i) => i.severity === 'error')).toEqual([]);
    await session.apply(0, spread600(session));
    await settle();
    expect(NAMES.map((n) => figureOf(mock, n))).toEqual(EXPECTED);
    expect(session.issues().filter((i) => i.severity === 'error')).toEqual([]);
    await session.undo(0);
    expect(NAMES.map((n) => figureOf(mock, n))).toEqual([80, 40, 40, 40, 50, 50, 80, 50, 40, 30]);
  });

  it('a row typed inside the table with a new name is an issue at its row, and a spread is refused', async () => {
    const { mock, session, settle } = await live();
    await mock.insertRows(SHEET, 6);
    await mock.edit(SHEET, 'B6:C6', [['新单位', 99]]);
    await settle();
    const issue = session.issues().find((i) => i.code === 'locate.unknownRow')!;
    expect(issue).toMatchObject({ sheet: SHEET, cell: 'B6' });
    expect(session.newRows(0)).toEqual([{ row: 6, name: '新单位' }]);
    expect(() => spread600(session)).toThrow(/locate.unknownRow/);
    expect(NAMES.map((n) => figureOf(mock, n))).toEqual([80, 40, 40, 40, 50, 50, 80, 50, 40, 30]);
  });

  it('a deleted unit row is an issue naming the unit', async () => {
    const { mock, session, settle } = await live();
    await mock.deleteRows(SHEET, 7);
    await settle();
    expect(session.issues().map((i) => [i.code, i.params.unit])).toEqual([['locate.unitMissing', '石峰区']]);
  });

  it('rows moved between the preview and the write: the write is refused, nothing lands in a wrong row', async () => {
    const { mock, session } = await live();
    const result = spread600(session);
    // An edit the pane has not heard of yet (its event still in flight).
    const sheet = mock.sheet(SHEET)!;
    const cells = new Map<string, typeof sheet.cells extends Map<string, infer C> ? C : never>();
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(',').map(Number);
      cells.set(`${r + 1},${c}`, cell);
    }
    sheet.cells = cells;
    await expect(session.apply(0, result)).rejects.toThrow(/locate.movedSincePreview/);
    expect(NAMES.map((n) => figureOf(mock, n))).toEqual([80, 40, 40, 40, 50, 50, 80, 50, 40, 30]);
  });
});

describe('units the planner added or deleted in Excel', () => {
  const SHEET = '湘商回归分解';

  it('加入计划 takes an inserted row into the plan: the 合计 covers it and the metadata knows it', async () => {
    const { mock, session, settle } = await live();
    await mock.insertRows(SHEET, 6);
    await mock.edit(SHEET, 'B6:C6', [['新单位', 20]]);
    await settle();
    const syncs = await syncsOf(mock, () => session.addUnit(0, '新单位'));
    expect(syncs).toBeLessThanOrEqual(3);
    await settle();
    const plan = session.plans[0];
    expect(plan.units.map((u) => u.name).slice(0, 3)).toEqual(['高新区', '新单位', '芦淞区']);
    expect(plan.values[1][0]).toBe(20);
    expect(mock.sheet(SHEET)!.peek(plan.placement!.totalRow!, 3)!.formula).toBe('=SUM(C5:C15)');
    expect(mock.sheet(SHEET)!.shown(6, 1)).toBe(2);
    expect(
      session
        .issues()
        .map((i) => i.code)
        .sort(),
    ).toEqual(['cell.empty', 'cell.empty', 'total.missesControl']);
    // The plan read afresh from the workbook has the unit too.
    const again = new WorkbookSession(new ExcelHost(labels));
    await again.load();
    expect(again.plans[0].units).toHaveLength(11);
  });

  it('从计划中移除 drops a unit whose row was deleted; one still on the sheet is refused', async () => {
    const { mock, session, settle } = await live();
    await expect(session.removeUnit(0, '高新区')).rejects.toThrow(/units.stillOnSheet/);
    await mock.deleteRows(SHEET, 7);
    await settle();
    await session.removeUnit(0, '石峰区');
    expect(session.plans[0].units.map((u) => u.name)).not.toContain('石峰区');
    expect(session.issues().filter((i) => i.code.startsWith('locate.'))).toEqual([]);
    expect(mock.sheet(SHEET)!.peek(session.plans[0].placement!.totalRow!, 3)!.formula).toBe('=SUM(C5:C13)');
  });
});

describe.each([10, 122])('任务书 sheets in Excel for %i units', (n) => {
  const taskbookLabels = messages('zh-CN').taskbook;

  it('one sheet per unit after the plan sheet, figures linked to it, in a fixed number of syncs; a rerun replaces only its own', async () => {
    const { mock, host, session } = setup();
    await host.insertPlan(unitsPlan(n));
    await session.load();
    const planSheet = session.plans[0].placement!.sheet;
    const seen: string[] = [];
    const syncs = await syncsOf(mock, () =>
      session.taskbooks(0, taskbookLabels, { onUnit: (u) => seen.push(u) }),
    );
    expect(syncs).toBeLessThanOrEqual(4);
    expect(seen).toHaveLength(n);
    const names = mock.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name);
    expect(names.slice(0, 3)).toEqual([planSheet, '单位1', '单位2']);
    const sheet1 = mock.sheet('单位1')!;
    expect(sheet1.peek(9, 5)!.formula).toBe(`='${planSheet}'!C5`);
    expect(sheet1.shown(9, 5)).toBe(10);
    expect(sheet1.page.printArea).toMatch(/^A1:G\d+$/);

    // A spread flows into the 任务书 with no second generation.
    const result = session.preview(0, {
      column: 'i1_2018',
      total: session.plans[0].controlTotals.i1_2018 * 2,
      method: { kind: 'proportional' },
    });
    await session.apply(0, result);
    expect(sheet1.shown(9, 5)).toBe(20);

    // The planner's own sheet survives a rerun; the add-in's sheets are replaced, not duplicated.
    mock.addSheet('备忘').cell(1, 1).value = '单位1';
    expect(await syncsOf(mock, () => session.taskbooks(0, taskbookLabels))).toBeLessThanOrEqual(4);
    expect(mock.sheets.filter((s) => /^单位1(\(\d+\))?$/.test(s.name)).map((s) => s.name)).toEqual(['单位1']);
    expect(mock.sheets.map((s) => s.name)).toContain('备忘');
    expect(mock.sheets.filter((s) => s.visibility === 'Visible')).toHaveLength(n + 2);
    const again = new WorkbookSession(new ExcelHost(labels));
    await again.load();
    expect(again.plans[0].taskbookSheets).toHaveLength(n);
  });
});

describe('任务书 sheets of units that left the plan', () => {
  it('stay until the planner confirms, then go, and no other sheet does', async () => {
    const { mock, session, settle } = await live();
    await session.taskbooks(0, messages('zh-CN').taskbook);
    await mock.deleteRows('湘商回归分解', 7); // 石峰区
    await settle();
    await session.removeUnit(0, '石峰区');
    const kept = await session.taskbooks(0, messages('zh-CN').taskbook);
    expect(kept.stale).toEqual(['石峰区']);
    expect(mock.sheet('石峰区')).toBeDefined();
    const removed = await session.taskbooks(0, messages('zh-CN').taskbook, { units: [], removeStale: true });
    expect(removed.stale).toEqual([]);
    expect(mock.sheet('石峰区')).toBeUndefined();
    expect(mock.sheet('高新区')).toBeDefined();
    expect(session.plans[0].taskbookSheets).toHaveLength(9);
  });
});

describe('考核 in Excel', () => {
  it('the 考核办法 written as a sheet and read back by its name in one sync, its rules as written', async () => {
    const { mock, host, session } = setup();
    const plan = await host.insertPlan(createFromTemplate('zz-xiangshang-2017-2020', 'p'));
    const words = messages('zh-CN').assessWords;
    expect(await host.readSheet(words.sheet)).toBeUndefined();
    const rules = defaultRulesSheet(plan, words);
    await session.writeSheets([rules]);
    let cells: Awaited<ReturnType<typeof host.readSheet>>;
    expect(await syncsOf(mock, async () => (cells = await host.readSheet(words.sheet)))).toBe(1);
    const back = readRulesSheet(cells!, words);
    expect(back.rules.indicators).toHaveLength(12);
    expect(back.rules.indicators[4]).toMatchObject({
      indicator: '回归总部经济个数',
      year: 2018,
      method: '按比例',
    });
  });
});

describe('从现有表格识别 in Excel: the table at the selection', () => {
  /** 去年分解 as a bureau typed it: a title, a two-level header (资金 merged over its years), 合计 last. */
  const typed = (mock: ExcelMock) => {
    const sheet = mock.addSheet('去年分解');
    const rows: unknown[][] = [
      ['各县市区招商引资目标'],
      [],
      ['县市区', '实际到位资金（亿元）', null],
      [null, '2018年', '2019年'],
      ['芦淞区', 30, 33],
      ['石峰区', 20, '２２'],
      ['合计', 50, 55],
    ];
    rows.forEach((row, r) =>
      row.forEach((v, c) => v !== null && (sheet.cell(r + 3, c + 2).value = v as never)),
    );
    sheet.merges.push('B5:B6', 'C5:D5');
    return sheet;
  };

  it('reads the selected range with its merged header in two syncs; the recogniser names the sheet’s own cells', async () => {
    const { mock, session } = setup();
    typed(mock);
    mock.userSelection = '去年分解!B5:D9';
    let selected: Awaited<ReturnType<typeof session.readSelection>>;
    expect(await syncsOf(mock, async () => (selected = await session.readSelection()))).toBe(2);
    expect(selected!.origin).toEqual({ row: 4, col: 1 });
    expect(selected!.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 0, right: 2 },
    ]);
    const { recogniseSelection, recognitionLines } = await import('../src/usecases/recognise');
    const found = recogniseSelection(selected!, { planId: 'p' });
    if (found.kind !== 'plan') throw new Error(found.kind);
    expect(found.plan.units.map((u) => u.name)).toEqual(['芦淞区', '石峰区']);
    expect(found.plan.values).toEqual([
      [30, 33],
      [20, 22],
    ]);
    expect(Object.values(found.plan.controlTotals)).toEqual([50, 55]);
    // The full-width ２２ is said at its own cell, D8.
    expect(recognitionLines(found, '去年分解')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^D8 单元格“２２”按数字22读取/)]),
    );
  });

  it('one cell selected: the sheet’s used range; before ExcelApi 1.13 no merged areas, and the header still reads', async () => {
    const { mock, session } = setup(12);
    typed(mock);
    mock.userSelection = '去年分解!C7';
    const selected = await session.readSelection();
    expect(selected!.origin).toEqual({ row: 0, col: 0 });
    expect(selected!.merges).toBeUndefined();
    const { recogniseSelection } = await import('../src/usecases/recognise');
    const found = recogniseSelection(selected!, { planId: 'p' });
    expect(found.kind === 'plan' && found.plan.units.map((u) => u.name)).toEqual(['芦淞区', '石峰区']);
  });

  it('a range larger than a table could be is refused in words before its values are read', async () => {
    const { mock, session } = setup();
    typed(mock);
    mock.userSelection = '去年分解!B1:C30000';
    await expect(session.readSelection()).rejects.toMatchObject({
      code: 'pane.recognise.selectionTooLarge',
      params: expect.objectContaining({ range: '去年分解!B1:C30000', rows: 30000 }),
    });
  });
});
