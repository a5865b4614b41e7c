/** Every mistake gets a clear answer in the user's language, exit 2, and nothing is lost. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './support/tmp';

const root = join(__dirname, '..');
type Lang = 'zh-CN' | 'en-US';
const fenjieIn = (lang: Lang, cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin', 'fenjie.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FENJIE_LANG: lang },
  });

/** One line on stderr, exit 2, in the language asked for, with no parser English or stack trace. */
const expectMistake = (r: ReturnType<typeof fenjieIn>, lang: Lang, ...phrases: string[]) => {
  expect(r.status).toBe(2);
  const text = r.stderr.trim();
  expect(text.split('\n')).toHaveLength(1);
  expect(text.startsWith(lang === 'zh-CN' ? '错误：' : 'Error: ')).toBe(true);
  for (const p of phrases) expect(text).toContain(p);
  expect(text).not.toMatch(/^error:|Usage|display help|at .*\.js:\d+|EISDIR|ENOENT|jszip|zip file/);
  if (lang === 'en-US') expect(text).not.toMatch(/[，。：；、]/);
};

const workbookIn = (folder: string, lang: Lang = 'zh-CN') => {
  const file = join(folder, '湘商.xlsx');
  expect(fenjieIn(lang, folder, 'new', 'zz-xiangshang-2017-2020', '-o', file).status).toBe(0);
  return file;
};

