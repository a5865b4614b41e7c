/** Laws: recognising never throws but in words, whatever the grid; a table's own figures come back as written. */
import fc from 'fast-check';
import {
  isPlanError,
  gridFromText,
  recognisedPlan,
  recogniseSources,
  type CellValue,
  type MergedRange,
} from '../src/core';

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(
    '合计',
    '县市区',
    '2017年',
    '一、县市区',
    '注：',
    '—',
    '８０',
    '1,200',
    '序号',
    '单位：万美元',
    '责任单位',
  ),
  fc.string({ maxLength: 6 }),
);
const merge: fc.Arbitrary<MergedRange> = fc
  .record({ top: fc.nat(8), left: fc.nat(6), h: fc.nat(3), w: fc.nat(3) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

describe('the recogniser', () => {
  test('never throws but a PlanError, on any grid with any merged ranges', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 10 }),
        fc.array(merge, { maxLength: 4 }),
        (cells, merges) => {
          try {
            const r = recogniseSources([{ name: 'S', kind: 'sheet', cells, merges }]);
            if (r.kind === 'table')
              recognisedPlan(r.table, { document: 'a', table: 'b', unnamed: '目标' }, 'p');
          } catch (e) {
            if (!isPlanError(e)) throw e;
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  test('a table of names and figures gives back its figures and its 合计, row for row', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.constantFrom('芦淞区', '石峰区', '荷塘区', '天元区', '醴陵市', '攸县', '茶陵县', '炎陵县'),
          {
            minLength: 1,
          },
        ),
        fc.array(fc.integer({ min: 0, max: 99999 }), { minLength: 8, maxLength: 8 }),
        fc.boolean(),
        (units, figures, totalFirst) => {
          const rows: CellValue[][] = units.map((u, k) => [u, figures[k] / 100]);
          const total: CellValue[] = ['合计', 12345];
          const cells = [
            ['县市区', '2018年目标（亿元）'],
            ...(totalFirst ? [total, ...rows] : [...rows, total]),
          ];
          const r = recogniseSources([
            { name: 'S', kind: 'text', cells: gridFromText(cells.map((c) => c.join('\t')).join('\n')) },
          ]);
          if (r.kind !== 'table') throw new Error('no table');
          expect(r.table.units.map((u) => u.name)).toEqual(units);
          expect(r.table.values).toEqual(rows.map((row) => [row[1]]));
          expect(r.table.totals?.values).toEqual([12345]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
