/** Law: validation never throws, whatever the grid holds. */
import fc from 'fast-check';
import { createFromTemplate, createValidator, templates, type CellValue, type PlanGrid } from '../src/core';

const junk: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    1e308,
    '—',
    '#REF!',
    '#DIV/0!',
    '持续推进',
    '20186',
    '８０',
    '80亿元',
    '',
    ' ',
    '=',
  ),
  fc.string(),
  fc.string({ unit: 'binary' }),
);

describe('validation', () => {
  it('never throws on any grid, for every template, and keeps doing so through edits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...templates.map((t) => t.id)),
        fc.array(fc.array(junk, { minLength: 20, maxLength: 20 }), { minLength: 100, maxLength: 100 }),
        fc.array(fc.tuple(fc.nat(99), fc.nat(19)), { maxLength: 5 }),
        (id, cells, edits) => {
          const plan = createFromTemplate(id, 'p');
          const grid: PlanGrid = {
            value: (i, j) => cells[i % 100][j % 20],
            formula: (i, j) =>
              typeof cells[i % 100][(j + 1) % 20] === 'string'
                ? String(cells[i % 100][(j + 1) % 20])
                : undefined,
            unitName: (i) => cells[i % 100][0],
            totalFormula: () => undefined,
            differenceFormula: () => undefined,
          };
          const v = createValidator(plan, grid);
          expect(Array.isArray(v.issues())).toBe(true);
          v.update(edits.map(([unit, column]) => ({ unit, column })));
          v.update([{ unitName: 0 }, { control: 0 }]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
