import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWorkbook, readPlans } from '../src/xlsx';
import { readBytes } from './support/libreoffice';
import { tempDir } from './support/tmp';

const root = join(__dirname, '..');
const fenjie = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin', 'fenjie.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, FENJIE_LANG: 'zh-CN' },
  });

describe('the fenjie command line', () => {
  it('lists the twelve source tables and custom, each with its source', () => {
    const r = fenjie('templates', '--json');
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; units: number; source: string }[];
    expect(rows.map((x) => x.id)).toContain('zz-xiangshang-2017-2020');
    expect(rows).toHaveLength(13);
    const text = fenjie('templates').stdout;
    expect(text).toContain('“对接湘商会、建设新家乡”行动县市区目标任务分解');
    expect(text).toMatch(
      /cs-trade-2017-2021 +长沙市对外贸易工作目标分解 +二、工作目标；三、重点任务 +12个单位/,
    );
    expect(text).toMatch(
      /cd-tasks-2018-2020 +常德市推进产业立市三年行动重点任务分解 +三、重点任务 +30项任务，3个部分/,
    );
    for (const row of rows.filter((x) => x.id !== 'custom')) expect(row.source).not.toBe('');
  });

  it('writes a template workbook that reads back as the plan', async () => {
    const out = join(tempDir('cli'), '湘商.xlsx');
    const r = fenjie('new', 'zz-xiangshang-2017-2020', '-o', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('已生成');
    const [plan] = readPlans(await loadWorkbook(readBytes(out)));
    expect(plan.units.map((u) => u.name)[7]).toBe('攸县');
  });

  it('writes a custom plan from units, indicators and years', async () => {
    const out = join(tempDir('cli'), 'custom.xlsx');
    const r = fenjie(
      'new',
      'custom',
      '--units',
      '芙蓉区,天心区,岳麓区',
      '--indicators',
      '回归到位资金:亿元,回归总部经济个数:个',
      '--years',
      '2017,2018,2019,2020',
      '-o',
      out,
    );
    expect(r.status).toBe(0);
    const [plan] = readPlans(await loadWorkbook(readBytes(out)));
    expect(plan.units.map((u) => u.name)).toEqual(['芙蓉区', '天心区', '岳麓区']);
    expect(plan.columns).toHaveLength(8);
    expect(plan.indicators[1]).toMatchObject({ measure: '个', decimals: 0 });
  });

  it('takes a Hunan city preset for the units', async () => {
    const out = join(tempDir('cli'), 'cz.xlsx');
    expect(
      fenjie(
        'new',
        'custom',
        '--city',
        '郴州',
        '--indicators',
        '实际到位资金:亿元',
        '--years',
        '2018',
        '-o',
        out,
      ).status,
    ).toBe(0);
    const [plan] = readPlans(await loadWorkbook(readBytes(out)));
    expect(plan.units).toHaveLength(14);
  });

  it('explains a mistake in words with a non-zero exit and no stack trace', () => {
    const r = fenjie('new', 'zz-nope', '-o', join(tempDir('cli'), 'x.xlsx'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('没有名为“zz-nope”的模板');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    const bad = fenjie(
      'new',
      'custom',
      '--units',
      '甲,乙',
      '--indicators',
      '没有单位',
      '--years',
      '2018',
      '-o',
      join(tempDir('cli'), 'y.xlsx'),
    );
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('应为“名称：计量单位”');
  });
});

describe('validate, spread and undo on a workbook', () => {
  const snapshotCells = async (file: string) => {
    const wb = await loadWorkbook(readBytes(file));
    const cells = new Map<string, unknown>();
    wb.eachSheet((sheet) =>
      sheet.eachRow((row, r) =>
        row.eachCell((cell, c) => cells.set(`${sheet.name}!${r},${c}`, JSON.stringify(cell.value))),
      ),
    );
    return cells;
  };

  it('validate names the sheet and cell of a number typed as text, and exits 1', async () => {
    const file = join(tempDir('cli'), 'plan.xlsx');
    fenjie('new', 'zz-xiangshang-2017-2020', '-o', file);
    expect(fenjie('validate', file).stdout).toContain('未发现问题');
    const wb = await loadWorkbook(readBytes(file));
    wb.getWorksheet('湘商回归分解')!.getCell('C5').value = '80亿元';
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const r = fenjie('validate', file);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('湘商回归分解!C5');
    expect(r.stdout).toContain('“80亿元”是文本，不是数字；应填80');
    expect(r.stdout).toContain('合计与下达目标不符：合计420，下达500，差额-80');
    const json = JSON.parse(fenjie('validate', file, '--json').stdout) as {
      errors: number;
      issues: { cell: string; expected?: number }[];
    };
    expect(json.errors).toBe(2);
    expect(json.issues[0]).toMatchObject({ cell: 'C5', expected: 80 });
  });

  it('spread writes the new figures back, keeps every other cell, and undo puts them back', async () => {
    const file = join(tempDir('cli'), 'plan.xlsx');
    fenjie('new', 'zz-xiangshang-2017-2020', '-o', file);
    const before = await snapshotCells(file);
    const r = fenjie(
      'spread',
      file,
      '--indicator',
      '回归到位资金',
      '--total',
      '600',
      '--method',
      'proportional',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('高新区');
    const written = await loadWorkbook(readBytes(file));
    expect(written.getWorksheet('_fenjie')!.state).toBe('veryHidden');
    const [plan] = readPlans(written);
    expect(plan.values.map((v) => v[0])).toEqual([96, 48, 48, 48, 60, 60, 96, 60, 48, 36]);
    expect(plan.controlTotals['i1_2017-2020']).toBe(600);
    const after = await snapshotCells(file);
    const changed = [...before.keys()].filter(
      (k) => !k.startsWith('_fenjie') && before.get(k) !== after.get(k),
    );
    expect(changed.sort()).toEqual(
      // The units' figures, the 下达目标, and the 合计's cached result (its formula unchanged).
      [
        ...[5, 6, 7, 8, 9, 10, 11, 12, 13, 14].map((r) => `湘商回归分解!${r},3`),
        '湘商回归分解!15,3',
        '湘商回归分解!16,3',
      ].sort(),
    );
    expect(fenjie('validate', file).status).toBe(0);

    expect(fenjie('undo', file).status).toBe(0);
    const restored = await snapshotCells(file);
    for (const [k, v] of before)
      if (!k.startsWith('_fenjie')) expect(`${k} ${restored.get(k)}`).toBe(`${k} ${v}`);
    expect(fenjie('undo', file).stderr).toContain('没有可撤销的分解');
  });

  it('spread refuses what cannot be met, in words, and changes nothing', async () => {
    const file = join(tempDir('cli'), 'plan.xlsx');
    fenjie('new', 'zz-top500-2017-2020', '-o', file);
    const before = readBytes(file);
    const r = fenjie('spread', file, '--indicator', '新引进企业地区总部等功能性机构');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('可改为平均分解（--method even）');
    expect(readBytes(file).equals(before)).toBe(true);
    expect(
      fenjie('spread', file, '--indicator', '新引进企业地区总部等功能性机构', '--method', 'even').status,
    ).toBe(0);
    const [plan] = readPlans(await loadWorkbook(readBytes(file)));
    expect(plan.values.map((v) => v[6])).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
  });
});

describe('a spread over many units', () => {
  it('prints the first screenful and the count; --verbose and --json give every cell', () => {
    const file = join(tempDir('cli'), 'many.xlsx');
    const names = Array.from({ length: 60 }, (_, k) => `乡镇${k + 1}`).join(',');
    expect(
      fenjie(
        'new',
        'custom',
        '--units',
        names,
        '--indicators',
        '回归到位资金:亿元',
        '--years',
        '2018',
        '-o',
        file,
      ).status,
    ).toBe(0);
    const args = [
      'spread',
      file,
      '--indicator',
      '回归到位资金',
      '--total',
      '120',
      '--method',
      'even',
      '--dry-run',
    ];
    const short = fenjie(...args).stdout;
    expect(short).toContain('乡镇20');
    expect(short).not.toMatch(/乡镇21\b/);
    expect(short).toContain('……以上为前20个，共60个单元格改变，另有40个未列出');
    expect(fenjie(...args, '--verbose').stdout).toMatch(/乡镇60\s+2\s+重新分解/);
    const json = JSON.parse(fenjie(...args, '--json').stdout) as {
      changes: { unit: string; after: number }[];
    };
    expect(json.changes).toHaveLength(60);
    expect(json.changes[59]).toMatchObject({ unit: '乡镇60', after: 2 });
  });
});

describe('what a newcomer types first', () => {
  it('--version and -V print the version and exit 0', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = fenjie(flag);
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(`fenjie ${version}`);
    }
  });

  it('the task table is described by its tasks and parts, not as units', () => {
    expect(fenjie('templates').stdout).toMatch(/zz-tasks-2017 .* 88项任务，8个部分/);
  });
});

describe('long runs on a terminal', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  const onTerminal = (cwd: string, command: string) =>
    spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, FENJIE_LANG: 'zh-CN' },
    }).stdout;

  (hasScript ? it : it.skip)(
    'a bar names each unit, then one summary line; --verbose lists every file',
    () => {
      const dir = tempDir('tty');
      fenjie('new', 'zz-xiangshang-2017-2020', '-o', join(dir, '湘商.xlsx'));
      const cli = `${process.execPath} ${join(root, 'bin', 'fenjie.js')}`;
      const screen = onTerminal(dir, `${cli} taskbooks 湘商.xlsx -o 任务书`);
      expect(screen).toContain('10/10 炎陵县');
      // What is left on the screen once the bar is cleared: the summary alone.
      const lines = screen
        .split(/\r?\n/)
        .map((l) => l.split('\r').pop()!.trim())
        .filter(Boolean);
      expect(lines).toEqual([
        expect.stringMatching(/^已生成 任务书\/全部任务书\.xlsx（10个单位的任务书合订本）$/),
      ]);
      const verbose = onTerminal(dir, `${cli} taskbooks 湘商.xlsx -o 任务书 --force --verbose`);
      expect(verbose.match(/-工作目标分解任务书\.xlsx/g)).toHaveLength(10);
    },
  );
});
