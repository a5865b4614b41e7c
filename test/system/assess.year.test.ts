/**
 * A year's 考核 as a bureau runs it: four districts report 1—3月 and 1—6月 (one late, one not at all in
 * March), the planner writes the 考核办法 and edits it as the local rules say, and `fenjie assess` scores
 * them. The expected scores are worked out here by hand from the rules as written on the sheet; LibreOffice
 * recalculates the 考核 sheet to the same figures, and a rule changed in LibreOffice re-scores there and in
 * the next `fenjie assess`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import JSZip from 'jszip';
import { fenjieIn as fenjie } from '../support/fenjie';
import { convertWithLibreOffice } from '../support/libreoffice';
import { tempDir } from '../support/tmp';
import { packageProblems } from '../support/ooxml';

let dir: string;

/** 1—N月累计 of the two targets start at rows 8 and 23 of 完成情况; 填报日期 is B4. */
const report = (unit: string, money: number[], projects: number[], date: string, out: string) =>
  execFileSync(
    '/usr/bin/python3',
    [
      join(__dirname, '..', 'support', 'edit_workbook.py'),
      'openpyxl',
      join(dir, '任务书', `${unit}-工作目标分解任务书.xlsx`),
      join(dir, out, `${unit}.xlsx`),
      JSON.stringify([
        ...money.map((v, m) => ({ op: 'set', sheet: '完成情况', cell: `B${8 + m}`, value: v })),
        ...projects.map((v, m) => ({ op: 'set', sheet: '完成情况', cell: `B${23 + m}`, value: v })),
        { op: 'set', sheet: '完成情况', cell: 'B4', value: date },
        { op: 'set', sheet: '完成情况', cell: 'D3', value: '李华' },
        { op: 'set', sheet: '完成情况', cell: 'F3', value: '0731-88880000' },
      ]),
    ],
    { stdio: 'pipe' },
  );

const edit = (tool: 'uno' | 'openpyxl', file: string, out: string, edits: object[]) =>
  execFileSync(
    '/usr/bin/python3',
    [
      join(__dirname, '..', 'support', 'edit_workbook.py'),
      tool,
      join(dir, file),
      join(dir, out),
      JSON.stringify(edits),
    ],
    { stdio: 'pipe' },
  );

/** Cached values of a sheet, as a reader that never recalculates sees them (openpyxl data_only). */
const values = (file: string, sheet: string): (string | number | null)[][] =>
  JSON.parse(
    execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `import json,sys,openpyxl
ws=openpyxl.load_workbook(sys.argv[1],data_only=True)[sys.argv[2]]
print(json.dumps([[c.value for c in r] for r in ws.iter_rows()],default=str))`,
        join(dir, file),
        sheet,
      ],
      { encoding: 'utf8' },
    ),
  );

interface Scored {
  units: {
    unit: string;
    total: number;
    rank: number;
    grade: string;
    bonus: number;
    discipline: number;
    scores: number[];
    veto: { indicator: string }[];
    interview: boolean;
    lateMonths: number[];
    missingMonths: number[];
  }[];
  rounds: number[];
  month: number;
}
const json = (r: ReturnType<typeof fenjie>): Scored => {
  if (r.status !== 0) throw new Error(r.stderr + r.stdout);
  return JSON.parse(r.stdout) as Scored;
};
const byUnit = (s: Scored) => Object.fromEntries(s.units.map((u) => [u.unit, u]));
const sha = (file: string) =>
  createHash('sha256')
    .update(readFileSync(join(dir, file)))
    .digest('hex');

