/**
 * 微调 through real files: a city issues its 任务书, a spread changes one district's target, the plan goes to
 * version 2 with a dated 调整记录 (metadata and a visible sheet), reports filled in on version 1 stay facts with
 * a 提示 for the changed target, `taskbooks --changed` re-issues only that district, titled 调整 with its
 * 调整说明, and its new report passes. A change typed on the plan sheet and not yet issued is said too.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPlansFast } from '../src/xlsx/readPlansFast';
import { readReport } from '../src/xlsx/readReport';
import { fenjieIn as fenjie } from './support/fenjie';
import { packageProblems } from './support/ooxml';
import { tempDir } from './support/tmp';

let dir: string;
const ok = (r: ReturnType<typeof fenjie>) => {
  if (r.status !== 0) throw new Error(`${r.stderr}${r.stdout}`);
  return r.stdout;
};
const python = (script: string, ...args: string[]) =>
  execFileSync('/usr/bin/python3', ['-c', script, ...args], { encoding: 'utf8' });
const edit = (from: string, out: string, ops: object[]) =>
  execFileSync(
    '/usr/bin/python3',
    [join(__dirname, 'support', 'edit_workbook.py'), 'openpyxl', from, out, JSON.stringify(ops)],
    { stdio: 'pipe' },
  );

/** A district's 1—3月, typed as its clerk would (rows 8–10 of 完成情况). */
const report = (from: string, out: string, months: number[]) =>
  edit(from, out, [
    ...months.map((v, m) => ({ op: 'set', sheet: '完成情况', cell: `B${8 + m}`, value: v })),
    { op: 'set', sheet: '完成情况', cell: 'B4', value: '2018-04-03' },
    { op: 'set', sheet: '完成情况', cell: 'D3', value: '王芳' },
    { op: 'set', sheet: '完成情况', cell: 'F3', value: '0731-28880000' },
  ]);

/** Every row of a sheet as a reader that never recalculates sees it. */
const rows = (file: string, sheet: string) =>
  JSON.parse(
    python(
      `import json,sys,openpyxl
ws=openpyxl.load_workbook(sys.argv[1],data_only=True)[sys.argv[2]]
print(json.dumps([[c for c in r] for r in ws.iter_rows(values_only=True)],default=str))`,
      file,
      sheet,
    ),
  ) as (string | number | null)[][];

const planOf = (file: string) => readPlansFast(readFileSync(file), file)[0];
type Collected = { files: { unit?: string; verdict: string; issues: { code: string; message: string }[] }[] };
const collect = (folder: string, ...more: string[]) =>
  JSON.parse(ok(fenjie(dir, 'collect', 'plan.xlsx', folder, '--json', ...more))) as Collected;
const fileOf = (c: Collected, unit: string) => c.files.find((f) => f.unit === unit)!;
const v1Book = (unit: string) => join(dir, 'v1', `${unit}-工作目标分解任务书.xlsx`);

beforeAll(() => {
  dir = tempDir('adjust');
  ok(
    fenjie(
      dir,
      'new',
      'custom',
      '--units',
      '甲区,乙区,丙区',
      '--indicators',
      '实际到位资金:亿元',
      '--years',
      '2018',
      '-o',
      'plan.xlsx',
    ),
  );
  ok(fenjie(dir, 'spread', 'plan.xlsx', '--indicator', '实际到位资金', '--total', '300', '--method', 'even'));
  ok(fenjie(dir, 'taskbooks', 'plan.xlsx', '-o', 'v1', '--year', '2018'));
  mkdirSync(join(dir, '报送'));
  report(v1Book('甲区'), join(dir, '报送', '甲区.xlsx'), [10, 20, 30]);
  report(v1Book('乙区'), join(dir, '报送', '乙区.xlsx'), [5, 10, 15]);
});

