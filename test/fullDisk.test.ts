/**
 * Every command that writes, run on a real file system with too little room left: it must fail in one
 * sentence with exit 2 and leave the planner's workbook byte for byte as it was, with no temporary file.
 * A small tmpfs is mounted for it (the tests run as root). Where mounting is not allowed these tests are
 * skipped and say why, except under CI (root, CI=true), where not being able to mount is itself a failure:
 * a test that cannot fail proves nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  ftruncateSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fenjieIn } from './support/fenjie';
import { tempDir } from './support/tmp';

const fenjie = fenjieIn;

const work = tempDir('fulldisk-src');
const disk = tempDir('fulldisk-mnt');

/** Mounts the small disk; says why not where it cannot. */
const mount = (): string | undefined => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', disk], { stdio: 'pipe' });
    return undefined;
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e).trim();
  }
};
const cannotMount = mount();
const mounted = cannotMount === undefined;
const onFullDisk = mounted ? describe : describe.skip;

if (!mounted && process.env.CI === 'true')
  it('a full disk can be made for these tests (CI runs as root)', () => {
    throw new Error(`cannot mount a tmpfs: ${cannotMount}`);
  });
else if (!mounted) console.warn(`full-disk tests skipped: cannot mount a tmpfs here (${cannotMount})`);

beforeAll(() => {
  for (const [template, file] of [
    ['zz-xiangshang-2017-2020', '湘商.xlsx'],
    ['zz-tasks-2017', '任务.xlsx'],
  ])
    expect(fenjie(work, 'new', template, '-o', file).status).toBe(0);
  expect(fenjie(work, 'taskbooks', '湘商.xlsx', '-o', '任务书', '--year', '2018').status).toBe(0);
});

afterAll(() => {
  if (mounted) execFileSync('umount', [disk]);
});

/** Empties the small disk, copies the inputs onto it, then fills it until only `free` bytes are left. */
const prepare = (inputs: string[], free: number): void => {
  for (const f of readdirSync(disk)) rmSync(join(disk, f), { recursive: true, force: true });
  for (const f of inputs) copyFileSync(join(work, f), join(disk, f));
  const filler = join(disk, '.filler');
  const fd = openSync(filler, 'w');
  const block = Buffer.alloc(64 * 1024, 1);
  let size = 0;
  try {
    for (;;) size += writeSync(fd, block);
  } catch {
    // ENOSPC: the disk is full now.
  }
  ftruncateSync(fd, Math.max(0, size - free));
  closeSync(fd);
};

const snapshot = (): Map<string, Buffer> =>
  new Map(
    readdirSync(disk)
      .filter((f) => f !== '.filler')
      .map((f) => [f, readFileSync(join(disk, f))]),
  );

const expectRefusedUnchanged = (args: string[], inputs: string[], free = 8 * 1024) => {
  prepare(inputs, free);
  const before = snapshot();
  const r = fenjie(disk, ...args);
  expect(r.stderr).toMatch(/磁盘已满，无法写入“[^”]+”；原文件未改动/);
  expect(r.stdout).not.toContain('已写回');
  expect(r.status).toBe(2);
  const after = snapshot();
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [f, bytes] of before) expect(after.get(f)!.equals(bytes)).toBe(true);
};

