/**
 * Units' names as file names: what Windows forbids or reserves is changed, and names that would become one
 * file are told apart, so that no unit's 任务书 is written over another's — in the command line and the pane alike.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { distinctFileNames, safeFileName } from '../src/core';
import { fenjieIn } from './support/fenjie';
import { tempDir } from './support/tmp';

const fallback = (k: number) => String(k + 1);
/** `fenjie new custom` with these units, one indicator and one year, into p.xlsx. */
const newCustom = (units: string[]) => [
  'new',
  'custom',
  '--units',
  units.join(','),
  '--indicators',
  '资金:亿元',
  '--years',
  '2018',
  '-o',
  'p.xlsx',
];

describe('a unit’s name in a file name', () => {
  it.each([
    ['A/B', 'A_B'],
    ['a\\b', 'a_b'],
    ['含\t制表符', '含_制表符'],
    ['芙蓉区.', '芙蓉区'],
    ['芙蓉区 ', '芙蓉区'],
    ['CON', 'CON_'],
    ['lpt1.txt', 'lpt1.txt_'],
    ['\u202e区蓉芙', '_区蓉芙'],
    ['...', '1'],
    ['', '1'],
  ])('%j becomes %j', (name, safe) => {
    expect(safeFileName(name, '1')).toBe(safe);
  });

  it('A/B, A_B and A:B become three files, in the plan’s order; case alone does not tell files apart', () => {
    expect(distinctFileNames(['A/B', 'A_B', 'A:B', 'a_b'], fallback)).toEqual([
      'A_B',
      'A_B（2）',
      'A_B（3）',
      'a_b（4）',
    ]);
  });

  it('never gives two names one file, nor one a character Windows refuses (any names)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 120 }), { maxLength: 30 }), (names) => {
        const files = distinctFileNames(names, fallback);
        expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(names.length);
        for (const f of files) {
          expect(f).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]|[. ]$/);
          expect(f.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('fenjie taskbooks with names that clean alike', () => {
  it('writes one workbook per unit, none over another', () => {
    const dir = tempDir('names');
    const units = ['A/B', 'A_B', 'A:B', '芙蓉区.'];
    const made = fenjieIn(dir, ...newCustom(units));
    expect(made.status).toBe(0);
    const r = fenjieIn(dir, 'taskbooks', 'p.xlsx', '-o', 'out', '--year', '2018');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(
      [
        'A_B-工作目标分解任务书.xlsx',
        'A_B（2）-工作目标分解任务书.xlsx',
        'A_B（3）-工作目标分解任务书.xlsx',
        '芙蓉区-工作目标分解任务书.xlsx',
        '全部任务书.xlsx',
      ].sort(),
    );
    for (const unit of units) expect(r.stdout).toContain(`（${unit}）`);
  });
});

describe('a unit’s name as typed', () => {
  const dir = tempDir('typed');
  /** Every file of the folder, byte for byte. */
  const files = () => readdirSync(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]);
  const refused = (args: string[], words: string) => {
    const before = files();
    const r = fenjieIn(dir, ...args);
    expect([r.status, r.stderr.trim()]).toEqual([2, `错误：${words}`]);
    expect(files()).toEqual(before);
  };

  it('is refused with a quote at either end, a control character or 61 characters, before anything is written', () => {
    refused(
      newCustom(['芙蓉区', "'天心区"]),
      "单位名称“'天心区”以单引号开头或结尾：Excel 会把它当作文本标记，工作表名也不允许。请去掉引号后再输入。未写入任何文件。",
    );
    expect(fenjieIn(dir, ...newCustom(['芙蓉区', '天心区'])).status).toBe(0);
    refused(
      ['units', 'rename', 'p.xlsx', '天心区', '天心\t区'],
      '单位名称“天心\\u0009区”含有制表符、换行或改变文字方向的控制字符：请删去后再输入。未写入任何文件。',
    );
    const long = '区'.repeat(61);
    refused(
      ['units', 'rename', 'p.xlsx', '天心区', long],
      '单位名称“区区区区区区区区区区区区…”有61个字，超过60个字：任务书标题和文件名放不下。请用简称。未写入任何文件。',
    );
    expect(fenjieIn(dir, 'validate', 'p.xlsx').status).toBe(0);
  });
});
