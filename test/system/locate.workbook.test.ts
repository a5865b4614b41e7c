/**
 * Workbooks edited as planners edit them — by LibreOffice (formulas and merges shift as in Excel) and by
 * openpyxl (only the cells move) — then spread and undone by the command line: every figure lands on its
 * own unit's row, or the command refuses and the file stays as it was.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../support/tmp';

const root = join(__dirname, '..', '..');
const SHEET = '湘商回归分解';
const fenjie = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin', 'fenjie.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, FENJIE_LANG: 'zh-CN' },
  });
const edit = (engine: string, src: string, dst: string, edits: object[]) =>
  execFileSync(
    '/usr/bin/python3',
    [join(__dirname, '..', 'support', 'edit_workbook.py'), engine, src, dst, JSON.stringify(edits)],
    {
      stdio: 'pipe',
      timeout: 120_000,
    },
  );

/** Each unit's 回归到位资金 read without the product's own code: the cell right of the unit's name. */
const figuresByUnit = async (file: string): Promise<Record<string, unknown>> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, unknown> = {};
  wb.getWorksheet(SHEET)!.eachRow((row) =>
    row.eachCell((cell, c) => {
      if (typeof cell.value === 'string' && UNITS.includes(cell.value))
        out[cell.value] = row.getCell(c + 1).value;
    }),
  );
  return out;
};

const UNITS = [
  '高新区',
  '芦淞区',
  '石峰区',
  '荷塘区',
  '云龙示范区',
  '株洲县',
  '醴陵市',
  '攸县',
  '茶陵县',
  '炎陵县',
];
const SOURCE = Object.fromEntries(UNITS.map((u, k) => [u, [80, 40, 40, 40, 50, 50, 80, 50, 40, 30][k]]));
const SPREAD = Object.fromEntries(UNITS.map((u, k) => [u, [96, 48, 48, 48, 60, 60, 96, 60, 48, 36][k]]));

const followed: [string, object[]][] = [
  ['two rows inserted above the table', [{ op: 'insertRows', sheet: SHEET, row: 1, count: 2 }]],
  ['an empty row inserted between units', [{ op: 'insertRows', sheet: SHEET, row: 7, count: 1 }]],
  [
    'the unit rows sorted by a figure column',
    [{ op: 'sort', sheet: SHEET, range: 'A5:E14', by: 5, descending: false }],
  ],
  ['a column inserted before the table', [{ op: 'insertColumns', sheet: SHEET, col: 1, count: 1 }]],
];
const refused: [string, object[], string][] = [
  [
    'a row inserted between units with a new name',
    [
      { op: 'insertRows', sheet: SHEET, row: 6, count: 1 },
      { op: 'set', sheet: SHEET, cell: 'B6', value: '新单位' },
      { op: 'set', sheet: SHEET, cell: 'C6', value: 99 },
    ],
    '工作表“湘商回归分解”第6行“新单位”不在计划中',
  ],
  ['a unit row deleted', [{ op: 'deleteRows', sheet: SHEET, row: 7, count: 1 }], '找不到单位“石峰区”'],
];

describe.each(['uno', 'openpyxl'])('a workbook edited by %s', (engine) => {
  it.each(followed)('%s: the spread and its undo land on each unit’s own row', async (_, edits) => {
    const dir = tempDir('edited');
    const file = join(dir, '湘商.xlsx');
    fenjie('new', 'zz-xiangshang-2017-2020', '-o', join(dir, 'plan.xlsx'));
    edit(engine, join(dir, 'plan.xlsx'), file, edits);
    const before = readFileSync(file);
    const r = fenjie('spread', file, '--indicator', '回归到位资金', '--total', '600');
    if (engine === 'openpyxl' && r.status !== 0) {
      // openpyxl moves cells but not merged ranges, so a label or a name it overwrote is gone from the
      // file: the table no longer matches, and the command says where instead of guessing.
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^错误：工作表“湘商回归分解”.*未作任何改动。\n$/);
      expect(readFileSync(file).equals(before)).toBe(true);
      return;
    }
    expect(await figuresByUnit(join(dir, 'plan.xlsx'))).toEqual(SOURCE);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(await figuresByUnit(file)).toEqual(SPREAD);
    expect(fenjie('undo', file).status).toBe(0);
    expect(await figuresByUnit(file)).toEqual(SOURCE);
  });

  it.each(refused)(
    '%s: refused with the sheet, row and unit named; the file unchanged',
    async (_, edits, words) => {
      const dir = tempDir('edited');
      const file = join(dir, '湘商.xlsx');
      fenjie('new', 'zz-xiangshang-2017-2020', '-o', join(dir, 'plan.xlsx'));
      edit(engine, join(dir, 'plan.xlsx'), file, edits);
      const before = readFileSync(file);
      const r = fenjie('spread', file, '--indicator', '回归到位资金', '--total', '600');
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(words);
      expect(r.stderr).toContain('未作任何改动');
      expect(readFileSync(file).equals(before)).toBe(true);
      const v = fenjie('validate', file);
      expect(v.status).toBe(1);
      expect(v.stdout).toContain(words);
    },
  );
});

