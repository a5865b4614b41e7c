/** The slips clerks make in the workbooks they send back, each said once and plainly. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  checkReport,
  consolidate,
  createCustomPlan,
  createFromTemplate,
  planTargetsHash,
  reportSheet,
  reportTargets,
  setYearShares,
  settleDuplicates,
  targetsHash,
  type Plan,
  type PlanError,
} from '../src/core';
import { describeError, describeIssue, messages, reportWords } from '../src/locales';
import { planWorkbook, readReport, unitTaskbookWorkbook } from '../src/xlsx';

const m = messages('zh-CN');
const words = reportWords(m);
const today = new Date('2026-11-24');
let plan: Plan;

beforeAll(() => {
  plan = planWorkbook([createFromTemplate('zz-xiangshang-2017-2020', 'p')], m.sheet).plans[0];
});

const unitIndex = (name: string) => plan.units.findIndex((u) => u.name === name);

/** A unit's workbook as issued, with cells typed on its sheets, as bytes. */
const returned = async (unit: string, typed: Record<string, Record<string, ExcelJS.CellValue>>) => {
  const wb = unitTaskbookWorkbook(plan, unitIndex(unit), 2018, { taskbook: m.taskbook, report: m.report });
  signed(wb);
  for (const [sheet, cells] of Object.entries(typed))
    for (const [cell, v] of Object.entries(cells)) wb.getWorksheet(sheet)!.getCell(cell).value = v;
  return new Uint8Array(await wb.xlsx.writeBuffer());
};
/** 填报人, 联系电话 and 填报日期, as a unit fills them in. */
const signed = (wb: ExcelJS.Workbook) => {
  const sheet = wb.getWorksheet('完成情况')!;
  sheet.getCell('D3').value = '张三';
  sheet.getCell('F3').value = '0731-1234567';
  sheet.getCell('B4').value = '2018-04-05';
};
const check = (file: string, bytes: Uint8Array) => checkReport(plan, readReport(file, bytes), today, words);

describe('full-width digits typed as text', () => {
  it('are said once for their block, with the cells and what they read as', async () => {
    const r = check(
      '荷塘区.xlsx',
      await returned('荷塘区', { 完成情况: { B8: '１０', B9: '２５', B10: '３１', B23: 1, B38: 0 } }),
    );
    expect(r.verdict).toBe('returned');
    expect(r.issues.map((i) => describeIssue(i))).toEqual([
      '“回归到位资金”的3个数字填成了文本（如输入法处于全角状态）：B8:B10，应分别为“１０”→10、“２５”→25、“３１”→31',
    ]);
    expect(r.issues[0]).toMatchObject({ sheet: '完成情况', cell: 'B8' });
  });

  it('one such cell keeps its own sentence', async () => {
    const r = check('荷塘区.xlsx', await returned('荷塘区', { 完成情况: { B8: '８０', B23: 1, B38: 0 } }));
    expect(r.issues.map((i) => [i.cell, describeIssue(i)])).toEqual([
      ['B8', '“８０”是文本，不是数字；应填80'],
    ]);
  });
});

describe('a target changed on the 任务书 page', () => {
  it('is returned, naming the sheet, the cell, the figure issued and the figure found', async () => {
    const i = unitIndex('茶陵县');
    const wb = unitTaskbookWorkbook(plan, i, 2018, { taskbook: m.taskbook, report: m.report });
    const page = wb.getWorksheet('茶陵县')!;
    let target = '';
    page.eachRow((row) => {
      if (String(row.getCell(2).value ?? '').replace(/\n/g, '') === '回归到位资金')
        target = row.getCell(5).address;
    });
    expect(page.getCell(target).value).toBe(40);
    page.getCell(target).value = 41;
    signed(wb);
    for (const [cell, v] of [
      ['B8', 3],
      ['B23', 1],
      ['B38', 0],
    ] as const)
      wb.getWorksheet('完成情况')!.getCell(cell).value = v;
    const r = check('茶陵县.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.verdict).toBe('returned');
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'report.taskbookAltered', sheet: '茶陵县', cell: target }),
    ]);
    expect(describeIssue(r.issues[0])).toBe(
      '任务书页“回归到位资金”（2017—2020年）的目标被改为41，下达的是40',
    );
  });

  it('the page as issued passes', async () => {
    const r = check('茶陵县.xlsx', await returned('茶陵县', { 完成情况: { B8: 3, B23: 1, B38: 0 } }));
    expect(r.verdict).toBe('pass');
  });
});

