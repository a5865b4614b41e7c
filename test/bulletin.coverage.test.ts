/**
 * The 全市 sentence says what it stands on: with 2 of 湘商's 10 units reported, the city's figure is theirs,
 * and the 通报 says so where the figure stands, and its 快于/慢于序时进度 lists read as the reporters' only.
 */
import { bulletinContent, checkReport, consolidate, createFromTemplate, type Plan } from '../src/core';
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
});