beforeAll(() => {
  dir = tempDir('assess');
  const ok = (r: ReturnType<typeof fenjie>) => expect([r.status, r.stderr]).toEqual([0, '']);
  ok(
    fenjie(
      dir,
      'new',
      'custom',
      '--units',
      '芙蓉区,天心区,岳麓区,开福区',
      '--indicators',
      '实际到位资金:亿元,引进项目:个',
      '--years',
      '2018',
      '-o',
      'plan.xlsx',
    ),
  );
  // 25亿元 and 10 projects for each district.
  ok(fenjie(dir, 'spread', 'plan.xlsx', '--indicator', '实际到位资金', '--total', '100', '--method', 'even'));
  ok(fenjie(dir, 'spread', 'plan.xlsx', '--indicator', '引进项目', '--total', '40', '--method', 'even'));
  ok(fenjie(dir, 'taskbooks', 'plan.xlsx', '-o', '任务书', '--year', '2018'));
  mkdirSync(join(dir, '三月'));
  mkdirSync(join(dir, '六月'));
  // 1—3月, due 4月5日: 天心区 files on the 9th (迟报); 开福区 sends nothing (漏报).
  report('芙蓉区', [5, 10, 15], [1, 2, 3], '2018-04-03', '三月');
  report('天心区', [3, 6, 9], [2, 4, 5], '2018-04-09', '三月');
  report('岳麓区', [2, 4, 6], [1, 1, 2], '2018-04-05', '三月');
  // 1—6月, due 7月5日: 岳麓区 files on the 8th (迟报); 天心区 on the 5th is on time.
  report('芙蓉区', [5, 10, 15, 20, 25, 30], [1, 2, 3, 4, 5, 7], '2018-07-02', '六月');
  report('天心区', [3, 6, 9, 12, 16, 20], [2, 4, 5, 7, 8, 10], '2018-07-05', '六月');
  report('岳麓区', [2, 4, 6, 8, 10, 12.5], [1, 1, 2, 3, 4, 5], '2018-07-08', '六月');
  report('开福区', [1, 2, 3, 5, 7, 9], [2, 4, 6, 8, 10, 12], '2018-07-01', '六月');
  ok(fenjie(dir, 'collect', 'plan.xlsx', '三月', '-o', '汇总.xlsx', '--month', '3'));
  ok(fenjie(dir, 'collect', 'plan.xlsx', '六月', '-o', '汇总.xlsx', '--month', '6'));
  ok(fenjie(dir, 'assess', 'plan.xlsx', '--init'));
  // The local 考核办法: 资金 60 分 按比例, 超额 0.5 分 a point up to 3, 否决 below 40 %; 项目 40 分 分档 (≥100 % 全额,
  // ≥60 % 六成, the rest two tenths); 优秀 at 85 for at most a quarter of the units.
  edit('openpyxl', 'plan.xlsx', 'plan.xlsx', [
    { op: 'set', sheet: '考核办法', cell: 'C4', value: 60 },
    { op: 'set', sheet: '考核办法', cell: 'E4', value: 0.5 },
    { op: 'set', sheet: '考核办法', cell: 'F4', value: 3 },
    { op: 'set', sheet: '考核办法', cell: 'G4', value: 40 },
    { op: 'set', sheet: '考核办法', cell: 'C5', value: 40 },
    { op: 'set', sheet: '考核办法', cell: 'D5', value: '分档' },
    ...[
      [100, 100],
      [60, 60],
      [0, 20],
    ].flatMap(([line, share], k) => [
      { op: 'set', sheet: '考核办法', cell: `A${9 + k}`, value: '引进项目' },
      { op: 'set', sheet: '考核办法', cell: `C${9 + k}`, value: line },
      { op: 'set', sheet: '考核办法', cell: `D${9 + k}`, value: share },
    ]),
    { op: 'set', sheet: '考核办法', cell: 'B20', value: 25 },
    { op: 'set', sheet: '考核办法', cell: 'B23', value: 85 },
  ]);
}, 300_000);

