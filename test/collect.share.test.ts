/**
 * A share (占比 %) is no sum of the units': 郴州's 结构性指标 collected from two counties give no 全市 figure
 * (never 30% + 20% = 50%), the 通报 no 全市 sentence for it, and a city without a target no 完成率.
 */
import {
  bulletinContent,
  checkReport,
  consolidate,
  createFromTemplate,
  type Plan,
  type ReportRecord,
} from '../src/core';
import { messages, reportWords } from '../src/locales';
import { planWorkbook, readReport, unitTaskbookWorkbook } from '../src/xlsx';

const m = messages('zh-CN');
const today = new Date('2026-11-24');
const SHARE = '新引进现代服务业引资占全市引资总额比重';
let plan: Plan;

beforeAll(() => {
  plan = planWorkbook([createFromTemplate('cz-structural-2017-2018', 'p')], m.sheet).plans[0];
});

/** A county's 1月 of the share and of 新引进现代农业投资, typed where its record says. */
const reported = async (unit: string, share: number, farming: number) => {
  const i = plan.units.findIndex((u) => u.name === unit);
  const wb = unitTaskbookWorkbook(plan, i, 2018, { taskbook: m.taskbook, report: m.report });
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const record = readReport('x.xlsx', bytes).record as ReportRecord;
  const sheet = wb.getWorksheet('完成情况')!;
  for (const block of record.layout.blocks) {
    const target = record.targets.find((t) => t.column === block.column)!;
    const value =
      target.indicator === SHARE ? share : target.indicator === '新引进现代农业投资' ? farming : 0;
    sheet.getCell(block.firstRow, block.inputColumn).value = value;
  }
  sheet.getCell('D3').value = '张三';
  sheet.getCell('F3').value = '0735-2222222';
  sheet.getCell('B4').value = '2018-02-05';
  const file = `${unit}.xlsx`;
  return checkReport(
    plan,
    readReport(file, new Uint8Array(await wb.xlsx.writeBuffer())),
    today,
    reportWords(m),
  );
};

describe('a share in the 汇总', () => {
  it('keeps each county’s figure, gives 全市 none, and the 通报 says no 全市 sentence for it', async () => {
    const reports = [await reported('北湖区', 30, 1.5), await reported('临武县', 20, 2)];
    expect(reports.map((r) => r.verdict)).not.toContain('returned');
    const c = consolidate(plan, 2018, reports, 1);
    const k = c.targets.findIndex((t) => t.indicator === SHARE);
    const farming = c.targets.findIndex((t) => t.indicator === '新引进现代农业投资');
    expect(c.units.find((u) => u.name === '北湖区')!.standings[k].done).toBe(30);
    expect(c.units.find((u) => u.name === '临武县')!.standings[k].done).toBe(20);
    expect(c.city[k].done).toBeNull();
    // Amounts still add up: 1.5 + 2.
    expect(c.city[farming].done).toBe(3.5);
    const bulletin = bulletinContent(plan, c, m.summary);
    expect(bulletin.indicators[k].city).toEqual([]);
    expect(bulletin.indicators[farming].city[0]).toContain('全市新引进现代农业投资累计完成3.5亿元');
    for (const line of bulletin.indicators.flatMap((i) => i.city))
      expect(line).not.toMatch(/完成[^，]*目标任务的0%/);
  });
});
