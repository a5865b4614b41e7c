/**
 * Who a report is from is what the plan signed. Files a careless or hostile sender makes with openpyxl from
 * the 任务书 it was given: a record relabelled as another unit with the public hash recomputed, a 汇总 forged
 * to feed 以来累计, a record pointing at a hidden copy, a version never issued, a measure changed, another
 * year's 任务书. Each gets its verdict; the good reports beside them are still in the 汇总.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkReport, targetsHash, type Plan, type ReportRecord, type SummaryRecord } from '../src/core';
import { messages, reportWords } from '../src/locales';
import { readCell, readPlans, readReport, replaceMetadata } from '../src/xlsx';
import { fenjieIn } from './support/fenjie';
import { tempDir } from './support/tmp';

let dir: string;
let planFile: string;
let plan: Plan;

const edit = (src: string, dst: string, edits: object[]) =>
  execFileSync(
    '/usr/bin/python3',
    [join(__dirname, 'support', 'edit_workbook.py'), 'openpyxl', src, dst, JSON.stringify(edits)],
    { stdio: 'pipe' },
  );

/** A unit's 2018 任务书 filled in: 回归到位资金 1—3月, the other two blocks 0, 填报 fields, as openpyxl saves it. */
const report = (unit: string, money: number[], date: string, out: string, more: object[] = []) =>
  edit(join(dir, '任务书', `${unit}-工作目标分解任务书.xlsx`), out, [
    ...money.map((v, m) => ({ op: 'set', sheet: '完成情况', cell: `B${8 + m}`, value: v })),
    ...money.map((_, m) => ({ op: 'set', sheet: '完成情况', cell: `B${23 + m}`, value: 0 })),
    ...money.map((_, m) => ({ op: 'set', sheet: '完成情况', cell: `B${38 + m}`, value: 0 })),
    { op: 'set', sheet: '完成情况', cell: 'B4', value: date },
    { op: 'set', sheet: '完成情况', cell: 'D3', value: '张三' },
    { op: 'set', sheet: '完成情况', cell: 'F3', value: '0731-1234567' },
    ...more,
  ]);

const recordOf = (file: string) => readReport('x.xlsx', readFileSync(file)).record as ReportRecord;

const summaryRow = async (file: string, unit: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let found: unknown[] | undefined;
  wb.getWorksheet('汇总')!.eachRow((r) => {
    if (readCell(r.getCell(2)) === unit) found = [3, 4].map((c) => readCell(r.getCell(c)));
  });
  return found;
};

const verdicts = (stdout: string) =>
  Object.fromEntries(
    stdout
      .split('\n')
      .filter((l) => /\.xlsx\s/.test(l))
      .map((l) => [l.trim().split(/\s+/)[0], l]),
  );

beforeAll(async () => {
  dir = tempDir('identity');
  planFile = join(dir, '湘商.xlsx');
  fenjieIn(dir, 'new', 'zz-xiangshang-2017-2020', '-o', planFile);
  fenjieIn(dir, 'taskbooks', planFile, '-o', join(dir, '任务书'), '--year', '2018');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(planFile);
  plan = readPlans(wb)[0];
  mkdirSync(join(dir, '报送'));
  report('芦淞区', [1, 2, 3], '2018-04-02', join(dir, '报送', '芦淞区.xlsx'));
  report('荷塘区', [20, 60, 100], '2018-04-03', join(dir, '报送', '荷塘区.xlsx'));
  report('石峰区', [2, 4, 6], '2018-04-03', join(dir, '报送', '石峰区.xlsx'));
}, 60_000);

describe('the plan’s key', () => {
  it('is kept in the plan and in no file that goes out', async () => {
    expect(plan.signing?.key).toMatch(/^[0-9a-f]{64}$/);
    for (const name of readdirSync(join(dir, '任务书'))) {
      const zip = await JSZip.loadAsync(readFileSync(join(dir, '任务书', name)));
      for (const part of Object.values(zip.files))
        expect((await part.async('string')).includes(plan.signing!.key)).toBe(false);
    }
    expect(recordOf(join(dir, '任务书', '芦淞区-工作目标分解任务书.xlsx')).signature).toMatch(
      /^hmac-sha256:/,
    );
  });
});

