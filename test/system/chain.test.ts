/**
 * One indicator set down three levels and back up: 湖南省 issues to its 14 cities, 株洲市 makes its plan from
 * the 任务书 it received and issues to its counties, 醴陵市 does the same for its towns. The towns report
 * 1—3月, 醴陵市 collects and reports upward into the 完成情况 it received, 株洲市 collects that with its other
 * units and reports to the province, which accepts it. Every file is schema-valid; each 汇总 equals the sums
 * below after LibreOffice recalculates; a town's 任务书 traces to the province's plan.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readReport } from '../../src/xlsx/readReport';
import { fenjieIn as fenjie } from '../support/fenjie';
import { convertWithLibreOffice } from '../support/libreoffice';
import { packageProblems } from '../support/ooxml';
import { tempDir } from '../support/tmp';

let dir: string;
const ok = (r: ReturnType<typeof fenjie>) => {
  if (r.status !== 0) throw new Error(`${r.stderr}${r.stdout}`);
  return r.stdout;
};
const book = (folder: string, unit: string) => join(dir, folder, `${unit}-工作目标分解任务书.xlsx`);
const recordOf = (file: string) =>
  readReport('x.xlsx', readFileSync(file)).record as {
    planId: string;
    unit: { name: string };
    targets: { value: number | null; whole?: { value: number | null } }[];
    chain?: { planId: string; unit: string }[];
  };
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A unit's 1—3月 of the one target (rows 8–10 of 完成情况), as its clerk types them. */
const report = (from: string, out: string, months: number[], date = '2018-04-03') =>
  execFileSync(
    '/usr/bin/python3',
    [
      join(__dirname, '..', 'support', 'edit_workbook.py'),
      'openpyxl',
      from,
      out,
      JSON.stringify([
        ...months.map((v, m) => ({ op: 'set', sheet: '完成情况', cell: `B${8 + m}`, value: v })),
        { op: 'set', sheet: '完成情况', cell: 'B4', value: date },
        { op: 'set', sheet: '完成情况', cell: 'D3', value: '刘洋' },
        { op: 'set', sheet: '完成情况', cell: 'F3', value: '0731-23456789' },
      ]),
    ],
    { stdio: 'pipe' },
  );

/** 全市 and one unit's 1—N月累计 on a 汇总 sheet, as a reader that never recalculates sees them. */
const summaryRow = (file: string, unit: string) =>
  JSON.parse(
    execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `import json,sys,openpyxl
ws=openpyxl.load_workbook(sys.argv[1],data_only=True)['汇总']
rows={str(r[1].value):[c.value for c in r] for r in ws.iter_rows() if len(r)>3}
print(json.dumps(rows.get(sys.argv[2])))`,
        file,
        unit,
      ],
      { encoding: 'utf8' },
    ),
  ) as (string | number | null)[] | null;

/**
 * A received workbook with its hidden record's text changed as a hand with openpyxl would change it: in each
 * cell of the record, the first occurrence (`once`) or every one.
 */
const editRecord = (src: string, dst: string, from: string, to: string, { once = false } = {}) =>
  execFileSync('/usr/bin/python3', [
    '-c',
    `import sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1]); ws=wb['_fenjie']
for row in ws.iter_rows():
    for c in row:
        if isinstance(c.value,str): c.value=c.value.replace(sys.argv[3],sys.argv[4],1 if sys.argv[5]=='1' else -1)
wb.save(sys.argv[2])`,
    src,
    dst,
    from,
    to,
    once ? '1' : '0',
  ]);

