/**
 * Scoring by a 考核办法, computed here by hand from the rules as a bureau writes them (郴州: 分值, 按比例, 超额加分
 * with a cap, 迟报 and 漏报 deductions, 一票否决), and the rule sheets a planner gets wrong refused by name.
 */
import {
  assessUnits,
  checkRules,
  defaultRules,
  parseA1,
  readRulesSheet,
  rulesSheet,
  type AssessmentRules,
  type CellValue,
} from '../src/core';
import { describeError, messages } from '../src/locales';
import { planErrorOf } from './support/planError';

const rules: AssessmentRules = {
  indicators: [
    { indicator: '到位资金', points: 60, method: '按比例', bonusPerPoint: 0.2, bonusCap: 5, cell: 'C3' },
    { indicator: '总部个数', points: 20, method: '完成即满分', cell: 'C4' },
    {
      indicator: '公益资金',
      points: 20,
      method: '分档',
      bands: [
        { atLeast: 100, share: 100 },
        { atLeast: 80, share: 75 },
        { atLeast: 50, share: 50 },
      ],
      below: 0,
      vetoBelow: 30,
      cell: 'C5',
    },
  ],
  late: 1,
  missing: 2,
  grades: {
    bands: [
      { grade: '优秀', atLeast: 90 },
      { grade: '良好', atLeast: 80 },
      { grade: '合格', atLeast: 60 },
    ],
    lowest: '不合格',
  },
  total: 100,
  interviewLowest: 1,
};

describe('a unit’s 考核 score', () => {
  it('adds 得分, 超额加分 (capped), 报送纪律 and the planner’s points; ranks with ties; grades; vetoes', () => {
    const [a, b, c, d] = assessUnits(checkRules(rules, '考核办法'), [
      // 60 × 100% + min(5, 40 × 0.2) + 20 + 20 × 100% = 105.
      { unit: '高新区', rates: [140, 100, 100], lateMonths: [], missingMonths: [] },
      // 60 × 85% = 51; 0 (98% is not 完成); 20 × 75% = 15; one late report −1, one missing month −2 → 63.
      { unit: '芦淞区', rates: [85, 98, 80], lateMonths: [3], missingMonths: [4] },
      // 60 × 50% = 30 + 20 + 20 × 50% = 10 = 60, +3 加分 (说明 given) = 63: 并列 with 芦淞区.
      {
        unit: '石峰区',
        rates: [50, 120, 60],
        lateMonths: [],
        missingMonths: [],
        plus: { points: 3, reason: '引进总部项目' },
      },
      // 公益资金 at 20% is below its 否决线 30%: 不合格 whatever the score.
      { unit: '荷塘区', rates: [100, 100, 20], lateMonths: [], missingMonths: [] },
    ]);
    expect([a.scores, a.bonus, a.total, a.rank, a.grade]).toEqual([[60, 20, 20], 5, 105, 1, '优秀']);
    expect([b.scores, b.discipline, b.total, b.rank, b.grade]).toEqual([[51, 0, 15], 3, 63, 3, '合格']);
    expect([c.total, c.rank, c.grade]).toEqual([63, 3, '合格']);
    expect([d.total, d.rank, d.grade, d.veto]).toEqual([
      80,
      2,
      '不合格',
      [{ indicator: '公益资金', rate: 20, line: 30 }],
    ]);
  });

  it('约谈 the lowest, tied ones together; when every unit scored the same, none is the lowest', () => {
    const unit = (name: string, rate: number) => ({
      unit: name,
      rates: [rate, 100, 100],
      lateMonths: [],
      missingMonths: [],
    });
    const tied = assessUnits(checkRules(rules, '考核办法'), [
      unit('高新区', 0),
      unit('芦淞区', 0),
      unit('石峰区', 0),
    ]);
    expect(tied.map((s) => s.interview)).toEqual([false, false, false]);
    const two = assessUnits(checkRules(rules, '考核办法'), [
      unit('高新区', 90),
      unit('芦淞区', 50),
      unit('石峰区', 50),
    ]);
    expect(two.map((s) => s.interview)).toEqual([false, true, true]);
  });

  it('按名次: at most the share of units is 优秀, the others of that score 良好', () => {
    const top = { ...rules, grades: { ...rules.grades, topShare: 25 } };
    const scores = assessUnits(
      top,
      ['甲', '乙', '丙', '丁'].map((unit, k) => ({
        unit,
        rates: [100 - k, 100, 100],
        lateMonths: [],
        missingMonths: [],
      })),
    );
    expect(scores.map((s) => s.grade)).toEqual(['优秀', '良好', '良好', '良好']);
  });

  it('defaults share 100 points equally, 按比例, exactly summing to the total', () => {
    const d = defaultRules([{ indicator: 'a' }, { indicator: 'b' }, { indicator: 'c' }]);
    expect(d.indicators.map((r) => r.points)).toEqual([33.33, 33.33, 33.34]);
    expect(() => checkRules(d, '考核办法')).not.toThrow();
  });
});

