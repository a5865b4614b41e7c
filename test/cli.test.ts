import { execFileSync, spawnSync } from 'node:child_process';
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

beforeAll(() => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'pipe' });
});

describe('the fenjie command line', () => {
  it('lists the seven source tables and custom', () => {
    const r = fenjie('templates', '--json');
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; units: number }[];
    expect(rows.map((x) => x.id)).toContain('zz-xiangshang-2017-2020');
    expect(rows).toHaveLength(8);
    expect(fenjie('templates').stdout).toContain('“对接湘商会、建设新家乡”行动县市区目标任务分解');
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
    expect(bad.stderr).toContain('应为“名称:计量单位”');
  });

});
