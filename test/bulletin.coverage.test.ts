/**
 * The 全市 sentence says what it stands on: with 2 of 湘商's 10 units reported, the city's figure is theirs,
 * and the 通报 says so where the figure stands, and its 快于/慢于序时进度 lists read as the reporters' only.
 */
import {
  bulletinContent,
  bulletinSubject,
  checkReport,
  consolidate,
  createFromTemplate,
  summarySheet,
  type Plan,
} from '../src/core';
import { messages, reportWords } from '../src/locales';
import { planWorkbook, readReport, unitTaskbookWorkbook } from '../src/xlsx';

const m = messages('zh-CN');
const today = new Date('2026-11-24');
let plan: Plan;

beforeAll(() => {
  plan = planWorkbook([createFromTemplate('zz-xiangshang-2017-2020', 'p')], m.sheet).plans[0];
});

/** A unit's 1—3月 of 回归到位资金 (the other two targets 0), as its clerk types them. */
const reported = async (unit: string, months: number[]) => {
  const wb = unitTaskbookWorkbook(
    plan,
    plan.units.findIndex((u) => u.name === unit),
    2018,
    {
      taskbook: m.taskbook,
      report: m.report,
    },
  );
  const sheet = wb.getWorksheet('完成情况')!;
  months.forEach((v, k) => (sheet.getCell(`B${8 + k}`).value = v));
  for (const cell of ['B23', 'B24', 'B25', 'B38', 'B39', 'B40']) sheet.getCell(cell).value = 0;
  sheet.getCell('D3').value = '张三';
  sheet.getCell('F3').value = '0731-1234567';
  sheet.getCell('B4').value = '2018-04-03';
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return checkReport(plan, readReport(`${unit}.xlsx`, bytes), today, reportWords(m));
};

describe('the 全市 sentence of a round most units have not reported', () => {
  it('says 10个单位中2个已报送 and who is missing, and the lists speak of the two', async () => {
    const reports = [await reported('高新区', [5, 10, 15]), await reported('芦淞区', [0, 1, 1])];
    expect(reports.map((r) => r.verdict)).toEqual(['pass', 'pass']);
    const content = bulletinContent(plan, consolidate(plan, 2018, reports, 3), m.summary);
    const money = content.indicators[0];
    expect(money.city[0]).toBe(
      '1—3月，全市回归到位资金累计完成16亿元，完成2018年目标任务的12.8%，低于序时进度12.2个百分点（10个单位中2个已报送，全市数只含已报送单位；石峰区、荷塘区、云龙示范区等8个单位未报送）。',
    );
    expect(money.behind).toBe('已报送的2个单位中，慢于序时进度的：芦淞区。');
    // Said once: the next indicators miss the same eight and do not say it again.
    expect(content.indicators.slice(1).map((i) => i.city.join(''))).not.toContainEqual(
      expect.stringContaining('已报送'),
    );
    expect(money.ahead).toBe('已报送的2个单位中，快于序时进度的：高新区。');
  });

  it('says nothing of the kind when every unit is in the figure', async () => {
    const reports = await Promise.all(plan.units.map((u) => reported(u.name, [1, 2, 3])));
    const content = bulletinContent(plan, consolidate(plan, 2018, reports, 3), m.summary);
    expect(content.indicators[0].city[0]).not.toContain('已报送');
    expect(content.indicators[0].behind).toMatch(/^慢于序时进度的单位：/);
  });

  it('a unit level with 序时进度 is said 持平, and listed neither as 快于 nor as 慢于; its 差距 cell has no fill', async () => {
    // 芦淞区: 2.5 of its 10 by March, 25 %, the 序时进度 of 1—3月.
    const reports = await Promise.all(
      plan.units.map((u) => reported(u.name, u.name === '芦淞区' ? [1, 2, 2.5] : [10, 20, 30])),
    );
    const c = consolidate(plan, 2018, reports, 3);
    const content = bulletinContent(plan, c, m.summary);
    const money = content.indicators[0];
    expect(money.units.find((l) => l.startsWith('芦淞区'))).toContain('与序时进度持平');
    expect(money.ahead).not.toContain('芦淞区');
    expect(money.behind).not.toContain('芦淞区');
    const layout = summarySheet(plan, c, m.summary);
    const row = 4 + plan.units.findIndex((u) => u.name === '芦淞区');
    expect(layout.cells.find((x) => x.row === row && x.col === 7)).toMatchObject({ value: 0, style: 'pct' });
  });

  it('names who did not report apart from whose reports were returned, so the counts agree with 报送情况', async () => {
    const good = [await reported('高新区', [5, 10, 15])];
    const returned = { ...(await reported('芦淞区', [1, 2, 3])), verdict: 'returned' as const };
    const c = consolidate(plan, 2018, [...good, returned], 3);
    const content = bulletinContent(plan, c, m.summary);
    expect(content.indicators[0].city[0]).toContain(
      '（10个单位中1个已报送，全市数只含已报送单位；石峰区、荷塘区、云龙示范区等8个单位未报送，芦淞区的报送被退回）',
    );
    expect(content.reporting[0]).not.toContain('芦淞区');
  });
});

describe('what a 通报’s title says the round is of', () => {
  it.each([
    [
      '“对接湘商会、建设新家乡”行动县市区目标任务分解（2017—2020年）',
      '“对接湘商会、建设新家乡”行动县市区目标任务',
    ],
    ['株洲市2020年开放型经济目标任务分解表', '株洲市开放型经济目标任务'],
    ['郴州市招商引资总量指标任务分解', '郴州市招商引资总量指标'],
    ['株洲市省级以上开发区外贸、外资目标表（2016—2020年）', '株洲市省级以上开发区外贸、外资目标任务'],
    ['目标分解', '目标分解'],
  ])('%s → %s', (title, subject) => expect(bulletinSubject(title, 2020)).toBe(subject));
});