beforeAll(() => {
  dir = tempDir('chain');
  // 湖南省: 100亿元 for each of its 14 cities.
  ok(
    fenjie(
      dir,
      'new',
      'custom',
      '--units',
      '长沙市,株洲市,湘潭市,衡阳市,邵阳市,岳阳市,常德市,张家界市,益阳市,郴州市,永州市,怀化市,娄底市,湘西土家族苗族自治州',
      '--indicators',
      '回归到位资金:亿元',
      '--years',
      '2018',
      '--title',
      '湖南省湘商回归目标任务分解（2018年）',
      '-o',
      '省.xlsx',
    ),
  );
  ok(fenjie(dir, 'spread', '省.xlsx', '--indicator', '回归到位资金', '--total', '1400', '--method', 'even'));
  ok(fenjie(dir, 'taskbooks', '省.xlsx', '-o', '省任务书', '--year', '2018'));
  // 株洲市: its divisions and zones (the zones 0 here); 醴陵市 gets 20 of the 100.
  ok(fenjie(dir, 'new', '--from', book('省任务书', '株洲市'), '--city', '株洲市', '-o', '株洲.xlsx'));
  ok(
    fenjie(
      dir,
      'spread',
      '株洲.xlsx',
      '--indicator',
      '回归到位资金',
      '--method',
      'weights',
      '--weights',
      '荷塘区=10,芦淞区=10,石峰区=10,天元区=10,株洲县=10,攸县=10,茶陵县=10,炎陵县=10,醴陵市=20',
      '--others',
      '0',
    ),
  );
  ok(fenjie(dir, 'taskbooks', '株洲.xlsx', '-o', '市任务书', '--year', '2018'));
  // 醴陵市: three towns, typed.
  ok(
    fenjie(
      dir,
      'new',
      '--from',
      book('市任务书', '醴陵市'),
      '--units',
      '来龙门街道,孙家湾镇,浦口镇',
      '-o',
      '醴陵.xlsx',
    ),
  );
  ok(fenjie(dir, 'spread', '醴陵.xlsx', '--indicator', '回归到位资金', '--method', 'even'));
  ok(fenjie(dir, 'taskbooks', '醴陵.xlsx', '-o', '县任务书', '--year', '2018'));
  mkdirSync(join(dir, '镇报送'));
  report(book('县任务书', '来龙门街道'), join(dir, '镇报送', '来龙门街道.xlsx'), [0.5, 1.25, 2]);
  report(book('县任务书', '孙家湾镇'), join(dir, '镇报送', '孙家湾镇.xlsx'), [1, 2, 3.5]);
  report(book('县任务书', '浦口镇'), join(dir, '镇报送', '浦口镇.xlsx'), [0, 1, 1.5]);
}, 300_000);