describe.each<[Lang, Record<string, string>]>([
  [
    'zh-CN',
    {
      missingOption: '缺少必需的选项 --indicator <name>。详见 fenjie spread --help',
      unknownOption: '没有选项 --colour。详见 fenjie validate --help',
      unknownCommand: '没有命令 spred。是想用 spread 吗？',
      missingFile: '缺少参数 file。',
      folder: '是一个文件夹，不是工作簿文件',
      csv: '看起来是 CSV 文本文件',
      xls: '旧版 Excel 97-2003 工作簿（.xls）',
      encrypted: '设有打开密码的加密工作簿',
      truncated: '不完整（可能下载或复制时中断）',
      empty: '是空文件',
      pdf: '是 PDF 文件',
      exists: '文件已存在',
      notXlsx: '不是 .xlsx 文件名',
      weights: '有8个单位没有给出权重：石峰区、荷塘区',
      unchanged: '文件未改动',
      notFound: '找不到文件',
    },
  ],
  [
    'en-US',
    {
      missingOption: 'The option --indicator <name> is required. See fenjie spread --help',
      unknownOption: 'There is no option --colour. See fenjie validate --help',
      unknownCommand: 'There is no command spred. Did you mean spread?',
      missingFile: 'The argument file is missing.',
      folder: 'is a folder, not a workbook',
      csv: 'looks like a CSV text file',
      xls: 'old Excel 97-2003 workbook (.xls)',
      encrypted: 'encrypted with a password',
      truncated: 'is incomplete',
      empty: 'is an empty file',
      pdf: 'is a PDF',
      exists: 'The file exists already',
      notXlsx: 'is not an .xlsx name',
      weights: '8 units have no weight: 石峰区, 荷塘区',
      unchanged: 'the file is unchanged',
      notFound: 'File not found',
    },
  ],
])('in %s', (lang, words) => {
  const fenjie = (cwd: string, ...args: string[]) => fenjieIn(lang, cwd, ...args);

  it('a command line the parser cannot read: one line, exit 2, and where to read more', () => {
    const dir = tempDir('mistake');
    expectMistake(fenjie(dir, 'spread', 'x.xlsx'), lang, words.missingOption);
    expectMistake(fenjie(dir, 'validate', 'x.xlsx', '--colour'), lang, words.unknownOption);
    expectMistake(fenjie(dir, 'spred'), lang, words.unknownCommand);
    expectMistake(fenjie(dir, 'validate'), lang, words.missingFile);
  });

  it('a folder, a missing file and files that are not workbooks are named for what they are', () => {
    const dir = tempDir('mistake');
    const good = readFileSync(workbookIn(dir));
    const files: Record<string, Buffer> = {
      'data.xlsx': Buffer.from('单位,回归到位资金\n高新区,80\n芦淞区,40\n'),
      'old.xlsx': Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(600),
      ]),
      'locked.xlsx': Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(200),
        Buffer.from('EncryptionInfo', 'utf16le'),
      ]),
      'cut.xlsx': good.subarray(0, Math.floor(good.length / 2)),
      'empty.xlsx': Buffer.alloc(0),
      'report.xlsx': Buffer.from('%PDF-1.7\n…'),
    };
    for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
    mkdirSync(join(dir, '报表.xlsx'));
    expectMistake(fenjie(dir, 'validate', '报表.xlsx'), lang, '报表.xlsx', words.folder);
    expectMistake(fenjie(dir, 'validate', 'nowhere.xlsx'), lang, 'nowhere.xlsx', words.notFound);
    expectMistake(fenjie(dir, 'validate', 'data.xlsx'), lang, 'data.xlsx', words.csv);
    expectMistake(fenjie(dir, 'validate', 'old.xlsx'), lang, words.xls);
    expectMistake(fenjie(dir, 'validate', 'locked.xlsx'), lang, words.encrypted);
    expectMistake(fenjie(dir, 'validate', 'cut.xlsx'), lang, words.truncated);
    expectMistake(fenjie(dir, 'validate', 'empty.xlsx'), lang, words.empty);
    expectMistake(fenjie(dir, 'validate', 'report.xlsx'), lang, words.pdf);
    expectMistake(
      fenjie(
        dir,
        'new',
        'custom',
        '--city',
        '株洲市',
        '--indicators',
        'x:亿元',
        '--years',
        '2018',
        '-o',
        '报表.xlsx',
      ),
      lang,
      words.folder,
    );
  });

  it('new refuses to overwrite a workbook or to write one under another name, unless --force', () => {
    const dir = tempDir('mistake');
    const file = workbookIn(dir, lang);
    const before = readFileSync(file);
    expectMistake(fenjie(dir, 'new', 'zz-top500-2017-2020', '-o', file), lang, words.exists);
    expect(readFileSync(file).equals(before)).toBe(true);
    expectMistake(fenjie(dir, 'new', 'zz-top500-2017-2020', '-o', 'out.csv'), lang, words.notXlsx);
    expect(readdirSync(dir)).toEqual(['湘商.xlsx']);
    expect(fenjie(dir, 'new', 'zz-top500-2017-2020', '-o', file, '--force').status).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(false);
    expect(readdirSync(dir)).toEqual(['湘商.xlsx']); // no temporary file left behind
  });

  it('weights that leave units out are refused with their names; --others 0 says what they get', () => {
    const dir = tempDir('mistake');
    const file = workbookIn(dir);
    const before = readFileSync(file);
    const spread = ['spread', file, '--indicator', '回归到位资金', '--total', '600', '--method', 'weights'];
    expectMistake(fenjie(dir, ...spread, '--weights', '高新区=2,芦淞区=1'), lang, words.weights);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(fenjie(dir, ...spread, '--weights', '高新区=2，芦淞区=１', '--others', '0').status).toBe(0);
  });

  it('a spread that changes nothing leaves the file as it was', () => {
    const dir = tempDir('mistake');
    const file = workbookIn(dir);
    const before = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    const r = fenjie(dir, 'spread', file, '--indicator', '回归到位资金', '--total', '５００');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(words.unchanged);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it('--help is in one language', () => {
    const help = fenjie(tempDir('help'), 'spread', '--help').stdout;
    expect(help).not.toContain('display help for command');
    if (lang === 'zh-CN') {
      expect(help).toMatch(/用法：/);
      expect(help).toContain('选项：');
      expect(help).not.toMatch(/Usage|Options:|Arguments:/);
    } else {
      expect(help).toContain('Usage:');
      expect(help).not.toMatch(/用法|选项|参数：/);
    }
  });
});

describe('the language', () => {
  it('--lang en-US anywhere on the line switches errors and help to English; an unknown one is refused', () => {
    const dir = tempDir('lang');
    const r = fenjieIn('zh-CN', dir, 'validate', 'nowhere.xlsx', '--lang', 'en-US');
    expectMistake(r, 'en-US', 'File not found: nowhere.xlsx');
    const fr = fenjieIn('zh-CN', dir, '--lang', 'fr-FR', 'templates');
    expect(fr.status).toBe(2);
    expect(fr.stderr).toContain('不支持的界面语言“fr-FR”');
    expect(fr.stderr).toContain('Unsupported language “fr-FR”');
  });

  it('English counts its nouns: 1 column, 3 columns', () => {
    const dir = tempDir('lang');
    const r = fenjieIn(
      'en-US',
      dir,
      'new',
      'custom',
      '--units',
      '芙蓉区',
      '--indicators',
      '回归到位资金:亿元',
      '--years',
      '2018',
      '-o',
      'one.xlsx',
    );
    expect(r.stdout).toContain('(1 unit, 1 column)');
  });
});

