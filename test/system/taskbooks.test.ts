/**
 * 工作目标分解任务书 sent out as one workbook per unit: recalculated by LibreOffice, each unit's figures are
 * its plan figures; the 完成情况 sheet computes 本月完成, 完成率 and 差距 from what the unit types; the hidden
 * record says whose it is and what was assigned, with a hash that any altered target breaks.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  METADATA_SHEET,
  REPORT_SCHEMA,
  countiesOf,
  createFromTemplate,
  departmentsOf,
  parseResponsible,
  recordsFromMetadata,
  targetColumns,
  targetsHash,
  type Plan,
  type ReportRecord,
} from '../../src/core';
import { loadWorkbook, readCell, readPlans } from '../../src/xlsx';
import { convertWithLibreOffice, readBytes } from '../support/libreoffice';
import { tempDir } from '../support/tmp';

const root = join(__dirname, '..', '..');
const fenjie = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin', 'fenjie.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, FENJIE_LANG: 'zh-CN' },
  });
const edit = (src: string, dst: string, edits: object[]) =>
  execFileSync(
    '/usr/bin/python3',
    [join(__dirname, '..', 'support', 'edit_workbook.py'), 'uno', src, dst, JSON.stringify(edits)],
    {
      stdio: 'pipe',
      timeout: 120_000,
    },
  );

const load = async (file: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readBytes(file) as unknown as ArrayBuffer);
  return wb;
};

/** The 目标 column of a 任务书 sheet, by indicator, read as a planner would: the table under 序号. */
const printed = (cell: ExcelJS.Cell) => String(readCell(cell)).replace(/\n/g, '');

const targetsOn = (sheet: ExcelJS.Worksheet): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  let header = 0;
  sheet.eachRow((row, r) => {
    if (readCell(row.getCell(1)) === '序号') header = r;
    else if (header && r > header && typeof readCell(row.getCell(1)) === 'number')
      // The indicator and period as printed, over as many lines as their cells need.
      out[`${printed(row.getCell(2))} ${printed(row.getCell(4))}`] = readCell(row.getCell(5));
  });
  return out;
};

const FIGURE_TEMPLATES = [
  'zz-xiangshang-2017-2020',
  'zz-devzones-2016-2020',
  'hn-bonded-zones-2017',
  'zz-top500-2017-2020',
  'cz-investment-2017-2018',
  'cz-structural-2017-2018',
  'cs-trade-2017-2021',
  'cs-going-out-2017-2021',
  'cs-investment-2017-2021',
  'cd-industry-2018-2020',
];

/** A template that comes with the city's figures only: one indicator spread evenly before its 任务书 go out. */
const SPREAD_FIRST: Record<string, string> = {
  'zz-top500-2017-2020': '新引进企业地区总部等功能性机构',
  'cs-trade-2017-2021': '外贸进出口总额',
  'cs-going-out-2017-2021': '对外投资中方合同投资额',
  'cs-investment-2017-2021': '实际利用外资',
  'cd-industry-2018-2020': '地区生产总值',
};

