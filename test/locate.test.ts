import { createFromTemplate, parseA1, planWithSheetValues, spread, type Plan } from '../src/core';
import { describeError } from '../src/locales';
import { SheetModel, locate } from './support/sheetModel';

const xiangshang = () => SheetModel.of(createFromTemplate('zz-xiangshang-2017-2020', 'p'));
const nameRow = (sheet: SheetModel, name: string, col = 2) =>
  Array.from({ length: sheet.rowCount }, (_, k) => k + 1).find((r) => sheet.value(r, col) === name);

/** Spreads 湘商 to 600 on the sheet as it is now, writes the changes, and returns each unit's figure by its row. */
const spreadOnSheet = (plan: Plan, sheet: SheetModel) => {
  const found = locate(plan, sheet);
  if (found.problems.length > 0) return { refused: found.problems };
  const now = planWithSheetValues({ ...plan, placement: found.placement }, sheet.value);
  const result = spread(now, { column: 'i1_2017-2020', total: 600, method: { kind: 'proportional' } });
  for (const c of result.changes) {
    const { row, col } = parseA1(c.cell!);
    sheet.set(row, col, c.after);
  }
  const byName = Object.fromEntries(
    plan.units.map((u) => [
      u.name,
      sheet.value(nameRow(sheet, u.name, found.placement.unitColumn)!, found.placement.columns[0]),
    ]),
  );
  return { byName };
};

const EXPECTED = {
  高新区: 96,
  芦淞区: 48,
  石峰区: 48,
  荷塘区: 48,
  云龙示范区: 60,
  株洲县: 60,
  醴陵市: 96,
  攸县: 60,
  茶陵县: 48,
  炎陵县: 36,
};

describe('finding the table on its sheet', () => {
  it('the table as written is where the plan says', () => {
    const { sheet, plan } = xiangshang();
    const found = locate(plan, sheet);
    expect(found.problems).toEqual([]);
    expect(found.moved).toBe(false);
  });

  it('rows inserted above the table: every unit followed, the spread lands on its own row', () => {
    const { sheet, plan } = xiangshang();
    sheet.insertRows(1, 2);
    const found = locate(plan, sheet);
    expect(found.moved).toBe(true);
    expect(found.placement.unitRows[0]).toBe(7);
    expect(found.placement.controlRow).toBe(plan.placement!.controlRow! + 2);
    expect(spreadOnSheet(plan, sheet)).toEqual({ byName: EXPECTED });
  });

  it('an empty row inserted between units is passed over', () => {
    const { sheet, plan } = xiangshang();
    sheet.insertRows(7);
    expect(spreadOnSheet(plan, sheet)).toEqual({ byName: EXPECTED });
  });

  it('a row inserted between units with a new name refuses, naming the sheet, row and name', () => {
    const { sheet, plan } = xiangshang();
    sheet.insertRows(6);
    sheet.set(6, 2, '新单位');
    sheet.set(6, 3, 99);
    const r = spreadOnSheet(plan, sheet);
    expect(r.refused).toHaveLength(1);
    expect(describeError(r.refused![0])).toBe(
      '工作表“表”第6行“新单位”不在计划中。若是新增的单位，请先把它加入计划（fenjie units add，或任务窗格“校验”中的“加入计划”）；否则请删去这一行。',
    );
    expect(locate(plan, sheet).newRows).toEqual([{ row: 6, name: '新单位' }]);
  });

  it('figures typed in a row without a name refuse too', () => {
    const { sheet, plan } = xiangshang();
    sheet.insertRows(6);
    sheet.set(6, 3, 99);
    expect(describeError(spreadOnSheet(plan, sheet).refused![0])).toBe(
      '工作表“表”第6行没有单位名称，却填了内容。请填上单位名称或删去这一行。',
    );
  });

  it('a deleted unit row refuses, naming the unit', () => {
    const { sheet, plan } = xiangshang();
    sheet.deleteRows(nameRow(sheet, '石峰区')!);
    const r = spreadOnSheet(plan, sheet);
    expect(r.refused!.map((p) => p.code)).toEqual(['locate.unitMissing']);
    expect(describeError(r.refused![0])).toContain('找不到单位“石峰区”');
  });

  it('unit rows sorted by a figure column keep every figure with its unit', () => {
    const { sheet, plan } = xiangshang();
    sheet.sortRows(5, 14, 3);
    expect(sheet.value(5, 2)).not.toBe('高新区');
    const found = locate(plan, sheet);
    expect(found.problems).toEqual([]);
    expect(spreadOnSheet(plan, sheet)).toEqual({ byName: EXPECTED });
  });

  it('a column inserted before the table changes nothing that matters', () => {
    const { sheet, plan } = xiangshang();
    sheet.insertColumns(1);
    const found = locate(plan, sheet);
    expect(found.placement.unitColumn).toBe(3);
    expect(found.placement.columns).toEqual([4, 5, 6]);
    expect(spreadOnSheet(plan, sheet)).toEqual({ byName: EXPECTED });
  });

  it('a renamed indicator header is a missing column, not a guess', () => {
    const { sheet, plan } = xiangshang();
    sheet.set(4, 3, '2018年');
    expect(locate(plan, sheet).problems.map((p) => p.code)).toEqual(['locate.columnMissing']);
  });

  it('the task table with its section headings is found as written and after rows inserted above', () => {
    const { sheet, plan } = SheetModel.of(createFromTemplate('zz-tasks-2017', 'p'));
    expect(locate(plan, sheet).problems).toEqual([]);
    sheet.insertRows(2, 3);
    const found = locate(plan, sheet);
    expect(found.problems).toEqual([]);
    expect(found.placement.unitRows[0]).toBe(plan.placement!.unitRows[0] + 3);
  });

  it('every template is found as written', () => {
    for (const id of [
      'hn-bonded-zones-2017',
      'zz-devzones-2016-2020',
      'zz-top500-2017-2020',
      'cz-investment-2017-2018',
      'cz-structural-2017-2018',
      'cs-trade-2017-2021',
      'cs-going-out-2017-2021',
      'cs-investment-2017-2021',
      'cd-industry-2018-2020',
      'cd-tasks-2018-2020',
    ]) {
      const { sheet, plan } = SheetModel.of(createFromTemplate(id, 'p'));
      const found = locate(plan, sheet);
      expect([id, found.problems]).toEqual([id, []]);
      expect(found.moved).toBe(false);
    }
  });
});