describe('a unit cannot report as another', () => {
  it('芦淞区 relabelling its record as 荷塘区 (public hash recomputed, a later date) is returned; 荷塘区’s 100 stands', async () => {
    const own = join(dir, '报送', '芦淞区.xlsx');
    const record = recordOf(own);
    const ht = plan.units.find((u) => u.name === '荷塘区')!;
    const theirs = recordOf(join(dir, '任务书', '荷塘区-工作目标分解任务书.xlsx')).targets;
    const relabelled = {
      ...record,
      unit: { id: ht.id, name: ht.name },
      targets: theirs,
      targetsHash: targetsHash(plan, ht.id, 2018, theirs),
    };
    report('芦淞区', [1, 1, 1], '2018-04-30', join(dir, '报送', '冒名.xlsx'), [
      { op: 'setRecord', sheet: '_fenjie', json: JSON.stringify(relabelled) },
    ]);
    const out = join(dir, '汇总.xlsx');
    const run = fenjieIn(dir, 'collect', planFile, join(dir, '报送'), '-o', out, '--month', '3');
    // 1: a file was returned; the 汇总 is written from the others.
    expect(run.status).toBe(1);
    expect(verdicts(run.stdout)['冒名.xlsx']).toMatch(/退回\s+任务书记录的签名/);
    expect(verdicts(run.stdout)['冒名.xlsx']).toContain(
      '任务书记录的签名与本计划签发的不符：记录（所写单位“荷塘区”）在下发后被改动过，或不是本计划下发的任务书。',
    );
    expect(await summaryRow(out, '荷塘区')).toEqual([10, 100]);
    expect(await summaryRow(out, '芦淞区')).toEqual([10, 3]);
    expect(await summaryRow(out, '石峰区')).toEqual([10, 6]);
  });

  it('a record with its signature taken off is returned too: this plan signs every 任务书 it issues', () => {
    const { signature: _gone, ...unsigned } = recordOf(join(dir, '报送', '荷塘区.xlsx'));
    const folder = join(dir, '无签名');
    mkdirSync(folder);
    report('荷塘区', [1, 1, 1], '2018-04-03', join(folder, '荷塘区.xlsx'), [
      { op: 'setRecord', sheet: '_fenjie', json: JSON.stringify(unsigned) },
    ]);
    report('芦淞区', [1, 2, 3], '2018-04-02', join(folder, '芦淞区.xlsx'));
    const run = fenjieIn(dir, 'collect', planFile, folder, '--month', '3');
    expect(verdicts(run.stdout)['荷塘区.xlsx']).toContain(
      '本计划第1版起下发的任务书都带签名，这份第1版的记录却没有',
    );
    expect(verdicts(run.stdout)['芦淞区.xlsx']).toContain('通过');
  });

  it('a 汇总 forged to give 2017 figures is named and not used; 以来累计 says 2017’s is missing', () => {
    const real = readReport('x.xlsx', readFileSync(join(dir, '汇总.xlsx'))).summaryRecord!;
    const record = JSON.parse(real) as SummaryRecord;
    const forged: SummaryRecord = {
      ...record,
      rounds: [
        {
          ...record.rounds[0],
          year: 2017,
          month: 12,
          at: '9999-12-31',
          units: { 芦淞区: { [plan.columns[0].id]: 400 } },
        },
        ...record.rounds,
      ],
    };
    const folder = join(dir, '带伪汇总');
    mkdirSync(folder);
    copyFileSync(join(dir, '报送', '芦淞区.xlsx'), join(folder, '芦淞区.xlsx'));
    edit(join(dir, '汇总.xlsx'), join(folder, '汇总2017.xlsx'), [
      { op: 'setRecord', sheet: '_fenjie', json: JSON.stringify(forged) },
    ]);
    const run = fenjieIn(dir, 'collect', planFile, folder, '-o', join(dir, '汇总-伪.xlsx'), '--month', '3');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '未采用 汇总2017.xlsx：这个汇总没有本计划的签名（或签名不符），其数字不作为以前各年累计的来源。',
    );
    expect(run.stdout).toContain('未列2017年以来累计：没有找到2017年的汇总');
    expect(run.stdout).not.toContain('403');
  });
});

