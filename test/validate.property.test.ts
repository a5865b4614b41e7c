/** Law: validation never throws, whatever the grid holds. */
import fc from 'fast-check';
import { createFromTemplate, createValidator, templates, type CellValue, type PlanGrid } from '../src/core';
import { cellIssues } from '../src/core/validate/cells';
import { columnFacts } from '../src/core/validate/context';

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

describe('the validator’s fast path', () => {
  it('finds exactly the cell issues a cell-by-cell check finds', () => {
    const figures: fc.Arbitrary<CellValue> = fc.oneof(
      fc.integer({ min: -5, max: 200 }),
      fc.integer({ min: 0, max: 20000 }).map((x) => x / 100),
      fc.integer({ min: 0, max: 20000 }).map((x) => x / 1000),
      fc.constantFrom(null, '—', '８０', 'abc', 1e-7, 100.05),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(figures, { minLength: 16, maxLength: 16 }), { minLength: 13, maxLength: 13 }),
        (cells) => {
          const plan = createFromTemplate('cz-structural-2017-2018', 'p');
          const grid: PlanGrid = {
            value: (i, j) => cells[i][j],
            formula: () => undefined,
            unitName: (i) => plan.units[i].name,
          };
          const facts = columnFacts(plan);
          const slow = plan.units.flatMap((_, i) =>
            plan.columns.flatMap((_, j) => cellIssues(plan, facts, grid, i, j) ?? []),
          );
          const key = (x: { code: string; unit?: string; column?: string }) =>
            `${x.code}:${x.unit}:${x.column}`;
          const fast = createValidator(plan, grid)
            .issues()
            .filter((x) => x.unit !== undefined && x.code.startsWith('cell.'));
          expect(fast.map(key).sort()).toEqual(slow.map(key).sort());
        },
      ),
      { numRuns: 200 },
    );
  });
});