describe.each<[Lang, Record<string, string>]>([
  [
    'zh-CN',
    {
      noYear: '指标“回归到位资金”没有“2018”这一列；它的目标列是：2017—2020年',
      near: '计划中没有单位“高薪区”。是想写“高新区”吗？',
      lockValue: '请用 --floor 高新区=80 --cap 高新区=80',
      taskbook: '是下发给“攸县”的任务书工作簿',
      badYear: '年度“明年”应为四位数字',
    },
  ],
  [
    'en-US',
    {
      noYear: '“回归到位资金” has no column “2018”; its columns are: 2017—2020年',
      near: 'The plan has no unit “高薪区”. Did you mean “高新区”?',
      lockValue: 'use --floor 高新区=80 --cap 高新区=80',
      taskbook: 'is the 任务书 workbook issued to “攸县”',
      badYear: 'The year “明年” should be four digits',
    },
  ],
])('answers that name what is there (%s)', (lang, words) => {
  let dir: string;
  let plan: string;
  beforeAll(() => {
    dir = tempDir('answers');
    plan = workbookIn(dir, lang);
    expect(fenjieIn(lang, dir, 'taskbooks', plan, '-o', '任务书', '--year', '2018年').status).toBe(0);
  });
  const spread = (...args: string[]) =>
    fenjieIn(lang, dir, 'spread', plan, '--indicator', '回归到位资金', '--total', '600', ...args);

  it('a year the indicator has no column for names the columns there are', () => {
    expectMistake(spread('--year', '2018'), lang, words.noYear);
    expect(spread('--year', '2017-2020年', '--dry-run').status).toBe(0);
  });

  it('a misspelt unit suggests the nearest; a lock with a figure points to --floor and --cap', () => {
    const before = readFileSync(plan);
    expectMistake(spread('--lock', '高薪区'), lang, words.near);
    expectMistake(spread('--lock', '高新区=80'), lang, words.lockValue);
    expect(readFileSync(plan).equals(before)).toBe(true);
  });

  it('a 任务书 or a 汇总 given where the plan belongs is named for what it is', () => {
    const taskbook = join(dir, '任务书', '攸县-工作目标分解任务书.xlsx');
    expectMistake(fenjieIn(lang, dir, 'validate', taskbook), lang, words.taskbook);
    expectMistake(
      fenjieIn(lang, dir, 'spread', taskbook, '--indicator', '回归到位资金'),
      lang,
      words.taskbook,
    );
  });

  it('a year is read as 2018 or 2018年, and anything else is said', () => {
    expectMistake(fenjieIn(lang, dir, 'taskbooks', plan, '-o', '另', '--year', '明年'), lang, words.badYear);
  });

  it('new without -o writes <template>.xlsx in the current folder', () => {
    const here = tempDir('here');
    expect(fenjieIn(lang, here, 'new', 'zz-top500-2017-2020').status).toBe(0);
    expect(readdirSync(here)).toEqual(['zz-top500-2017-2020.xlsx']);
  });
});

describe('a unit renamed in its own row', () => {
  it('validate names one issue, the rename, with the command that does it; units rename then clears it', () => {
    const folder = tempDir('renamed');
    const file = workbookIn(folder);
    execFileSync('/usr/bin/python3', [
      join(__dirname, 'support', 'edit_workbook.py'),
      'openpyxl',
      file,
      file,
      JSON.stringify([{ op: 'set', sheet: '湘商回归分解', cell: 'B9', value: '云龙示范区管委会' }]),
    ]);
    const checked = fenjieIn('zh-CN', folder, 'validate', file, '--json');
    expect(checked.status).toBe(1);
    const issues = (
      JSON.parse(checked.stdout) as { issues: { code: string; cell: string; message: string }[] }
    ).issues;
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['locate.renamed', 'B9']]);
    expect(issues[0].message).toContain('fenjie units rename 计划.xlsx 云龙示范区 云龙示范区管委会');
    expect(fenjieIn('zh-CN', folder, 'units', 'rename', file, '云龙示范区', '云龙示范区管委会').status).toBe(
      0,
    );
    expect(fenjieIn('zh-CN', folder, 'validate', file).status).toBe(0);
  });
});