describe('fenjie taskbooks', () => {
  it.each(FIGURE_TEMPLATES)(
    '%s: each unit’s 任务书, recalculated by LibreOffice, holds its plan figures',
    async (id) => {
      const dir = tempDir('tb');
      const planFile = join(dir, 'plan.xlsx');
      fenjie('new', id, '-o', planFile);
      if (SPREAD_FIRST[id])
        expect(fenjie('spread', planFile, '--indicator', SPREAD_FIRST[id], '--method', 'even').status).toBe(
          0,
        );
      const r = fenjie(
        'taskbooks',
        planFile,
        '-o',
        join(dir, 'out'),
        '--year',
        id.startsWith('cz') ? '2018' : '2018',
      );
      expect([r.status, r.stderr]).toEqual([0, '']);
      const [plan] = readPlans(await loadWorkbook(readBytes(planFile)));
      const files = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('-工作目标分解任务书.xlsx'));
      expect(files).toHaveLength(plan.units.length);
      const recalculated = convertWithLibreOffice(
        files.map((f) => join(dir, 'out', f)),
        'xlsx',
        join(dir, 'lo'),
      );
      for (const [k, file] of recalculated.entries()) {
        const unit = files[k].replace('-工作目标分解任务书.xlsx', '');
        const i = plan.units.findIndex((u) => u.name === unit);
        const wb = await load(file);
        const expected = Object.fromEntries(
          targetColumns(plan).map((j) => {
            const c = plan.columns[j];
            const v = plan.values[i][j];
            return [`${plan.indicators.find((x) => x.id === c.indicator)?.name} ${c.label}`, v ?? null];
          }),
        );
        expect([unit, targetsOn(wb.worksheets[0])]).toEqual([unit, expected]);
      }
    },
  );

  it('the 完成情况 sheet: what the unit types gives 本月完成, 完成率 and 差距 to 序时进度', async () => {
    const dir = tempDir('tb');
    const planFile = join(dir, 'plan.xlsx');
    fenjie('new', 'zz-xiangshang-2017-2020', '-o', planFile);
    fenjie('taskbooks', planFile, '-o', join(dir, 'out'), '--year', '2018');
    const file = join(dir, 'out', '高新区-工作目标分解任务书.xlsx');
    const wb0 = await load(file);
    const record = JSON.parse(
      recordsFromMetadata(
        (wb0.getWorksheet(METADATA_SHEET)!.getSheetValues() as unknown[][])
          .slice(1)
          .map((r) => (r ?? []).slice(1)),
        REPORT_SCHEMA,
      )[0],
    ) as ReportRecord;
    expect(record).toMatchObject({ unit: { name: '高新区' }, year: 2018, layout: { sheet: '完成情况' } });
    expect(wb0.getWorksheet(METADATA_SHEET)!.state).toBe('veryHidden');
    const block = record.layout.blocks[0];
    // The year's target: a quarter of 高新区's 80 for 2017—2020年, against 2018's months.
    expect(record.targets[0]).toMatchObject({
      indicator: '回归到位资金',
      value: 20,
      from: 2018,
      to: 2018,
      reading: 'annual',
      whole: { label: '2017—2020年', value: 80, years: 4 },
    });
    const plan: Plan = readPlans(await loadWorkbook(readBytes(planFile)))[0];
    expect(record.targetsHash).toBe(targetsHash(plan, plan.units[0].id, 2018, record.targets));
    // The unit types 1—3月累计完成: 10, 25, 31.
    const typed = join(dir, 'typed.xlsx');
    edit(
      file,
      typed,
      [10, 25, 31].map((v, m) => ({
        op: 'set',
        sheet: '完成情况',
        cell: `B${block.firstRow + m}`,
        value: v,
      })),
    );
    const sheet = (await load(typed)).getWorksheet('完成情况')!;
    const row = (m: number) => [2, 4, 5, 6, 7].map((c) => readCell(sheet.getCell(block.firstRow + m, c)));
    expect(row(0)).toEqual([10, 10, 50, 8.3, 41.7]);
    expect(row(2)).toEqual([31, 6, 155, 25, 130]);
    expect(row(3)[0]).toBeNull();
    // Only the yellow cells take input: the sheet is protected, the 累计 cells unlocked.
    const original = wb0.getWorksheet('完成情况')!;
    expect(original.getCell(block.firstRow, 2).protection?.locked).toBe(false);
    // 上年同期累计 takes input too (optional).
    expect(original.getCell(block.firstRow, 3).protection?.locked).toBe(false);
    expect(original.getCell(block.firstRow, 4).protection?.locked).not.toBe(false);
    expect((original as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(
      true,
    );
  });

  it('refuses to overwrite 任务书 files already in the folder, unless --force', () => {
    const dir = tempDir('tb');
    const planFile = join(dir, 'plan.xlsx');
    fenjie('new', 'zz-xiangshang-2017-2020', '-o', planFile);
    expect(fenjie('taskbooks', planFile, '-o', join(dir, 'out')).status).toBe(0);
    const again = fenjie('taskbooks', planFile, '-o', join(dir, 'out'));
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('文件已存在');
    expect(fenjie('taskbooks', planFile, '-o', join(dir, 'out'), '--force').status).toBe(0);
    expect(fenjie('taskbooks', planFile, '-o', join(dir, 'x'), '--year', '2030').stderr).toContain(
      '报送年度2030不在计划期限',
    );
  });

  it('issues a plan whose 合计 misses its 下达目标 as it stands, but says so first', () => {
    const dir = tempDir('tb');
    const planFile = join(dir, 'plan.xlsx');
    fenjie('new', 'zz-xiangshang-2017-2020', '-o', planFile);
    const clean = fenjie('taskbooks', planFile, '-o', join(dir, 'out'));
    expect(clean.stdout).not.toContain('注意');
    execFileSync('/usr/bin/python3', [
      join(__dirname, '..', 'support', 'edit_workbook.py'),
      'openpyxl',
      planFile,
      planFile,
      JSON.stringify([{ op: 'set', sheet: '湘商回归分解', cell: 'C5', value: 90 }]),
    ]);
    const off = fenjie('taskbooks', planFile, '-o', join(dir, 'off'));
    expect(off.status).toBe(0);
    expect(off.stdout.split('\n')[0]).toBe(
      '注意：计划表有1个错误（如：合计与下达目标不符：合计510，下达500，差额10），任务书按表中现在的数字生成。下发前可用 fenjie validate 查看并改正。',
    );
  });
});

describe('the combined workbook', () => {
  it('holds every unit’s 任务书 in the plan’s order', async () => {
    const dir = tempDir('tb');
    const planFile = join(dir, 'plan.xlsx');
    fenjie('new', 'zz-xiangshang-2017-2020', '-o', planFile);
    fenjie('taskbooks', planFile, '-o', join(dir, 'out'));
    const wb = await load(join(dir, 'out', '全部任务书.xlsx'));
    expect(wb.worksheets.map((s) => s.name)).toEqual(
      createFromTemplate('zz-xiangshang-2017-2020', 'p').units.map((u) => u.name),
    );
  });
});

describe('the 重点任务 table: a 任务书 per responsible department', () => {
  it('parses 责任单位 into departments with their role; 各县市区人民政府 is every county', () => {
    expect(parseResponsible('市发改委、市编办牵头，各审批部门负责')).toEqual([
      { name: '市发改委', role: 'lead' },
      { name: '市编办', role: 'lead' },
      { name: '各审批部门', role: 'responsible' },
    ]);
    expect(parseResponsible('市工商局、市国土资源局、市住房城乡建设局分别负责。').map((d) => d.role)).toEqual(
      ['responsible', 'responsible', 'responsible'],
    );
    expect(parseResponsible('市委宣传部')).toEqual([{ name: '市委宣传部', role: 'responsible' }]);
    const plan = createFromTemplate('zz-tasks-2017', 'p');
    const departments = departmentsOf(plan, countiesOf(plan));
    const lusong = departments.find((d) => d.name === '芦淞区人民政府')!;
    const every = plan.values.filter((v) => String(v[0]).includes('各县市区人民政府')).length;
    expect(lusong.tasks).toHaveLength(every);
    expect(
      departments.find((d) => d.name === '市发改委')!.tasks.filter((t) => t.role === 'lead').length,
    ).toBeGreaterThan(20);
  });

  it('a corrected department name holds for all its tasks, and its 任务书 lists them by section', async () => {
    const dir = tempDir('tb');
    const planFile = join(dir, '任务.xlsx');
    fenjie('new', 'zz-tasks-2017', '-o', planFile);
    const r = fenjie('departments', planFile, '--rename', '市商务粮食局=市商务局');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('市商务局');
    expect(r.stdout).not.toContain('市商务粮食局');
    expect(fenjie('taskbooks', planFile, '-o', join(dir, 'out')).status).toBe(0);
    const wb = await load(join(dir, 'out', '市商务局-工作目标分解任务书.xlsx'));
    const sheet = wb.worksheets[0];
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(String(readCell(row.getCell(1)) ?? '')));
    expect(texts).toContain('一、优化审批环境');
    expect(readCell(sheet.getCell(5, 1))).toBe('责任单位（乙方）：市商务局');
  });
});

