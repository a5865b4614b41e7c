/**
 * The laws of a re-issue (微调): a report filled in against an earlier version of the targets is taken against
 * today's targets, with a 提示 exactly when that unit's targets changed; a target altered against the version
 * it was issued with is always returned.
 */
import fc from 'fast-check';
import {
  checkReport,
  consolidate,
  createFromTemplate,
  issueVersion,
  recordAdjustment,
  reportTargets,
  targetColumns,
  targetsHash,
  type Plan,
  type ReportRecord,
} from '../src/core';
import { messages, reportWords } from '../src/locales';
import { planWorkbook, readReport, unitTaskbookWorkbook } from '../src/xlsx';

const m = messages('zh-CN');
const words = reportWords(m);
const today = new Date('2026-11-24');
let v1: Plan;

beforeAll(() => {
  v1 = planWorkbook([createFromTemplate('zz-xiangshang-2017-2020', 'p')], m.sheet).plans[0];
});

/** The unit's 1—3月 report on the version it was issued with, as bytes; `shown` overtypes its first target. */
const reportOf = async (plan: Plan, unit: number, shown?: number) => {
  const wb = unitTaskbookWorkbook(plan, unit, 2018, { taskbook: m.taskbook, report: m.report });
  const sheet = wb.getWorksheet('完成情况')!;
  for (const cell of ['B8', 'B9', 'B10']) sheet.getCell(cell).value = 1;
  sheet.getCell('D3').value = '张三';
  sheet.getCell('F3').value = '0731-1234567';
  sheet.getCell('B4').value = '2018-04-05';
  if (shown !== undefined) sheet.getCell('H6').value = shown;
  return new Uint8Array(await wb.xlsx.writeBuffer());
};

/** Version 2: some units' 回归到位资金 2017—2020年 target changed (a 微调 after issuing). */
const reissued = (changes: Map<number, number>): Plan => {
  const column = targetColumns(v1)[0];
  return {
    ...v1,
    version: v1.version + 1,
    values: v1.values.map((row, u) =>
      row.map((v, j) => (j === column && changes.has(u) ? changes.get(u)! : v)),
    ),
  };
};

const changesArb = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 300 })), {
    selector: ([u]) => u,
    maxLength: 5,
  })
  .map((pairs) => new Map(pairs));

describe('re-issued targets, as laws', () => {
  it('an older version’s report is taken against today’s targets, with a 提示 exactly when its unit’s changed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 9 }), changesArb, async (unit, changes) => {
        const v2 = reissued(changes);
        const checked = checkReport(v2, readReport('x.xlsx', await reportOf(v1, unit)), today, words);
        expect(checked.verdict).not.toBe('returned');
        const before = reportTargets(v1, unit, 2018)[0].value;
        const after = reportTargets(v2, unit, 2018)[0].value;
        const said = checked.issues.filter((i) => i.code === 'report.targetChanged');
        expect(said.length).toBe(before === after ? 0 : 1);
        // The 汇总 reads its 1 against today's target.
        const c = consolidate(v2, 2018, [checked]);
        expect(c.units[unit].standings[0].target).toBe(after);
      }),
      { numRuns: 25 },
    );
  });

  it('a target altered against the version it was issued with is always returned', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 9 }),
        changesArb,
        fc.integer({ min: 1, max: 999 }),
        async (unit, changes, shown) => {
          const issued = reportTargets(v1, unit, 2018)[0].value;
          fc.pre(shown !== issued);
          const checked = checkReport(
            reissued(changes),
            readReport('x.xlsx', await reportOf(v1, unit, shown)),
            today,
            words,
          );
          expect(checked.verdict).toBe('returned');
          expect(checked.issues.map((i) => i.code)).toContain('report.targetAltered');
        },
      ),
      { numRuns: 25 },
    );
  });

  describe('with every issued version kept in the plan', () => {
    // One issue, one signing key: every report below is of this plan's 任务书.
    let first: Plan | undefined;
    const issuedV1 = () => (first ??= issueVersion(v1, '2018-01-10T00:00:00.000Z').plan);
    /** Targets changed after issuing, recorded (version 2, 调整记录), and re-issued or not. */
    const adjusted = (changes: Map<number, number>, reissue: boolean): Plan => {
      const column = targetColumns(v1)[0];
      const base = issuedV1();
      const changed = recordAdjustment(
        {
          ...base,
          values: base.values.map((row, u) =>
            row.map((v, j) => (j === column && changes.has(u) ? changes.get(u)! : v)),
          ),
        },
        '2018-03-01T00:00:00.000Z',
      );
      return reissue ? issueVersion(changed, '2018-03-02T00:00:00.000Z').plan : changed;
    };

    it('a report of version 1 has a 提示 exactly when its unit’s target changed, re-issued or not', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: 9 }),
          changesArb,
          fc.boolean(),
          async (unit, changes, reissue) => {
            const now = adjusted(changes, reissue);
            const checked = checkReport(
              now,
              readReport('x.xlsx', await reportOf(issuedV1(), unit)),
              today,
              words,
            );
            expect(checked.verdict).not.toBe('returned');
            const before = reportTargets(v1, unit, 2018)[0].value;
            const after = reportTargets(now, unit, 2018)[0].value;
            expect(checked.issues.filter((i) => i.code === 'report.targetChanged').length).toBe(
              before === after ? 0 : 1,
            );
            // The version went up once the change was recorded, issued or not.
            expect(now.version).toBe(
              changes.size > 0 && [...changes].some(([u, v]) => v1.values[u][targetColumns(v1)[0]] !== v)
                ? 2
                : 1,
            );
          },
        ),
        { numRuns: 25 },
      );
    });

    it('a record forged to targets its version never issued is returned, even with its hash made to match', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: 9 }),
          fc.integer({ min: 1, max: 999 }),
          async (unit, forged) => {
            const plan = issuedV1();
            const issued = reportTargets(plan, unit, 2018)[0].value;
            fc.pre(forged !== issued);
            const input = readReport('x.xlsx', await reportOf(plan, unit, forged));
            const record = input.record as ReportRecord;
            const targets = record.targets.map((t, k) => (k === 0 ? { ...t, value: forged } : t));
            const hash = targetsHash(plan, record.unit.id, record.year, targets);
            const forgedRecord = { ...record, targets, targetsHash: hash };
            const checked = checkReport(plan, { ...input, record: forgedRecord }, today, words);
            expect(checked.verdict).toBe('returned');
            expect(checked.issues.map((i) => i.code)).toEqual(['report.signatureBad']);
            // A plan from before signing (no key, the record unsigned): the kept version's targets catch it.
            const { signature: _signature, ...unsigned } = forgedRecord;
            const legacy = checkReport(
              { ...plan, signing: undefined },
              { ...input, record: unsigned },
              today,
              words,
            );
            expect(legacy.verdict).toBe('returned');
            expect(legacy.issues.map((i) => i.code)).toContain('report.targetsDifferIssued');
          },
        ),
        { numRuns: 25 },
      );
    });
  });
});
