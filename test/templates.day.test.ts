/**
 * 长沙's and 常德's templates go through the planner's day as the others do: the city's figures spread to the
 * units, the plan valid, each unit's 任务书 issued and its 完成情况 read back, the 汇总 adding amounts and counts
 * and giving a share no 全市 figure; 常德's tasks reach each department with only the work it answers for.
 */
import {
  checkReport,
  consolidate,
  countiesOf,
  createFromTemplate,
  departmentContent,
  departmentsOf,
  planGrid,
  spread,
  taskbookWording,
  validate,
  type Plan,
  type ReportRecord,
} from '../src/core';
import { messages, reportWords } from '../src/locales';
import { planWorkbook, readReport, unitTaskbookWorkbook } from '../src/xlsx';

const m = messages('zh-CN');
const today = new Date('2026-11-24');

/** The plan as inserted, then every 下达目标 spread evenly over the units. */
const spreadPlan = (id: string): Plan => {
  let plan = planWorkbook([createFromTemplate(id, 'p')], m.sheet).plans[0];
  for (const column of Object.keys(plan.controlTotals))
    plan = spread(plan, { column, method: { kind: 'even' } }).plan;
  return plan;
};

/** A unit's 任务书 for the year, its 完成情况 filled with 1 in every figure, checked as a returned report. */
const reported = async (plan: Plan, unit: string, year: number) => {
  const i = plan.units.findIndex((u) => u.name === unit);
  const wb = unitTaskbookWorkbook(plan, i, year, { taskbook: m.taskbook, report: m.report });
  const record = readReport('x.xlsx', new Uint8Array(await wb.xlsx.writeBuffer())).record as ReportRecord;
  const sheet = wb.getWorksheet('完成情况')!;
  for (const block of record.layout.blocks) sheet.getCell(block.firstRow, block.inputColumn).value = 1;
  sheet.getCell('D3').value = '张三';
  sheet.getCell('F3').value = '0731-88888888';
  sheet.getCell('B4').value = `${year}-02-05`;
  return checkReport(
    plan,
    readReport(`${unit}.xlsx`, new Uint8Array(await wb.xlsx.writeBuffer())),
    today,
    reportWords(m),
  );
};

describe.each([
  ['cs-trade-2017-2021', 2018, ['芙蓉区', '长沙黄花综合保税区']],
  ['cs-going-out-2017-2021', 2018, ['天心区', '浏阳市']],
  ['cs-investment-2017-2021', 2018, ['湖南湘江新区', '长沙县']],
  ['cd-industry-2018-2020', 2019, ['武陵区', '常德经开区']],
] as const)('%s through the day', (id, year, units) => {
  it('spread to the units, every 合计 meets its 下达目标 and the plan has no error', () => {
    const plan = spreadPlan(id);
    expect(validate(plan, planGrid(plan)).filter((i) => i.severity === 'error')).toEqual([]);
    for (const [column, total] of Object.entries(plan.controlTotals)) {
      const j = plan.columns.findIndex((c) => c.id === column);
      const sum = plan.values.reduce((s, row) => s + (typeof row[j] === 'number' ? row[j] : 0), 0);
      expect([column, Math.round(sum * 100) / 100]).toEqual([column, total]);
    }
  });

  it('issued and collected: two units’ 完成情况 pass, amounts and counts add up, a share gives 全市 none', async () => {
    const plan = spreadPlan(id);
    const reports = [await reported(plan, units[0], year), await reported(plan, units[1], year)];
    expect(reports.map((r) => r.verdict)).not.toContain('returned');
    const c = consolidate(plan, year, reports, 1);
    expect(c.targets.length).toBeGreaterThan(0);
    c.targets.forEach((t, k) => {
      const share = plan.indicators.find((i) => i.name === t.indicator)!.aggregate === 'none';
      expect([t.indicator, c.city[k].done]).toEqual([t.indicator, share ? null : 2]);
    });
  });
});

describe('常德’s 重点任务 issued to the departments', () => {
  const plan = planWorkbook([createFromTemplate('cd-tasks-2018-2020', 'p')], m.sheet).plans[0];
  const departments = departmentsOf(plan, countiesOf(plan));
  const tasksOf = (name: string) =>
    departments.find((d) => d.name === name)!.tasks.map((t) => plan.units[t.unit].name);

  it('each department gets only the clauses the text gives it', () => {
    expect(departments).toHaveLength(21);
    expect(tasksOf('市委组织部')).toEqual([
      '强化人才保障：加大高层次人才引进力度，引进重点大学本科及以上毕业生1500名以上，其中硕士研究生600名以上、博士研究生60名以上。',
    ]);
    expect(tasksOf('市科技局')).toHaveLength(5);
    expect(tasksOf('市政府办〈市金融办〉').map((t) => t.slice(0, 6))).toEqual([
      '强化要素保障',
      '实施企业上市',
    ]);
    expect(tasksOf('市住建局')).toEqual([
      expect.stringMatching(/^实施常德品牌推广行动：立足常德特色和优势/),
      expect.stringMatching(/^实施常德品牌推广行动（4）城市品牌推介/),
    ]);
  });

  it('each 任务书 carries the 指挥部’s 考核办法 and its 三级调度, by section, due 2020年12月', () => {
    const k = departments.findIndex((d) => d.name === '市人社局');
    const content = departmentContent(plan, departments[k], k, taskbookWording(plan));
    expect(content.issuer).toBe('常德市推进产业立市三年行动指挥部');
    expect(content.tasks!.map((t) => t.section)).toEqual([
      '（二）强化三大保障',
      '（二）强化三大保障',
      '（三）实施八大行动',
    ]);
    expect(new Set(content.tasks!.map((t) => t.deadline))).toEqual(new Set(['2020年12月']));
    expect(content.wording.assessment.join('')).toContain('指挥部办公室每旬调度一次，副指挥长每月调度一次');
    expect(content.wording.assessment.join('')).toContain('《推进产业立市三年行动考核办法》');
  });
});