describe('任务书 sheets in the plan workbook (fenjie taskbooks --in-place)', () => {
  it('figures follow the plan sheet: a spread after generation changes every 任务书, recalculated by LibreOffice', async () => {
    const dir = tempDir('tb');
    const file = join(dir, '湘商.xlsx');
    fenjie('new', 'zz-xiangshang-2017-2020', '-o', file);
    expect(fenjie('taskbooks', file, '--in-place').status).toBe(0);
    expect(fenjie('spread', file, '--indicator', '回归到位资金', '--total', '600').status).toBe(0);
    const [recalculated] = convertWithLibreOffice([file], 'xlsx', join(dir, 'lo'));
    const wb = await load(recalculated);
    expect(targetsOn(wb.getWorksheet('高新区')!)).toEqual({
      '回归到位资金 2017—2020年': 96,
      '回归总部经济个数 2017—2020年': 3,
      '回归慈善公益资金 2017—2020年': 3,
    });
    expect(readCell(wb.getWorksheet('炎陵县')!.getCell(9, 6))).toBe(6); // 36 of 600
  });

  it('a rerun replaces its own sheets, in the plan’s order, and touches no other sheet', async () => {
    const dir = tempDir('tb');
    const file = join(dir, '湘商.xlsx');
    fenjie('new', 'zz-xiangshang-2017-2020', '-o', file);
    fenjie('taskbooks', file, '--in-place');
    // The planner adds a sheet of their own, named like a unit's.
    const wb0 = await load(file);
    wb0.addWorksheet('备忘').getCell('A1').value = '高新区 来电';
    await wb0.xlsx.writeFile(file);
    expect(fenjie('taskbooks', file, '--in-place').status).toBe(0);
    expect(fenjie('taskbooks', file, '--in-place', '--units', '高新区').status).toBe(0);
    const wb = await load(file);
    const names = wb.worksheets.map((s) => s.name);
    expect(names.slice(0, 11)).toEqual([
      '湘商回归分解',
      ...createFromTemplate('zz-xiangshang-2017-2020', 'p').units.map((u) => u.name),
    ]);
    expect(names).toContain('备忘');
    expect(names).toHaveLength(13); // plan, 10 任务书, 备忘, _fenjie
    expect(readCell(wb.getWorksheet('备忘')!.getCell('A1'))).toBe('高新区 来电');
  });
});

describe('every unit’s workbook is styled and protected alike', () => {
  it('the last unit’s file as much as the first: borders, fonts, unlocked inputs', async () => {
    const dir = tempDir('tb');
    const planFile = join(dir, 'plan.xlsx');
    fenjie('new', 'zz-xiangshang-2017-2020', '-o', planFile);
    fenjie('taskbooks', planFile, '-o', join(dir, 'out'), '--year', '2018');
    for (const unit of ['高新区', '炎陵县']) {
      const wb = await load(join(dir, 'out', `${unit}-工作目标分解任务书.xlsx`));
      const taskbook = wb.worksheets[0];
      expect([unit, taskbook.getCell('A8').border?.top?.style, taskbook.getCell('A2').font?.name]).toEqual([
        unit,
        'thin',
        '黑体',
      ]);
      const report = wb.getWorksheet('完成情况')!;
      expect([unit, report.getCell('B8').protection?.locked]).toEqual([unit, false]);
    }
  });
});