describe('the chain 省 → 市 → 县 and back up', () => {
  it('each level’s plan takes the targets it received as its 下达目标, and is titled and issued as its own', () => {
    const out = ok(fenjie(dir, 'validate', '醴陵.xlsx', '--json'));
    expect(JSON.parse(out)).toBeDefined();
    const town = recordOf(book('县任务书', '孙家湾镇'));
    // 20亿元 spread evenly over three towns at 0.01: 6.67, 6.67, 6.66.
    expect(town.targets[0].value).toBeCloseTo(6.67, 2);
    const county = recordOf(book('市任务书', '醴陵市'));
    expect(county.targets[0].value).toBe(20);
    expect((town as unknown as { planTitle: string }).planTitle).toBe('醴陵市湘商回归目标任务分解（2018年）');
    expect((county as unknown as { planTitle: string }).planTitle).toBe(
      '株洲市湘商回归目标任务分解（2018年）',
    );
  });

  it('a town’s 任务书 traces to the province’s plan', () => {
    const town = recordOf(book('县任务书', '浦口镇'));
    const province = recordOf(book('省任务书', '株洲市'));
    const city = recordOf(book('市任务书', '醴陵市'));
    expect(town.chain).toEqual([
      { planId: city.planId, version: expect.any(Number), unit: '醴陵市' },
      { planId: province.planId, version: expect.any(Number), unit: '株洲市' },
    ]);
  });

  it('醴陵市 collects its towns and reports upward; 株洲市 accepts it, its 汇总 equal to the towns’ sum', () => {
    ok(fenjie(dir, 'collect', '醴陵.xlsx', '镇报送', '-o', '醴陵汇总.xlsx'));
    mkdirSync(join(dir, '县报送'));
    ok(
      fenjie(
        dir,
        'report',
        '醴陵.xlsx',
        '醴陵汇总.xlsx',
        '--into',
        book('市任务书', '醴陵市'),
        '-o',
        join('县报送', '醴陵市.xlsx'),
        '--person',
        '周敏',
        '--phone',
        '0731-23210000',
        '--date',
        '2018-04-06',
      ),
    );
    report(book('市任务书', '芦淞区'), join(dir, '县报送', '芦淞区.xlsx'), [2, 4, 6]);
    const collected = JSON.parse(
      ok(fenjie(dir, 'collect', '株洲.xlsx', '县报送', '-o', '株洲汇总.xlsx', '--json')) || '{}',
    ) as { files: { unit?: string; verdict: string }[] };
    expect(collected.files.find((f) => f.unit === '醴陵市')?.verdict).toBe('pass');
    // After LibreOffice recalculates: 醴陵市 3.5 + 2 + 1.5 = 7亿元 of its 20 (35 %); 株洲市 7 + 6 = 13.
    const [recalculated] = convertWithLibreOffice([join(dir, '株洲汇总.xlsx')], 'xlsx', join(dir, 'lo'));
    copyFileSync(recalculated, join(dir, '株洲汇总-lo.xlsx'));
    expect(summaryRow(join(dir, '株洲汇总-lo.xlsx'), '醴陵市')?.slice(2, 5)).toEqual([20, 7, 35]);
    expect(summaryRow(join(dir, '株洲汇总-lo.xlsx'), '全市')?.slice(2, 4)).toEqual([100, 13]);
  });

  it('株洲市 reports to the province, which accepts it with 株洲市’s total', () => {
    ok(
      fenjie(
        dir,
        'report',
        '株洲.xlsx',
        '株洲汇总.xlsx',
        '--into',
        book('省任务书', '株洲市'),
        '-o',
        '株洲市上报.xlsx',
        '--person',
        '陈晨',
      ),
    );
    const r = JSON.parse(
      ok(fenjie(dir, 'collect', '省.xlsx', '株洲市上报.xlsx', '-o', '省汇总.xlsx', '--json')),
    ) as {
      files: { verdict: string; issues: { message: string }[] }[];
    };
    // 联系电话 left empty: a 提示, not a refusal.
    expect(r.files[0].verdict).toMatch(/pass|notes/);
    expect(summaryRow(join(dir, '省汇总.xlsx'), '株洲市')?.slice(2, 4)).toEqual([100, 13]);
  });

  it('refuses another unit’s 任务书, another plan’s 汇总, figures already reported otherwise, and an altered 任务书', () => {
    const wrong = book('市任务书', '芦淞区');
    const before = sha(wrong);
    const other = fenjie(dir, 'report', '醴陵.xlsx', '醴陵汇总.xlsx', '--into', wrong);
    expect([other.status, other.stderr]).toEqual([2, expect.stringContaining('下达给芦淞区的任务书')]);
    expect(sha(wrong)).toBe(before);
    const plan = fenjie(dir, 'report', '醴陵.xlsx', '株洲汇总.xlsx', '--into', book('市任务书', '醴陵市'));
    expect([plan.status, plan.stderr]).toEqual([2, expect.stringContaining('不是本计划的汇总')]);
    // The March figure typed otherwise in the file already sent: said, kept, unless --force.
    const sent = join(dir, '县报送', '醴陵市.xlsx');
    execFileSync('/usr/bin/python3', [
      join(__dirname, '..', 'support', 'edit_workbook.py'),
      'openpyxl',
      sent,
      join(dir, '改过.xlsx'),
      JSON.stringify([{ op: 'set', sheet: '完成情况', cell: 'B10', value: 8 }]),
    ]);
    const kept = sha(join(dir, '改过.xlsx'));
    const differ = fenjie(dir, 'report', '醴陵.xlsx', '醴陵汇总.xlsx', '--into', '改过.xlsx');
    expect([differ.status, differ.stderr]).toEqual([
      2,
      expect.stringContaining('B10（3月回归到位资金：已填8，汇总为7）'),
    ]);
    expect(sha(join(dir, '改过.xlsx'))).toBe(kept);
    ok(fenjie(dir, 'report', '醴陵.xlsx', '醴陵汇总.xlsx', '--into', '改过.xlsx', '--force'));
    // A 任务书 whose hidden record was edited (20 made 25): refused, as the level above would refuse it.
    editRecord(book('市任务书', '醴陵市'), join(dir, '改过的任务书.xlsx'), '"value":20', '"value":25', {
      once: true,
    });
    const altered = fenjie(dir, 'new', '--from', '改过的任务书.xlsx', '--units', '甲镇', '-o', '甲.xlsx');
    expect([altered.status, altered.stderr]).toEqual([2, expect.stringContaining('与下发时的记录不符')]);
    // A 任务书 whose unit name (in the record, outside its hash) was made a path: the plan made from it
    // without -o stays in this folder, named from the cleaned name.
    editRecord(
      book('市任务书', '醴陵市'),
      join(dir, '路径.xlsx'),
      '"name":"醴陵市"',
      '"name":"../../../ESCAPED"',
    );
    const deep = join(dir, '深', '层');
    mkdirSync(deep, { recursive: true });
    const escaped = fenjie(deep, 'new', '--from', join(dir, '路径.xlsx'), '--units', '甲镇');
    expect(readdirSync(join(dir, '深'))).toEqual(['层']);
    expect(existsSync(join(dir, '..', 'ESCAPED分解.xlsx'))).toBe(false);
    expect(escaped.status).toBe(0);
    expect(readdirSync(deep)).toEqual(['_.._.._ESCAPED分解.xlsx']);
    // Not a 任务书: the plan workbook itself.
    const notOne = fenjie(dir, 'new', '--from', '株洲.xlsx', '--units', '甲镇', '-o', '甲.xlsx');
    expect([notOne.status, notOne.stderr]).toEqual([
      2,
      expect.stringContaining('不是本工具生成的任务书工作簿'),
    ]);
  });

  it('a 微调 at the city: 醴陵市’s plan takes the new 下达目标, and its report on the old one is still taken', () => {
    ok(
      fenjie(
        dir,
        'spread',
        '株洲.xlsx',
        '--indicator',
        '回归到位资金',
        '--method',
        'weights',
        '--weights',
        '荷塘区=10,芦淞区=10,石峰区=10,天元区=10,株洲县=10,攸县=6,茶陵县=10,炎陵县=10,醴陵市=24',
        '--others',
        '0',
      ),
    );
    expect(ok(fenjie(dir, 'taskbooks', '株洲.xlsx', '-o', '市任务书v2', '--year', '2018'))).toContain(
      '第2版',
    );
    // Reporting into the re-issued 任务书 before taking its targets: said, with what to run, nothing written.
    const issued = sha(book('市任务书v2', '醴陵市'));
    const early = fenjie(dir, 'report', '醴陵.xlsx', '醴陵汇总.xlsx', '--into', book('市任务书v2', '醴陵市'));
    expect(sha(book('市任务书v2', '醴陵市'))).toBe(issued);
    expect([early.status, early.stderr]).toEqual([
      2,
      expect.stringContaining('是上级重新下发的第2版任务书，本表仍按第1版：请先用 fenjie new --from'),
    ]);
    const updated = ok(fenjie(dir, 'new', '--from', book('市任务书v2', '醴陵市'), '--update', '醴陵.xlsx'));
    expect(updated).toContain('下达目标“回归到位资金 2018年”：20 → 24（各单位现合计20，请重新分解）');
    // The units still sum to 20: the validator says so at the 合计.
    expect(fenjie(dir, 'validate', '醴陵.xlsx', '--json').stdout).toContain('合计20，下达24');
    // 醴陵市's 1—3月 report, on version 1, is read against 24 and says so.
    const again = JSON.parse(ok(fenjie(dir, 'collect', '株洲.xlsx', '县报送', '--json'))) as {
      files: { unit?: string; verdict: string; issues: { message: string }[] }[];
    };
    const liling = again.files.find((f) => f.unit === '醴陵市')!;
    expect(liling.verdict).toBe('notes');
    expect(liling.issues.map((i) => i.message).join('')).toContain(
      '第1版下达20，现为第2版24；按24计算完成率',
    );
    // The old 任务书 picked by mistake: no roll-back of the targets, and no report into it.
    const before = sha(join(dir, '醴陵.xlsx'));
    const older = fenjie(dir, 'new', '--from', book('市任务书', '醴陵市'), '--update', '醴陵.xlsx');
    expect([older.status, older.stderr]).toEqual([
      2,
      expect.stringContaining('是第1版任务书，“醴陵.xlsx”已按第2版更新'),
    ]);
    const into = fenjie(dir, 'report', '醴陵.xlsx', '醴陵汇总.xlsx', '--into', book('市任务书', '醴陵市'));
    expect([into.status, into.stderr]).toEqual([2, expect.stringContaining('本表已按第2版更新')]);
    expect(sha(join(dir, '醴陵.xlsx'))).toBe(before);
  });

  it('a growth target goes down with its rule: the zone’s plan has its base year, and the rule checks its parks', () => {
    ok(fenjie(dir, 'new', 'zz-devzones-2016-2020', '-o', '开发区.xlsx'));
    ok(fenjie(dir, 'taskbooks', '开发区.xlsx', '-o', '区任务书', '--year', '2020'));
    const received = book('区任务书', '湖南醴陵经济开发区');
    expect(recordOf(received).targets[0]).toMatchObject({
      value: 47975,
      growth: { from: '2016', base: 27430, rate: 0.15 },
    });
    ok(fenjie(dir, 'new', '--from', received, '--units', '陶瓷园,电子园', '-o', '醴陵开发区.xlsx'));
    // Its 任务书 are its own: titled with the zone's name, not the city's.
    ok(fenjie(dir, 'taskbooks', '醴陵开发区.xlsx', '-o', '园任务书', '--year', '2020'));
    const title = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `import sys,openpyxl
ws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print('|'.join(c.value.replace(chr(10),'') for r in ws.iter_rows(max_row=4) for c in r if isinstance(c.value,str)))`,
        book('园任务书', '陶瓷园'),
      ],
      { encoding: 'utf8' },
    ).trim();
    // The zone signs as itself (a 开发区 has no 人民政府), and the 编号 is of the plan's year, not the base's.
    expect(title.split('|')).toEqual([
      '编号：湖南醴陵经济开发区目标分解〔2020〕01号',
      '湖南醴陵经济开发区省级以上开发区外贸、外资、内资工作目标分解任务书',
      '下达单位（甲方）：湖南醴陵经济开发区',
    ]);
    const sheet = '湖南醴陵经济开发区目标分解';
    const cells = JSON.parse(
      execFileSync(
        '/usr/bin/python3',
        [
          '-c',
          `import json,sys,openpyxl
ws=openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(json.dumps([[c.value for c in r][2:4] for r in ws.iter_rows(min_row=4,max_row=8)]))`,
          join(dir, '醴陵开发区.xlsx'),
          sheet,
        ],
        { encoding: 'utf8' },
      ),
    ) as unknown[][];
    // 进出口: 2016 beside 2020 for the parks' bases; the zone's 2020 target is the 下达目标.
    expect(cells[0]).toEqual(['2016', '2020']);
    expect(cells[4]).toEqual([null, 47975]);
    // The parks' bases typed, 2020 spread by the rule; a 2020 figure off the rule by 5% is an error.
    execFileSync('/usr/bin/python3', [
      join(__dirname, '..', 'support', 'edit_workbook.py'),
      'openpyxl',
      join(dir, '醴陵开发区.xlsx'),
      join(dir, '醴陵开发区.xlsx'),
      JSON.stringify([
        { op: 'set', sheet, cell: 'C5', value: 17430 },
        { op: 'set', sheet, cell: 'C6', value: 10000 },
      ]),
    ]);
    ok(
      fenjie(
        dir,
        'spread',
        '醴陵开发区.xlsx',
        '--indicator',
        '进出口',
        '--method',
        'growth',
        '--from',
        '2016',
        '--rate',
        '0.15',
      ),
    );
    // (The parks' exact growth sums to 47975.24 against 47975 issued: a 合计 for the planner to settle.)
    const clean = JSON.parse(fenjie(dir, 'validate', '醴陵开发区.xlsx', '--json').stdout) as {
      issues: { code: string; cell: string }[];
    };
    expect(clean.issues.filter((i) => i.code === 'growth.offRule')).toEqual([]);
    execFileSync('/usr/bin/python3', [
      join(__dirname, '..', 'support', 'edit_workbook.py'),
      'openpyxl',
      join(dir, '醴陵开发区.xlsx'),
      join(dir, '醴陵开发区-改.xlsx'),
      JSON.stringify([{ op: 'set', sheet, cell: 'D6', value: 18365 }]),
    ]);
    const off = JSON.parse(fenjie(dir, 'validate', '醴陵开发区-改.xlsx', '--json').stdout) as {
      issues: { code: string; cell: string; severity: string }[];
    };
    expect(off.issues.filter((i) => i.code === 'growth.offRule')).toEqual([
      expect.objectContaining({ cell: 'D6', severity: 'error' }),
    ]);
    // The rate altered in the hidden record: refused like any altered target.
    editRecord(received, join(dir, '改过利率的任务书.xlsx'), '"rate":0.15', '"rate":0.1', { once: true });
    const altered = fenjie(
      dir,
      'new',
      '--from',
      '改过利率的任务书.xlsx',
      '--units',
      '甲园',
      '-o',
      '甲园.xlsx',
    );
    expect([altered.status, altered.stderr]).toEqual([2, expect.stringContaining('与下发时的记录不符')]);
  });

  it('every workbook of the three levels passes the schemas', async () => {
    const files = [
      ...[
        '省.xlsx',
        '株洲.xlsx',
        '醴陵.xlsx',
        '醴陵汇总.xlsx',
        '株洲汇总.xlsx',
        '株洲市上报.xlsx',
        '省汇总.xlsx',
      ],
      ...readdirSync(join(dir, '县报送')).map((f) => join('县报送', f)),
    ].map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
    expect(await packageProblems(files)).toEqual([]);
  });
});