describe('a 考核办法 a planner got wrong', () => {
  const wrong = (change: (r: AssessmentRules) => void) => {
    const r = structuredClone(rules);
    change(r);
    return describeError(
      planErrorOf(() => checkRules(r, '考核办法')),
      'zh-CN',
    );
  };
  it.each([
    [
      '分值 that do not sum to the total',
      (r: AssessmentRules) => (r.indicators[0].points = 50),
      '考核办法：各指标分值合计90，与规定的总分100不符。',
    ],
    [
      'a negative 分值',
      (r: AssessmentRules) => (r.indicators[1].points = -20),
      '考核办法!C4：“总部个数”的分值为-20',
    ],
    [
      'a 计分方式 not in the list',
      (r: AssessmentRules) => ((r.indicators[1] as { method: string }).method = '按排名'),
      '计分方式“按排名”不在可选之列（按比例、完成即满分、分档）',
    ],
    [
      'bands out of order',
      (r: AssessmentRules) => (r.indicators[2].bands![1].atLeast = 120),
      '考核办法!C5：“公益资金”的分档≥120%应低于≥100%',
    ],
    [
      'grades out of order',
      (r: AssessmentRules) => (r.grades.bands[1].atLeast = 95),
      '等次“良好”的分数线应低于“优秀”的',
    ],
  ])('%s', (_, change, words) => {
    expect(wrong(change)).toContain(words);
  });
});

describe('the 考核办法 sheet', () => {
  const words = messages('zh-CN').assessWords;
  const cellsOf = (layout: ReturnType<typeof rulesSheet>, edits: Record<string, CellValue> = {}) => {
    const grid = new Map<string, CellValue>();
    for (const c of layout.cells) grid.set(`${c.row},${c.col}`, c.value ?? null);
    for (const [at, v] of Object.entries(edits)) {
      const { row, col } = parseA1(at);
      grid.set(`${row},${col}`, v);
    }
    return {
      rowCount: 40,
      columnCount: 8,
      value: (r: number, c: number) => grid.get(`${r},${c}`) ?? null,
    };
  };
  const sheet = () => rulesSheet(rules, words, { title: '招商引资', defaults: false });

  it('reads back what it wrote, and a rule the planner edits', () => {
    const back = readRulesSheet(cellsOf(sheet()), words).rules;
    const plain = (r: AssessmentRules) =>
      r.indicators.map(({ cell: _, bands, ...x }) => ({
        ...x,
        ...(bands ? { bands: bands.map(({ cell: _c, ...b }) => b) } : {}),
      }));
    expect(plain(back)).toEqual(
      plain({ ...rules, indicators: rules.indicators.map((r) => ({ bonusPerPoint: 0, ...r })) }),
    );
    expect(back.grades).toEqual(rules.grades);
    expect([back.total, back.late, back.missing]).toEqual([100, 1, 2]);
    // Rows 4—6 are the indicators; the 分档 table's rows start at 10 (公益资金: 100, 80, 50, then 0).
    expect(cellsOf(sheet()).value(11, 3)).toBe(80);
    // The planner makes 到位资金 完成即满分 and 公益资金's second band 70 %, in a band row added anywhere.
    const edited = readRulesSheet(
      cellsOf(sheet(), { D4: '完成即满分', D11: 70, A15: '公益资金', C15: 90, D15: 85 }),
      words,
    ).rules;
    expect(edited.indicators[0].method).toBe('完成即满分');
    expect(edited.indicators[2].bands!.map((b) => [b.atLeast, b.share])).toEqual([
      [100, 100],
      [90, 85],
      [80, 70],
      [50, 50],
    ]);
  });

  it('gives the cells the 考核 sheet’s formulas refer to', () => {
    const { cells } = readRulesSheet(cellsOf(sheet()), words);
    expect(cells.indicators[0]).toMatchObject({ points: "'考核办法'!$C$4", method: "'考核办法'!$D$4" });
    expect(cells.bands.atLeast).toBe("'考核办法'!$C$10:$C$20");
    expect([cells.late, cells.grades[0].atLeast, cells.lowest]).toEqual([
      "'考核办法'!$B$22",
      "'考核办法'!$B$28",
      "'考核办法'!$B$31",
    ]);
  });

  it('names the cell of a figure that is no number, and of a band of no listed indicator', () => {
    expect(describeError(planErrorOf(() => readRulesSheet(cellsOf(sheet(), { C4: '六十' }), words)))).toBe(
      '考核办法!C4：“分值”应为数字，现为“六十”。',
    );
    expect(
      describeError(planErrorOf(() => readRulesSheet(cellsOf(sheet(), { A11: '公益基金' }), words))),
    ).toContain('考核办法!A11：分档表中的“公益基金”不是上面所列的指标');
    // The 迟报 row deleted: refused rather than scored without it; a negative deduction named at its cell.
    expect(
      describeError(planErrorOf(() => readRulesSheet(cellsOf(sheet(), { A22: null }), words))),
    ).toContain('考核办法：找不到“迟报一次扣（分）”一行');
    expect(describeError(planErrorOf(() => readRulesSheet(cellsOf(sheet(), { B22: -1 }), words)))).toBe(
      '考核办法!B22：“迟报一次扣（分）”为-1，应为不小于0的数字（总分应大于0）。',
    );
    // Two bands at one line.
    const two = readRulesSheet(cellsOf(sheet(), { C11: 100 }), words).rules;
    expect(describeError(planErrorOf(() => checkRules(two, '考核办法')))).toContain(
      '“公益资金”的分档≥100%写了两行',
    );
  });
});
