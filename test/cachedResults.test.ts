/** Workbooks read right where nothing recalculates (a phone's preview, pandas, openpyxl's data_only). */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from './support/tmp';

const root = join(__dirname, '..');
const fenjie = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin', 'fenjie.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, FENJIE_LANG: 'zh-CN' },
  });
/** The cached values of a row's cells, as openpyxl reads them without recalculating. */
const cached = (file: string, sheet: string, rows: number[], cols: number[]) =>
  JSON.parse(
    execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `import json, openpyxl; ws = openpyxl.load_workbook(${JSON.stringify(file)}, data_only=True)[${JSON.stringify(sheet)}]; print(json.dumps([[ws.cell(r, c).value for c in ${JSON.stringify(cols)}] for r in ${JSON.stringify(rows)}]))`,
      ],
      { encoding: 'utf8' },
    ),
  ) as unknown[][];

describe('合计 and 差额 carry their results', () => {
  it('after fenjie new, spread and undo', () => {
    const file = join(tempDir('cached'), '湘商.xlsx');
    fenjie('new', 'zz-xiangshang-2017-2020', '-o', file);
    expect(cached(file, '湘商回归分解', [15, 17], [3, 4, 5])).toEqual([
      [500, 14, 20],
      [0, 0, 0],
    ]);
    fenjie('spread', file, '--indicator', '回归到位资金', '--total', '600');
    expect(cached(file, '湘商回归分解', [15, 16, 17], [3])).toEqual([[600], [600], [0]]);
    fenjie('undo', file);
    expect(cached(file, '湘商回归分解', [15, 17], [3])).toEqual([[500], [0]]);
  });

  it('a plan still to be spread shows its 差额 to the 下达目标', () => {
    const file = join(tempDir('cached'), '500强.xlsx');
    fenjie('new', 'zz-top500-2017-2020', '-o', file);
    expect(cached(file, '500强引进分解', [15, 17], [3, 9])).toEqual([
      [0, 0],
      [-2, -20],
    ]);
  });
});