describe('what the record says is checked', () => {
  it('another year’s 任务书 is returned as such, not 通过 and then 未报送', () => {
    fenjieIn(dir, 'taskbooks', planFile, '-o', join(dir, '任务书2019'), '--year', '2019');
    const folder = join(dir, '跨年');
    mkdirSync(folder);
    report('石峰区', [2, 4, 6], '2018-04-03', join(folder, '石峰区.xlsx'));
    edit(join(dir, '任务书2019', '芦淞区-工作目标分解任务书.xlsx'), join(folder, '芦淞区.xlsx'), [
      { op: 'set', sheet: '完成情况', cell: 'B8', value: 1 },
      { op: 'set', sheet: '完成情况', cell: 'B23', value: 0 },
      { op: 'set', sheet: '完成情况', cell: 'B38', value: 0 },
      { op: 'set', sheet: '完成情况', cell: 'B4', value: '2018-02-03' },
    ]);
    const run = fenjieIn(dir, 'collect', planFile, folder, '--year', '2018', '--month', '3');
    const line = verdicts(run.stdout)['芦淞区.xlsx'];
    expect(line).toContain('退回');
    expect(line).toContain('这是2019年任务书的报送，本轮汇总的是2018年：请用2018年的任务书报送');
  });

  describe('in a plan from before signing (no key, records unsigned)', () => {
    const legacy = () => ({ ...plan, signing: undefined });
    const words = reportWords(messages('zh-CN'));
    const judged = (file: string, record: object, edits: object[] = []) => {
      const path = join(dir, file);
      report('芦淞区', [1, 2, 3], '2018-04-02', path, [
        { op: 'setRecord', sheet: '_fenjie', json: JSON.stringify(record) },
        ...edits,
      ]);
      const r = checkReport(legacy(), readReport(file, readFileSync(path)), new Date('2018-12-01'), words);
      return [r.verdict, r.issues.map((i) => i.code)];
    };
    const unsigned = () => {
      const { signature: _gone, ...rest } = recordOf(join(dir, '报送', '芦淞区.xlsx'));
      return rest;
    };

    it('its own report passes, and collect says once what re-issuing adds', async () => {
      expect(judged('旧.xlsx', unsigned())).toEqual(['pass', []]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(planFile);
      replaceMetadata(wb, [legacy()]);
      await wb.xlsx.writeFile(join(dir, '旧计划.xlsx'));
      const run = fenjieIn(
        dir,
        'collect',
        join(dir, '旧计划.xlsx'),
        join(dir, '旧.xlsx'),
        join(dir, '旧.xlsx'),
      );
      expect(run.stdout.split('本计划下发的任务书尚未签名').length).toBe(2);
      expect(run.stdout).toContain('重新导出任务书（fenjie taskbooks）即由本计划签名');
    });

    it('a record pointing at a veryHidden copy with other figures is returned, naming the sheet', () => {
      const record = { ...unsigned(), layout: { ...unsigned().layout, sheet: '完成情况副本' } };
      expect(
        judged('隐藏.xlsx', record, [
          { op: 'hiddenCopy', sheet: '完成情况', name: '完成情况副本' },
          { op: 'set', sheet: '完成情况副本', cell: 'B10', value: 190 },
        ]),
      ).toEqual(['returned', ['report.sheetHidden']]);
    });

    it('version 0 is a damaged record; a version never issued is said', () => {
      expect(judged('v0.xlsx', { ...unsigned(), planVersion: 0 })).toEqual([
        'returned',
        ['report.recordDamaged'],
      ]);
      const v7 = { ...unsigned(), planVersion: 7 };
      expect(judged('v7.xlsx', v7)[1]).toContain('report.newerVersion');
    });

    it('the measure changed from 亿元 to 个 is returned, so no check is skipped', () => {
      const record = unsigned();
      const targets = record.targets.map((t, k) => (k === 0 ? { ...t, measure: '个' } : t));
      const changed = {
        ...record,
        targets,
        targetsHash: targetsHash({ ...plan, version: record.planVersion }, record.unit.id, 2018, targets),
      };
      expect(judged('个.xlsx', changed)).toEqual(['returned', ['report.targetShapeDiffers']]);
    });
  });

  it('a 填报单位 or a file name naming another unit is a 提示; the signed unit is counted', () => {
    const folder = join(dir, '名称');
    mkdirSync(folder);
    report('芦淞区', [1, 2, 3], '2018-04-02', join(folder, '荷塘区报送.xlsx'), [
      { op: 'set', sheet: '完成情况', cell: 'B3', value: '荷塘区' },
    ]);
    const run = fenjieIn(dir, 'collect', planFile, folder, '--month', '3');
    const line = verdicts(run.stdout)['荷塘区报送.xlsx'];
    expect(line).toContain('通过（有提示）');
    expect(line).toContain('表中填报单位为“荷塘区”，而任务书是下发给芦淞区的：按芦淞区计入，请核对');
    expect(line).toContain('文件名“荷塘区报送.xlsx”像是荷塘区的报送');
  });
});