onFullDisk('on a full disk nothing is lost and nothing is said to be saved', () => {
  it('fenjie new writes no partial workbook', () => {
    expectRefusedUnchanged(['new', 'zz-xiangshang-2017-2020', '-o', '新.xlsx'], []);
  });

  it('fenjie spread leaves the plan byte-identical', () => {
    const args = ['spread', '湘商.xlsx', '--indicator', '回归到位资金', '--total', '600'];
    expectRefusedUnchanged(args, ['湘商.xlsx']);
    expectRefusedUnchanged([...args, '-o', '另存.xlsx'], ['湘商.xlsx']);
  });

  it('fenjie undo leaves the spread plan as it was', () => {
    execFileSync('cp', [join(work, '湘商.xlsx'), join(work, '已分解.xlsx')]);
    const spread = ['spread', '已分解.xlsx', '--indicator', '回归到位资金', '--total', '600'];
    expect(fenjie(work, ...spread).status).toBe(0);
    expectRefusedUnchanged(['undo', '已分解.xlsx'], ['已分解.xlsx']);
  });

  it('fenjie units rename leaves the plan as it was', () => {
    expectRefusedUnchanged(['units', 'rename', '湘商.xlsx', '攸县', '攸县人民政府'], ['湘商.xlsx']);
  });

  it('fenjie departments --rename leaves the task plan as it was', () => {
    expectRefusedUnchanged(['departments', '任务.xlsx', '--rename', '市商务粮食局=市商务局'], ['任务.xlsx']);
  });

  it('fenjie taskbooks --in-place and -o say the disk is full', () => {
    expectRefusedUnchanged(['taskbooks', '湘商.xlsx', '--in-place'], ['湘商.xlsx']);
    prepare(['湘商.xlsx'], 8 * 1024);
    const r = fenjie(disk, 'taskbooks', '湘商.xlsx', '-o', '任务书');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('磁盘已满');
    // Whatever was written before the disk filled is whole; the one being written is not left behind.
    for (const f of readdirSync(join(disk, '任务书'))) expect(f).not.toMatch(/\.tmp$/);
  });

  it('fenjie collect writes no partial 汇总', async () => {
    const report = readdirSync(join(work, '任务书')).find((f) => f.startsWith('攸县'))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(work, '任务书', report));
    for (const cell of ['B8', 'B23', 'B38']) wb.getWorksheet('完成情况')!.getCell(cell).value = 1;
    await wb.xlsx.writeFile(join(work, '攸县报送.xlsx'));
    expectRefusedUnchanged(
      ['collect', '湘商.xlsx', '攸县报送.xlsx', '-o', '汇总.xlsx'],
      ['湘商.xlsx', '攸县报送.xlsx'],
    );
  });
});

describe('a workbook marked read-only', () => {
  it('is refused in words and stays as it was; a writable one keeps its mode', () => {
    const dir = tempDir('readonly');
    copyFileSync(join(work, '湘商.xlsx'), join(dir, '湘商.xlsx'));
    const file = join(dir, '湘商.xlsx');
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    const r = fenjie(dir, 'spread', '湘商.xlsx', '--indicator', '回归到位资金', '--total', '600');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('“湘商.xlsx”是只读文件，未写入；原文件未改动');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o444);

    chmodSync(file, 0o640);
    expect(fenjie(dir, 'spread', '湘商.xlsx', '--indicator', '回归到位资金', '--total', '600').status).toBe(
      0,
    );
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });
});

describe('what a killed write left behind', () => {
  it('is removed on the next write of that file, and said; a live process’s temporary file is kept', () => {
    const dir = tempDir('stale');
    copyFileSync(join(work, '湘商.xlsx'), join(dir, '湘商.xlsx'));
    // A writer killed with SIGKILL halfway: its process is gone, its temporary file is not.
    const killed = spawnSync('sleep', ['30'], { timeout: 100, killSignal: 'SIGKILL' });
    expect(killed.signal).toBe('SIGKILL');
    const dead = killed.pid!;
    const stale = `.湘商.xlsx.${dead}.1796500000000.tmp`;
    const live = `.湘商.xlsx.${process.pid}.1796500000000.tmp`;
    writeFileSync(join(dir, stale), 'half a workbook');
    writeFileSync(join(dir, live), 'being written');
    const r = fenjie(dir, 'spread', '湘商.xlsx', '--indicator', '回归到位资金', '--total', '600');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`已删除上次写入“湘商.xlsx”时中断留下的临时文件：${stale}`);
    expect(readdirSync(dir).sort()).toEqual([live, '湘商.xlsx'].sort());
  });
});

describe('a plan open in another program', () => {
  it.each([
    ['.~lock.湘商.xlsx#', '“湘商.xlsx”正在 LibreOffice 中打开（旁边有 .~lock 锁定文件）'],
    ['~$湘商.xlsx', '“湘商.xlsx”正在 Excel 或 WPS 中打开（旁边有 ~$ 开头的临时文件）'],
  ])('with %s beside it is left byte-identical, the program named; --force writes', (lock, words) => {
    const dir = tempDir('open');
    copyFileSync(join(work, '湘商.xlsx'), join(dir, '湘商.xlsx'));
    writeFileSync(join(dir, lock), 'held');
    const before = readFileSync(join(dir, '湘商.xlsx'));
    const spread = ['spread', '湘商.xlsx', '--indicator', '回归到位资金', '--total', '600'];
    const r = fenjie(dir, ...spread);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(words);
    expect(r.stderr).toContain('确要写入请加 --force');
    expect(readFileSync(join(dir, '湘商.xlsx')).equals(before)).toBe(true);
    expect(fenjie(dir, 'units', 'rename', '湘商.xlsx', '攸县', '攸县人民政府').status).toBe(2);
    expect(fenjie(dir, ...spread, '--force').status).toBe(0);
    expect(readFileSync(join(dir, '湘商.xlsx')).equals(before)).toBe(false);
  });
});
