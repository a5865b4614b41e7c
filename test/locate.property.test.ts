/** Law: whatever rows and columns a planner inserts, deletes or sorts, a spread never writes a unit's figure into another unit's row. */
import fc from 'fast-check';
import { PlanError, createFromTemplate, parseA1, planWithSheetValues, spread } from '../src/core';
import { SheetModel, locate } from './support/sheetModel';

type Edit =
  | { op: 'insertRows'; at: number; count: number }
  | { op: 'deleteRows'; at: number }
  | { op: 'insertColumns'; at: number }
  | { op: 'sort'; by: number; descending: boolean }
  | { op: 'set'; row: number; col: number; value: string | number | null };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constant('insertRows' as const),
    at: fc.integer({ min: 1, max: 20 }),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ op: fc.constant('deleteRows' as const), at: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('insertColumns' as const), at: fc.integer({ min: 1, max: 6 }) }),
  fc.record({
    op: fc.constant('sort' as const),
    by: fc.integer({ min: 0, max: 3 }),
    descending: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('set' as const),
    row: fc.integer({ min: 1, max: 20 }),
    col: fc.integer({ min: 1, max: 6 }),
    value: fc.oneof(
      fc.constant(null),
      fc.integer({ min: 0, max: 200 }),
      fc.constantFrom('新单位', '高新区', '合计', ''),
    ),
  }),
);

describe('editing the sheet, as a law', () => {
  it('a spread after any edits lands each figure on its own unit’s row, or is refused', () => {
    let spreads = 0;
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), (edits) => {
        const { sheet, plan } = SheetModel.of(createFromTemplate('zz-xiangshang-2017-2020', 'p'));
        for (const e of edits) {
          if (e.op === 'insertRows') sheet.insertRows(e.at, e.count);
          else if (e.op === 'deleteRows') sheet.deleteRows(e.at);
          else if (e.op === 'insertColumns') sheet.insertColumns(e.at);
          else if (e.op === 'set') sheet.set(e.row, e.col, e.value);
          else {
            // Sort the unit rows where they are now, by the unit column (0) or a figure column.
            const where = locate(plan, sheet);
            if (where.problems.length > 0) continue;
            const rows = where.placement.unitRows;
            const by = e.by === 0 ? where.placement.unitColumn : where.placement.columns[e.by - 1];
            sheet.sortRows(Math.min(...rows), Math.max(...rows), by, e.descending);
          }
        }
        const found = locate(plan, sheet);
        if (found.problems.length > 0) return; // refused with the reason: nothing is written
        const before = sheet.clone();
        const now = planWithSheetValues({ ...plan, placement: found.placement }, sheet.value);
        let result;
        try {
          result = spread(now, { column: 'i1_2017-2020', total: 600, method: { kind: 'even' } });
        } catch (e) {
          if (e instanceof PlanError) return;
          throw e;
        }
        spreads++;
        const unitCol = found.placement.unitColumn;
        for (const c of result.changes) {
          const { row, col } = parseA1(c.cell!);
          // The row written holds the unit's own name, and the column is the plan's column.
          expect(before.value(row, unitCol)).toBe(plan.units.find((u) => u.id === c.unit)!.name);
          expect(col).toBe(found.placement.columns[0]);
          sheet.set(row, col, c.after);
        }
      }),
      { numRuns: 500 },
    );
    expect(spreads).toBeGreaterThan(100);
  });
});