describe('微调 after issuing', () => {
  it('a spread after issuing raises the version, with a dated 调整记录 of each unit’s old and new target', () => {
    // Before the change nothing is pending: the targets are as issued.
    expect(planOf(join(dir, 'plan.xlsx')).versions?.map((v) => v.version)).toEqual([1]);
    expect(ok(fenjie(dir, 'taskbooks', 'plan.xlsx', '-o', 'v0', '--changed', '--year', '2018'))).toContain(
      '目标与第1版下发时相同，没有需要重新下发的单位',
    );
    const out = ok(
      fenjie(
        dir,
        'spread',
        'plan.xlsx',
        '--indicator',
        '实际到位资金',
        '--total',
        '310',
        '--method',
        'proportional',
        '--lock',
        '乙区,丙区',
      ),
    );
    expect(out).toContain('计划升为第2版（尚未下达），1个单位的目标与第1版不同');
    const plan = planOf(join(dir, 'plan.xlsx'));
    expect(plan.version).toBe(2);
    const [adjustment] = plan.adjustments ?? [];
    expect(adjustment).toMatchObject({
      version: 2,
      from: 1,
      changes: [{ unit: '甲区', from: 100, to: 110 }],
      controls: [{ from: 300, to: 310 }],
      added: [],
      removed: [],
    });
    expect(adjustment.issuedAt).toBeUndefined();
    expect(adjustment.at.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    const sheet = rows(join(dir, 'plan.xlsx'), '调整记录');
    expect(sheet[0][0]).toBe('目标调整记录');
    const line = sheet.find((r) => r[4] === '甲区')!;
    expect(line.slice(1, 10)).toEqual([
      '第2版',
      adjustment.at.slice(0, 10),
      '尚未下达',
      '甲区',
      '实际到位资金（亿元）',
      '2018年',
      100,
      110,
      10,
    ]);
    expect(sheet.find((r) => r[4] === '下达目标')?.slice(7, 10)).toEqual([300, 310, 10]);
    expect(sheet.some((r) => r[4] === '乙区')).toBe(false);
  });

  it('reports filled in on version 1 stay facts: the changed unit’s with a 提示, the 汇总 against today’s target', () => {
    const c = collect('报送', '-o', '汇总.xlsx');
    const jia = fileOf(c, '甲区');
    expect(jia.verdict).toBe('notes');
    expect(jia.issues.map((i) => i.message).join('')).toContain(
      '第1版下达100，现为第2版110；按110计算完成率',
    );
    expect(fileOf(c, '乙区')).toMatchObject({ verdict: 'pass', issues: [] });
    const summary = rows(join(dir, '汇总.xlsx'), '汇总');
    const row = summary.find((r) => r[1] === '甲区')!;
    expect(row.slice(2, 5)).toEqual([110, 30, 27.3]);
  });

  it('taskbooks --changed re-issues only the changed unit, titled 调整, with what changed', async () => {
    const out = ok(fenjie(dir, 'taskbooks', 'plan.xlsx', '-o', 'v2', '--changed', '--year', '2018'));
    expect(out).toContain('计划升为第2版');
    expect(readdirSync(join(dir, 'v2')).sort()).toEqual([
      '全部调整任务书（第2版）.xlsx',
      '甲区-工作目标分解任务书（第2版调整）.xlsx',
    ]);
    const book = join(dir, 'v2', '甲区-工作目标分解任务书（第2版调整）.xlsx');
    const page = rows(book, '甲区')
      .flat()
      .filter((v): v is string => typeof v === 'string');
    expect(page.some((t) => t.replace(/\n/g, '').endsWith('（调整）'))).toBe(true);
    expect(page.join('').replace(/\n/g, '')).toContain('实际到位资金（2018年）由100亿元调整为110亿元');
    const record = readReport('x.xlsx', readFileSync(book)).record as {
      planVersion: number;
      targets: { value: number }[];
    };
    expect(record).toMatchObject({ planVersion: 2, targets: [{ value: 110 }] });
    // Issued now: the 调整记录 carries the day it went out, and the plan keeps version 2's targets.
    const plan = planOf(join(dir, 'plan.xlsx'));
    expect(plan.adjustments?.[0].issuedAt).toBeDefined();
    expect(plan.versions?.map((v) => v.version)).toEqual([1, 2]);
    expect(rows(join(dir, 'plan.xlsx'), '调整记录').find((r) => r[4] === '甲区')?.[3]).toBe(
      plan.adjustments?.[0].issuedAt?.slice(0, 10),
    );
    // Asked again with nothing changed since: the same version's 调整任务书, made again, no new version.
    const again = ok(fenjie(dir, 'taskbooks', 'plan.xlsx', '-o', 'v3', '--changed', '--year', '2018'));
    expect(again).not.toContain('升为');
    expect(readdirSync(join(dir, 'v3'))).toContain('甲区-工作目标分解任务书（第2版调整）.xlsx');
    const problems = await packageProblems(
      [join(dir, 'plan.xlsx'), book, join(dir, 'v2', '全部调整任务书（第2版）.xlsx')].map((f) => ({
        name: f,
        bytes: readFileSync(f),
      })),
    );
    expect(problems).toEqual([]);
  });

  it('the new report passes plainly; the old report of an unchanged unit still passes', () => {
    mkdirSync(join(dir, '报送2'));
    report(
      join(dir, 'v2', '甲区-工作目标分解任务书（第2版调整）.xlsx'),
      join(dir, '报送2', '甲区.xlsx'),
      [10, 20, 40],
    );
    copyFileSync(join(dir, '报送', '乙区.xlsx'), join(dir, '报送2', '乙区.xlsx'));
    const c = collect('报送2');
    expect(fileOf(c, '甲区')).toMatchObject({ verdict: 'pass', issues: [] });
    expect(fileOf(c, '乙区')).toMatchObject({ verdict: 'pass', issues: [] });
  });

  it('a target typed on the plan sheet and not yet issued is said against the version the report has', () => {
    // 乙区 100 → 95, typed in the plan sheet by hand (B? is found from the sheet's own labels).
    const plan = planOf(join(dir, 'plan.xlsx'));
    const p = plan.placement!;
    const column = String.fromCharCode(64 + p.columns[0]);
    edit(join(dir, 'plan.xlsx'), join(dir, 'plan.xlsx'), [
      { op: 'set', sheet: p.sheet, cell: `${column}${p.unitRows[1]}`, value: 95 },
    ]);
    const c = collect('报送2');
    const yi = fileOf(c, '乙区');
    expect(yi.verdict).toBe('notes');
    expect(yi.issues.map((i) => i.message).join('')).toContain(
      '第1版下达100，计划中已调整为95（尚未重新下达）；按95计算完成率',
    );
    expect(fileOf(c, '甲区')).toMatchObject({ verdict: 'pass' });
  });

  it('targets put back as issued leave nothing to re-issue', () => {
    const plan = planOf(join(dir, 'plan.xlsx'));
    const p = plan.placement!;
    edit(join(dir, 'plan.xlsx'), join(dir, 'plan.xlsx'), [
      {
        op: 'set',
        sheet: p.sheet,
        cell: `${String.fromCharCode(64 + p.columns[0])}${p.unitRows[1]}`,
        value: 100,
      },
    ]);
    const spreadOut = ok(
      fenjie(
        dir,
        'spread',
        'plan.xlsx',
        '--indicator',
        '实际到位资金',
        '--total',
        '320',
        '--method',
        'proportional',
        '--lock',
        '乙区,丙区',
      ),
    );
    expect(spreadOut).toContain('计划升为第3版（尚未下达）');
    const out = ok(fenjie(dir, 'undo', 'plan.xlsx'));
    expect(out).toContain('目标已恢复为第2版下发时的样子');
    const after = planOf(join(dir, 'plan.xlsx'));
    expect(after.version).toBe(2);
    expect(after.adjustments?.map((a) => a.version)).toEqual([2]);
  });
});