describe('fenjie units: the plan follows units the planner added, deleted or renamed on the sheet', () => {
  const edited = (edits: object[]) => {
    const dir = tempDir('units');
    fenjie('new', 'zz-xiangshang-2017-2020', '-o', join(dir, 'plan.xlsx'));
    const file = join(dir, '湘商.xlsx');
    edit('uno', join(dir, 'plan.xlsx'), file, edits);
    return file;
  };

  it('units add takes an inserted row into the plan, with its figure, and the 合计 covers it', async () => {
    const file = edited([
      { op: 'insertRows', sheet: SHEET, row: 6, count: 1 },
      { op: 'set', sheet: SHEET, cell: 'B6', value: '新单位' },
      { op: 'set', sheet: SHEET, cell: 'C6', value: 99 },
    ]);
    const r = fenjie('units', 'add', file);
    expect([r.status, r.stdout]).toEqual([
      0,
      expect.stringContaining('已把工作表“湘商回归分解”第6行“新单位”加入计划'),
    ]);
    const v = fenjie('validate', file, '--json');
    const issues = (JSON.parse(v.stdout) as { issues: { code: string; params: { total?: number } }[] })
      .issues;
    expect(issues.filter((i) => i.code.startsWith('locate.'))).toEqual([]);
    expect(issues.find((i) => i.code === 'total.missesControl')?.params.total).toBe(599);
    expect(fenjie('spread', file, '--indicator', '回归到位资金', '--total', '500').status).toBe(0);
    const figures = await figuresByUnit(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet(SHEET)!.getCell('C16').formula).toBe('SUM(C5:C15)');
    expect(wb.getWorksheet(SHEET)!.getCell('B6').value).toBe('新单位');
    const added = wb.getWorksheet(SHEET)!.getCell('C6').value as number;
    expect(added).toBeGreaterThan(Math.max(...Object.values(figures).map(Number))); // 99 was the largest share
    expect(Object.values(figures).reduce((a: number, b) => a + (b as number), added)).toBe(500);
  });

  it('units remove drops a unit whose row was deleted, saying its figures; one still on the sheet is refused', () => {
    const file = edited([{ op: 'deleteRows', sheet: SHEET, row: 7, count: 1 }]);
    expect(fenjie('units', 'remove', file, '高新区').stderr).toContain(
      '单位“高新区”仍在工作表“湘商回归分解”第5行',
    );
    const r = fenjie('units', 'remove', file, '石峰区');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('已从计划中移除“石峰区”（原有数字：回归到位资金 2017—2020年 40');
    expect(fenjie('spread', file, '--indicator', '回归到位资金', '--total', '500').status).toBe(0);
  });

  it('units rename follows a name the planner retyped on the sheet, or writes the new one there', async () => {
    const file = edited([{ op: 'set', sheet: SHEET, cell: 'B5', value: '株洲高新区' }]);
    expect(fenjie('spread', file, '--indicator', '回归到位资金', '--total', '600').status).toBe(2);
    expect(fenjie('units', 'rename', file, '高新区', '株洲高新区').status).toBe(0);
    expect(fenjie('units', 'rename', file, '芦淞区', '芦淞新区').status).toBe(0);
    expect(fenjie('spread', file, '--indicator', '回归到位资金', '--total', '600').status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet(SHEET)!.getCell('B6').value).toBe('芦淞新区');
    expect(wb.getWorksheet(SHEET)!.getCell('C5').value).toBe(96);
  });
});