describe('two files for one unit', () => {
  const filled = (date: string, first: number) =>
    returned('石峰区', { 完成情况: { B4: date, B8: first, B23: 1, B38: 0 } });
  const settle = (files: [string, Uint8Array][]) => {
    const reports = files.map(([name, bytes]) => check(name, bytes));
    settleDuplicates(reports);
    return Object.fromEntries(
      reports.map((r) => [
        r.file,
        { verdict: r.verdict, used: !r.superseded, said: r.issues.map((i) => describeIssue(i)) },
      ]),
    );
  };

  it('the same workbook under two names is said once as 重复报送 and counted once', async () => {
    const bytes = await filled('2018-04-05', 4);
    expect(
      settle([
        ['石峰区.xlsx', bytes],
        ['石峰区(1).xlsx', bytes],
      ]),
    ).toEqual({
      '石峰区.xlsx': { verdict: 'pass', used: true, said: [] },
      '石峰区(1).xlsx': {
        verdict: 'notes',
        used: false,
        said: ['重复报送：与“石峰区.xlsx”内容相同，只计一次'],
      },
    });
  });

  it('the newer 填报日期 wins and the other names it', async () => {
    expect(
      settle([
        ['石峰区-旧.xlsx', await filled('2018-04-03', 4)],
        ['石峰区-新.xlsx', await filled('2018-04-05', 5)],
      ]),
    ).toEqual({
      '石峰区-旧.xlsx': {
        verdict: 'notes',
        used: false,
        said: ['同一单位有更新的报送（石峰区-新.xlsx），本文件未采用'],
      },
      '石峰区-新.xlsx': { verdict: 'pass', used: true, said: [] },
    });
  });

  it('the same 填报日期 with different figures takes neither and asks which one stands', async () => {
    const r = settle([
      ['石峰区-甲.xlsx', await filled('2018-04-05', 4)],
      ['石峰区-乙.xlsx', await filled('2018-04-05', 5)],
    ]);
    expect(r['石峰区-甲.xlsx']).toEqual({
      verdict: 'returned',
      used: false,
      said: [
        '石峰区另有填报日期同为2018-04-05而数字不同的报送（石峰区-乙.xlsx），均未采用：请与该单位确认以哪一份为准，只导入那一份',
      ],
    });
    expect(r['石峰区-乙.xlsx']).toMatchObject({ verdict: 'returned', used: false });
  });
});

describe('figures as precise as reality', () => {
  it('12.5亿元 and 0.35亿元 are accepted against whole targets; a count stays whole', async () => {
    const r = check('芦淞区.xlsx', await returned('芦淞区', { 完成情况: { B8: 12.5, B23: 1, B38: 0.35 } }));
    expect([r.verdict, r.issues.map((i) => describeIssue(i))]).toEqual(['pass', []]);
    expect(r.figures).toEqual({ 'i1_2017-2020': 12.5, 'i2_2017-2020': 1, 'i3_2017-2020': 0.35 });
    const count = check(
      '芦淞区.xlsx',
      await returned('芦淞区', { 完成情况: { B8: 12.5, B23: 1.5, B38: 0.35 } }),
    );
    expect(count.issues.map((i) => [i.cell, describeIssue(i)])).toEqual([
      ['B23', '1.5的小数位多于本指标的0位'],
    ]);
  });

  it('the 完成情况 cell shows 12.50, not 13', async () => {
    const wb = unitTaskbookWorkbook(plan, unitIndex('芦淞区'), 2018, {
      taskbook: m.taskbook,
      report: m.report,
    });
    const sheet = wb.getWorksheet('完成情况')!;
    expect([sheet.getCell('B8').numFmt, sheet.getCell('B23').numFmt, sheet.getCell('B38').numFmt]).toEqual([
      '#,##0.00',
      '#,##0',
      '#,##0.00',
    ]);
  });
});