describe('fenjie assess', () => {
  it('scores each district by the rules as written, with 报送纪律 from the rounds and their 填报日期', () => {
    const s = json(fenjie(dir, 'assess', 'plan.xlsx', '汇总.xlsx', '-o', '考核.xlsx', '--json'));
    expect([s.month, s.rounds]).toEqual([6, [3, 6]]);
    const u = byUnit(s);
    // 芙蓉区 120 % and 70 %: 60 × 100 % + min(3, 20 × 0.5) + 40 × 60 % = 87.
    expect([u.芙蓉区.scores, u.芙蓉区.bonus, u.芙蓉区.total]).toEqual([[60, 24], 3, 87]);
    // 天心区 80 % and 100 %: 48 + 40, 迟报 in 3月 −1 = 87, 并列 with 芙蓉区.
    expect([u.天心区.total, u.天心区.lateMonths, u.天心区.rank, u.芙蓉区.rank]).toEqual([87, [3], 1, 1]);
    // 岳麓区 50 % and 50 %: 30 + 40 × 20 % = 8, 迟报 in 6月 −1 = 37, the lowest: 约谈.
    expect([u.岳麓区.scores, u.岳麓区.total, u.岳麓区.lateMonths, u.岳麓区.interview]).toEqual([
      [30, 8],
      37,
      [6],
      true,
    ]);
    // 开福区 36 % and 120 %: 21.6 + 40, 漏报 3月 −2 = 59.6; 36 % is below the 否决线 40 %: 不合格.
    expect([u.开福区.total, u.开福区.missingMonths, u.开福区.grade, u.开福区.veto.length]).toEqual([
      59.6,
      [3],
      '不合格',
      1,
    ]);
    // Two tied at rank 1 share the one seat of 优秀 (a quarter of four).
    expect([u.芙蓉区.grade, u.天心区.grade, u.岳麓区.grade]).toEqual(['优秀', '优秀', '不合格']);
    expect([u.开福区.rank, u.岳麓区.rank]).toEqual([3, 4]);
  });

  it('迟报 is one thing: the 汇总, the 通报 sheet and document name what the 考核 deducts', async () => {
    const words = '迟报：岳麓区（7月8日填报，报送日为7月5日）。';
    const summary = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nfor name in ("汇总", "通报"):\n    print(name, "".join(str(c.value or "") for row in wb[name].iter_rows() for c in row).replace("\\n", ""))',
        join(dir, '汇总.xlsx'),
      ],
      { encoding: 'utf8' },
    );
    expect(
      summary
        .split('\n')
        .filter((line) => line.includes(words))
        .map((line) => line.split(' ')[0]),
    ).toEqual(['汇总', '通报']);
    expect(fenjie(dir, 'bulletin', '汇总.xlsx', '-o', '六月通报.docx').status).toBe(0);
    const document = (await JSZip.loadAsync(readFileSync(join(dir, '六月通报.docx'))))
      .file('word/document.xml')!
      .async('string');
    expect((await document).replace(/<[^>]+>/g, '')).toContain(words);
    const u = byUnit(json(fenjie(dir, 'assess', 'plan.xlsx', '汇总.xlsx', '-o', '迟报.xlsx', '--json')));
    expect([u.岳麓区.lateMonths, u.天心区.lateMonths, u.芙蓉区.lateMonths]).toEqual([[6], [3], []]);
  });

  it('writes a 考核 sheet that LibreOffice recalculates to the same figures, cell for cell', () => {
    const cached = values('考核.xlsx', '考核');
    const [recalculated] = convertWithLibreOffice([join(dir, '考核.xlsx')], 'xlsx', join(dir, 'lo'));
    copyFileSync(recalculated, join(dir, '考核-lo.xlsx'));
    const again = values('考核-lo.xlsx', '考核');
    expect(again.slice(0, 9)).toEqual(cached.slice(0, 9));
    // The row of 芙蓉区: 完成率, 得分 … 总分 87, 排名 1, 等次 优秀.
    const row = cached[4];
    expect([row[0], row[1], row[2], row[3], row[4], row[13], row[14], row[15]]).toEqual([
      '芙蓉区',
      120,
      60,
      70,
      24,
      87,
      1,
      '优秀',
    ]);
    expect(String(cached[7][16])).toBe('实际到位资金完成率低于40%。');
  });

  it('完成即满分 too: the sheet LibreOffice recalculates agrees with the command line', () => {
    edit('openpyxl', 'plan.xlsx', 'full.xlsx', [
      { op: 'set', sheet: '考核办法', cell: 'D4', value: '完成即满分' },
    ]);
    const u = byUnit(json(fenjie(dir, 'assess', 'full.xlsx', '汇总.xlsx', '--in-place', '--json')));
    // 芙蓉区 at 120 % earns the 60 in full (and its 超额加分 3); 天心区 at 80 % nothing: 40 − 1 = 39.
    expect([u.芙蓉区.scores[0], u.芙蓉区.total, u.天心区.scores[0], u.天心区.total]).toEqual([60, 87, 0, 39]);
    const [recalculated] = convertWithLibreOffice([join(dir, 'full.xlsx')], 'xlsx', join(dir, 'lo-full'));
    copyFileSync(recalculated, join(dir, 'full-lo.xlsx'));
    expect(values('full-lo.xlsx', '考核').slice(4, 8)).toEqual(values('full.xlsx', '考核').slice(4, 8));
  });

  it('re-scores when a rule is changed in LibreOffice, on recalculation and in the next fenjie assess', () => {
    expect(fenjie(dir, 'assess', 'plan.xlsx', '汇总.xlsx', '--in-place').status).toBe(0);
    // LibreOffice itself: 引进项目's band ≥60 % now earns 80 % of its 40 分.
    edit('uno', 'plan.xlsx', 'plan-edited.xlsx', [{ op: 'set', sheet: '考核办法', cell: 'D10', value: 80 }]);
    const sheet = values('plan-edited.xlsx', '考核');
    // 芙蓉区 60 + 3 + 32 = 95 alone at the top; 天心区 87 is beyond the one seat of 优秀: 良好.
    expect([sheet[4][13], sheet[4][14], sheet[4][15]]).toEqual([95, 1, '优秀']);
    expect([sheet[5][13], sheet[5][14], sheet[5][15]]).toEqual([87, 2, '良好']);
    const u = byUnit(json(fenjie(dir, 'assess', 'plan-edited.xlsx', '汇总.xlsx', '--in-place', '--json')));
    expect([u.芙蓉区.total, u.天心区.grade]).toEqual([95, '良好']);
  });

  it('keeps the 加分 typed on the 考核 sheet, and refuses one without its 说明, writing nothing', () => {
    // 岳麓区 row 7: 加分 in J, 说明 in K.
    edit('openpyxl', '考核.xlsx', '考核.xlsx', [{ op: 'set', sheet: '考核', cell: 'J7', value: 5 }]);
    const before = sha('考核.xlsx');
    const refused = fenjie(dir, 'assess', 'plan.xlsx', '汇总.xlsx', '-o', '考核.xlsx');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('考核!J7：岳麓区的加分5分没有说明：请在K7写明理由');
    expect(sha('考核.xlsx')).toBe(before);
    edit('openpyxl', '考核.xlsx', '考核.xlsx', [
      { op: 'set', sheet: '考核', cell: 'K7', value: '承办全省招商推介会' },
    ]);
    const u = byUnit(json(fenjie(dir, 'assess', 'plan.xlsx', '汇总.xlsx', '-o', '考核.xlsx', '--json')));
    expect(u.岳麓区.total).toBe(42);
    expect(values('考核.xlsx', '考核')[6].slice(9, 11)).toEqual([5, '承办全省招商推介会']);
  });

  it('refuses a 考核办法 a planner got wrong, naming the cell, with the files untouched', () => {
    const cases: [object[], string][] = [
      [
        [{ op: 'set', sheet: '考核办法', cell: 'C4', value: 50 }],
        '考核办法：各指标分值合计90，与规定的总分100不符。',
      ],
      [
        [{ op: 'set', sheet: '考核办法', cell: 'D4', value: '按排名' }],
        '考核办法!C4：“实际到位资金”的计分方式“按排名”不在可选之列',
      ],
      [
        [
          { op: 'set', sheet: '考核办法', cell: 'D9', value: 90 },
          { op: 'set', sheet: '考核办法', cell: 'D10', value: 100 },
        ],
        '考核办法!C10：“引进项目”的分档≥60%应低于≥100%且得分不高于它',
      ],
      [
        [{ op: 'set', sheet: '考核办法', cell: 'C4', value: '六十' }],
        '考核办法!C4：“分值”应为数字，现为“六十”。',
      ],
      [
        [{ op: 'set', sheet: '考核办法', cell: 'A11', value: '引进资金' }],
        '考核办法!A11：分档表中的“引进资金”不是上面所列的指标',
      ],
    ];
    for (const [edits, words] of cases) {
      edit('openpyxl', 'plan.xlsx', 'wrong.xlsx', edits);
      const before = sha('wrong.xlsx');
      const r = fenjie(dir, 'assess', 'wrong.xlsx', '汇总.xlsx', '--in-place');
      expect([r.status, r.stderr]).toEqual([2, expect.stringContaining(words)]);
      expect(sha('wrong.xlsx')).toBe(before);
    }
  });

  it('refuses a 汇总 of another plan or without the year, and an existing file that is not ours', () => {
    expect(
      fenjie(
        dir,
        'new',
        'custom',
        '--units',
        '甲区,乙区',
        '--indicators',
        '实际到位资金:亿元',
        '--years',
        '2018',
        '-o',
        'other.xlsx',
      ).status,
    ).toBe(0);
    const other = fenjie(dir, 'assess', 'other.xlsx', '汇总.xlsx', '-o', '其他考核.xlsx');
    expect([other.status, other.stderr]).toEqual([
      2,
      expect.stringContaining('汇总“汇总.xlsx”不是本计划的汇总'),
    ]);
    const year = fenjie(dir, 'assess', 'plan.xlsx', '汇总.xlsx', '-o', '考核2017.xlsx', '--year', '2017');
    expect([year.status, year.stderr]).toEqual([
      2,
      expect.stringContaining('汇总“汇总.xlsx”中没有2017年的数据（已有：2018年）'),
    ]);
    const foreign = fenjie(dir, 'assess', 'plan.xlsx', '汇总.xlsx', '-o', 'other.xlsx');
    expect([foreign.status, foreign.stderr]).toEqual([2, expect.stringContaining('不是本计划的考核工作簿')]);
    const init = fenjie(dir, 'assess', 'plan.xlsx', '--init');
    expect([init.status, init.stderr]).toEqual([2, expect.stringContaining('--init 不覆盖它')]);
  });

  it('a unit of the plan the 汇总 never had is scored as 未报送, and said', () => {
    edit('uno', 'plan.xlsx', 'more.xlsx', [
      { op: 'insertRows', sheet: '工作目标任务分解（2018年）', row: 9, count: 1 },
      { op: 'set', sheet: '工作目标任务分解（2018年）', cell: 'B9', value: '望城区' },
      { op: 'set', sheet: '工作目标任务分解（2018年）', cell: 'C9', value: 20 },
      { op: 'set', sheet: '工作目标任务分解（2018年）', cell: 'D9', value: 8 },
    ]);
    expect(fenjie(dir, 'units', 'add', 'more.xlsx', '望城区').status).toBe(0);
    const r = fenjie(dir, 'assess', 'more.xlsx', '汇总.xlsx', '-o', '考核-望城.xlsx');
    expect([r.status, r.stdout]).toEqual([
      0,
      expect.stringContaining('汇总“汇总.xlsx”中没有望城区：按未报送计分'),
    ]);
    const s = byUnit(json(fenjie(dir, 'assess', 'more.xlsx', '汇总.xlsx', '-o', '考核-望城.xlsx', '--json')));
    // Nothing to score, both rounds 漏报 (−4), below the 否决线: 0, 不合格, 约谈.
    expect([s.望城区.total, s.望城区.missingMonths, s.望城区.grade, s.望城区.interview]).toEqual([
      0,
      [3, 6],
      '不合格',
      true,
    ]);
  });

  it('writes the 考核结果通报: valid parts, A4 with page numbers, the 排名, 否决, 约谈 and 报送纪律 in sentences', () => {
    const r = fenjie(
      dir,
      'assess',
      'plan.xlsx',
      '汇总.xlsx',
      '-o',
      '考核.xlsx',
      '--bulletin',
      '考核结果通报.docx',
      '--date',
      '2019-01-15',
    );
    expect(r.status).toBe(0);
    return packageProblems([
      { name: '考核结果通报.docx', bytes: readFileSync(join(dir, '考核结果通报.docx')) },
    ]).then((problems) => {
      expect(problems).toEqual([]);
      const out = join(dir, 'pdf');
      convertWithLibreOffice([join(dir, '考核结果通报.docx')], 'pdf', out);
      const info = execFileSync('pdfinfo', [join(out, '考核结果通报.pdf')], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      const text = execFileSync('pdftotext', ['-raw', join(out, '考核结果通报.pdf'), '-'], {
        encoding: 'utf8',
      });
      for (let n = 1; n <= pages; n++) expect(text).toContain(`— ${n} —`);
      const flat = text.replace(/\s+/g, '').replace(/—\d+—/g, '');
      for (const sentence of [
        '关于2018年1—6月工作目标分解考核结果的通报',
        '根据《工作目标分解考核办法》，对4个单位2018年度实际到位资金、引进项目目标任务完成情况进行了考核。',
        '考核结果：优秀2个、不合格2个。',
        '优秀（2个）：芙蓉区、天心区。',
        '开福区实际到位资金完成9亿元，为目标25亿元的36%，低于否决线40%，实行一票否决，等次为不合格。',
        '岳麓区总分42分，排名第4位（共4个单位）',
        '迟报：天心区（3月）；岳麓区（6月）。',
        '漏报：开福区（3月）。',
        '2019年1月15日',
      ])
        expect(flat).toContain(sentence);
    });
  });

  it('a method typed with spaces scores alike in the tool and in LibreOffice; the plan is never the output', () => {
    edit('openpyxl', 'plan.xlsx', 'spaced.xlsx', [
      { op: 'set', sheet: '考核办法', cell: 'D5', value: ' 分 档　' },
    ]);
    expect(fenjie(dir, 'assess', 'spaced.xlsx', '汇总.xlsx', '--in-place').status).toBe(0);
    const [recalculated] = convertWithLibreOffice([join(dir, 'spaced.xlsx')], 'xlsx', join(dir, 'lo-spaced'));
    copyFileSync(recalculated, join(dir, 'spaced-lo.xlsx'));
    expect(values('spaced-lo.xlsx', '考核').slice(4, 8)).toEqual(values('spaced.xlsx', '考核').slice(4, 8));
    const before = sha('plan.xlsx');
    const onto = fenjie(dir, 'assess', 'plan.xlsx', '汇总.xlsx', '-o', 'plan.xlsx', '--force');
    expect([onto.status, onto.stderr]).toEqual([2, expect.stringContaining('是计划或汇总本身')]);
    expect(sha('plan.xlsx')).toBe(before);
  });

  it('a unit that misses the year’s last round keeps its latest figures, with the round counted 漏报', () => {
    mkdirSync(join(dir, '九月'));
    report(
      '天心区',
      [3, 6, 9, 12, 16, 20, 21, 22, 24],
      [2, 4, 5, 7, 8, 10, 10, 11, 12],
      '2018-10-03',
      '九月',
    );
    copyFileSync(join(dir, '汇总.xlsx'), join(dir, '汇总9.xlsx'));
    expect(fenjie(dir, 'collect', 'plan.xlsx', '九月', '-o', '汇总9.xlsx', '--month', '9').status).toBe(0);
    const u = byUnit(json(fenjie(dir, 'assess', 'plan.xlsx', '汇总9.xlsx', '-o', '考核9.xlsx', '--json')));
    // 芙蓉区's 1—6月: 60 + 3 + 24, less 2 for September = 85.
    expect([u.芙蓉区.scores, u.芙蓉区.missingMonths, u.芙蓉区.total]).toEqual([[60, 24], [9], 85]);
    expect(String(values('考核9.xlsx', '考核')[4][18])).toContain('完成率截至6月');
  });
});