describe('a number only JavaScript reads', () => {
  it('<v>0x64</v> is no 100: the cell is named and the report returned, as LibreOffice and openpyxl see no 100', async () => {
    const bytes = await returned('攸县', { 完成情况: { B8: 4, B9: 8, B10: 777, B23: 0, B38: 0 } });
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    let patched = 0;
    for (const name of sheets) {
      const xml = await zip.file(name)!.async('string');
      if (!xml.includes('<v>777</v>')) continue;
      zip.file(name, xml.replace('<v>777</v>', '<v>0x64</v>'));
      patched++;
    }
    expect(patched).toBe(1);
    const r = check('攸县.xlsx', new Uint8Array(await zip.generateAsync({ type: 'uint8array' })));
    expect(r.verdict).toBe('returned');
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => [i.cell, i.code])).toEqual([
      ['B10', 'report.notANumber'],
    ]);
  });
});

describe('a month left empty', () => {
  it('攸县 typing 1月 4 and 3月 11 with 2月 empty passes with a note naming B9', async () => {
    const r = check(
      '攸县.xlsx',
      await returned('攸县', {
        完成情况: { B8: 4, B10: 11, B23: 0, B24: 0, B25: 0, B38: 0, B39: 0, B40: 0 },
      }),
    );
    expect(r.verdict).toBe('notes');
    expect(r.issues.map((i) => [i.severity, i.cell, describeIssue(i)])).toEqual([
      [
        'warning',
        'B9',
        '“回归到位资金”2月的累计没有填写（B9），其后的月份已填：请补上，否则无法算出本月完成',
      ],
    ]);
  });

  it('a report that states only the round’s month (as a report upward does) has no gap', async () => {
    const r = check('攸县.xlsx', await returned('攸县', { 完成情况: { B10: 11, B25: 0, B40: 0 } }));
    expect(r.issues.map((i) => i.code)).not.toContain('report.monthGap');
    expect(r.verdict).toBe('pass');
  });

  it('makes no 本月完成 for the month after it: the sheet’s formula leaves that cell empty', () => {
    const { layout } = reportSheet(plan, unitIndex('攸县'), 2018, m.report);
    const march = layout.cells.find((c) => c.row === 10 && c.col === 4)!;
    expect(march.formula).toBe('IF(OR(B10="",B9=""),"",B10-B9)');
  });
});

describe('plausible figures', () => {
  it('炎陵县 bringing back 23亿元 against its 7.5 (306.7 %) passes, with a note to check', async () => {
    const r = check('炎陵县.xlsx', await returned('炎陵县', { 完成情况: { B8: 23, B23: 0, B38: 0 } }));
    expect(r.verdict).toBe('notes');
    expect(r.issues.map((i) => [i.severity, i.cell, describeIssue(i)])).toEqual([
      ['warning', 'B8', '累计完成23，完成率306.7%，超过目标2.1倍，请核对'],
    ]);
  });

  it('one donation of 1亿元 against a yearly 0.25 passes, with a note; the count of 1 against 0.25 says nothing', async () => {
    const r = check('茶陵县.xlsx', await returned('茶陵县', { 完成情况: { B8: 3, B23: 1, B38: 1 } }));
    expect(r.verdict).toBe('notes');
    expect(r.issues.map((i) => [i.severity, i.cell, describeIssue(i)])).toEqual([
      ['warning', 'B38', '累计完成1，完成率400%，超过目标3倍，请核对'],
    ]);
  });

  it('a count far over a whole target is a note too: 1,000,000 总部 against 10', async () => {
    const custom = createCustomPlan(
      { units: ['芙蓉区', '天心区'], indicators: [{ name: '回归总部经济', measure: '个' }], years: ['2018'] },
      'c',
    );
    custom.values = [[10], [5]];
    const counted = planWorkbook([custom], m.sheet).plans[0];
    const wb = unitTaskbookWorkbook(counted, 0, 2018, { taskbook: m.taskbook, report: m.report });
    signed(wb);
    wb.getWorksheet('完成情况')!.getCell('B8').value = 1_000_000;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = checkReport(counted, readReport('芙蓉区.xlsx', bytes), today, words);
    expect(r.verdict).toBe('notes');
    expect(r.issues.map((i) => [i.severity, i.cell, describeIssue(i)])).toEqual([
      ['warning', 'B8', '累计完成1000000，完成率10000000%，超过目标99999倍，请核对'],
    ]);
  });

  it('炎陵县 typing 120000 (万元) against its 7.5亿元 is returned as a 万元 slip: 12亿元 is believable', async () => {
    const r = check('炎陵县.xlsx', await returned('炎陵县', { 完成情况: { B8: 120000, B23: 0, B38: 0 } }));
    expect(r.verdict).toBe('returned');
    expect(r.issues.map((i) => [i.severity, i.cell, describeIssue(i)])).toEqual([
      ['error', 'B8', '累计完成120000，完成率1600000%，远超目标：是否按万元填写？按亿元应为12'],
    ]);
  });

  it('万元 typed into 亿元 cells is returned, naming the cell and the likely figure', async () => {
    const r = check('醴陵市.xlsx', await returned('醴陵市', { 完成情况: { B8: 120000, B23: 1, B38: 0 } }));
    expect(r.verdict).toBe('returned');
    expect(r.issues.map((i) => [i.cell, describeIssue(i)])).toEqual([
      ['B8', '累计完成120000，完成率600000%，远超目标：是否按万元填写？按亿元应为12'],
    ]);
  });

  it('an empty 填报人, 联系电话 or 填报日期 is a note; a date typed as text is read as the date it says', async () => {
    const wb = unitTaskbookWorkbook(plan, unitIndex('攸县'), 2018, {
      taskbook: m.taskbook,
      report: m.report,
    });
    const sheet = wb.getWorksheet('完成情况')!;
    for (const [cell, v] of [
      ['B8', 3],
      ['B23', 1],
      ['B38', 0],
      ['B4', '2018年4月5日'],
    ] as const)
      sheet.getCell(cell).value = v;
    const r = check('攸县.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.verdict).toBe('notes');
    expect(r.reportedAt).toBe('2018-04-05');
    expect(r.issues.map((i) => [i.cell, describeIssue(i)])).toEqual([
      ['B4', '填报日期“2018年4月5日”是文本，按2018-04-05读取'],
      ['D3', '填报人、联系电话没有填写：请补上，汇总时需要知道找谁核对、以哪份为准'],
    ]);
    sheet.getCell('B4').value = '四月初';
    const bad = check('攸县.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(bad.issues.map((i) => describeIssue(i))).toContain(
      '填报日期“四月初”无法识别为日期（应如2018-04-05）：同一单位有两份报送时无法判断哪份较新',
    );
  });

  it('“15亿” reads as 15, like “15亿元”, and says nothing about a blank month', async () => {
    const r = check('石峰区.xlsx', await returned('石峰区', { 完成情况: { B8: '15亿', B23: 1, B38: 0 } }));
    expect(r.issues.map((i) => describeIssue(i))).toEqual(['“15亿”是文本，不是数字；应填15']);
  });
});

describe('one meaning of 累计 for a target over several years', () => {
  it('a 2018 report is compared with 2018’s share of the 2017—2020年 target, against 2018’s months', async () => {
    const bytes = await returned('高新区', { 完成情况: { B8: 5, B9: 10, B10: 15, B23: 1, B38: 0 } });
    const r = check('高新区.xlsx', bytes);
    const c = consolidate(plan, 2018, [r], 3);
    const gx = c.units.find((u) => u.name === '高新区')!.standings[0];
    expect(gx).toMatchObject({ target: 20, done: 15, rate: 75, progress: 25, gap: 50 });
    expect(c.targets[0]).toMatchObject({
      period: '2018年',
      whole: { label: '2017—2020年', value: 80, years: 4 },
    });
  });

  it('a workbook issued before this reading is read as it was issued: against the period, from 2017', async () => {
    const i = unitIndex('高新区');
    const targets = reportTargets(plan, i, 2018, 'period');
    // As such a workbook shows them: the period’s targets in H6, H21 and H36.
    const shown = Object.fromEntries(targets.map((t, k) => [`H${6 + 15 * k}`, t.value]));
    const bytes = await returned('高新区', {
      完成情况: { ...shown, B8: 5, B9: 10, B10: 15, B23: 1, B24: 1, B25: 1, B38: 0, B39: 0, B40: 0 },
    });
    const input = readReport('高新区.xlsx', bytes);
    const record = {
      ...(input.record as object),
      targets,
      targetsHash: targetsHash(plan, plan.units[i].id, 2018, targets),
    };
    const r = checkReport(plan, { ...input, record }, today, words);
    expect([r.verdict, r.reading, r.issues.map((x) => x.code)]).toEqual(['pass', 'period', []]);
    const gx = consolidate(plan, 2018, [r], 3).units.find((u) => u.name === '高新区')!.standings[0];
    expect(gx).toMatchObject({ target: 80, done: 15, rate: 18.8, progress: 31.3 });
  });

  it('a workbook that split 1 个 into 0.25 a year (issued before counts were kept whole) is returned, saying why', async () => {
    const i = unitIndex('芦淞区');
    const now = reportTargets(plan, i, 2018);
    expect(now[1]).toMatchObject({ value: 1, period: '2017—2020年', undivided: 'count', from: 2017 });
    const split = now.map((t) =>
      t.undivided
        ? {
            ...t,
            undivided: undefined,
            reading: 'annual' as const,
            period: '2018年',
            value: 0.25,
            decimals: 2,
            from: 2018,
            whole: { label: '2017—2020年', value: 1, years: 4, percent: 25, set: false },
          }
        : t,
    );
    const input = readReport(
      '芦淞区.xlsx',
      await returned('芦淞区', { 完成情况: { B8: 1, B23: 1, B38: 0 } }),
    );
    const record = {
      ...(input.record as object),
      targets: split,
      targetsHash: targetsHash(plan, plan.units[i].id, 2018, split),
    };
    const r = checkReport(plan, { ...input, record }, today, words);
    expect(r.verdict).toBe('returned');
    expect(r.issues.filter((x) => x.code === 'report.countSplit').map((x) => describeIssue(x))).toEqual([
      '任务书把“回归总部经济个数”的2017—2020年目标分成了本年0.25个；个数不分成小数，现按2017—2020年目标1个、期初以来的累计计算，本表所填的本年累计与之不符。请用重新导出的任务书报送',
    ]);
  });
});

describe('yearly shares the planner sets', () => {
  it('2018’s target is its share of the period’s; the note says the plan set it; even shares come back', () => {
    const column = plan.columns[0].id;
    const rising = setYearShares(plan, column, { 2017: 20, 2018: 25, 2019: 25, 2020: 30 });
    const gx = unitIndex('高新区');
    expect(reportTargets(rising, gx, 2020)[0]).toMatchObject({
      value: 24,
      period: '2020年',
      whole: { value: 80, percent: 30, set: true },
    });
    expect(reportTargets(rising, gx, 2017)[0].value).toBe(16);
    const { layout } = reportSheet(rising, gx, 2020, m.report);
    expect(layout.cells.map((c) => String(c.value ?? '').replace(/\n/g, ''))).toContain(
      '注：2020年目标为2017—2020年目标80亿元的30%（计划设定的本年份额）；“1—N月累计完成”填本年1月以来的累计数，与本年目标相比，序时进度按本年月份计算。',
    );
    // Shares are no new issue: a report whose year's target they changed is returned for that target alone.
    expect(planTargetsHash(rising)).toBe(planTargetsHash(plan));
    expect(reportTargets(setYearShares(rising, column, undefined), gx, 2020)[0].value).toBe(20);
  });

  it('shares that miss a year, go negative or do not add up to 100 are refused in words', () => {
    const column = plan.columns[0].id;
    const say = (shares: Record<string, number>) => {
      try {
        setYearShares(plan, column, shares);
        return '';
      } catch (e) {
        return describeError(e as PlanError);
      }
    };
    expect(say({ 2017: 50, 2018: 50 })).toBe(
      '“2017—2020年”的各年份额应逐一给出2017、2018、2019、2020年，每年一次。',
    );
    expect(say({ 2017: 20, 2018: 25, 2019: 25, 2020: 25 })).toBe('各年份额合计为95%，应为100%。');
    expect(say({ 2017: -5, 2018: 35, 2019: 35, 2020: 35 })).toBe('2017年的份额-5不能为负数。');
  });
});
