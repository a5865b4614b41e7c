import {
  closeSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { PlanError, type Plan } from '../core';
import { readPlansFast } from '../xlsx/readPlansFast';
import type ExcelJS from 'exceljs';

/** A file-system failure in a sentence that names the path, never a stack trace. */
export const fileError = (e: unknown, path: string, writing: boolean): PlanError => {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? '';
  switch (code) {
    case 'ENOENT':
      return new PlanError(writing ? 'file.noFolder' : 'file.notFound', { path });
    case 'EISDIR':
      return new PlanError('file.isFolder', { path });
    case 'ENOTDIR':
      return new PlanError('file.notFolder', { path });
    case 'EACCES':
    case 'EROFS':
      return new PlanError('file.noPermission', { path });
    // Windows answers EBUSY, or EPERM on a rename, when Excel or WPS holds the file open.
    case 'EBUSY':
    case 'EPERM':
      return new PlanError(writing ? 'file.locked' : 'file.noPermission', { path });
    case 'ENOSPC':
    case 'EDQUOT':
      return new PlanError('file.diskFull', { path });
    case 'ENAMETOOLONG':
      return new PlanError('file.badName', { path });
    default:
      return new PlanError('file.ioFailed', {
        path,
        problem: code || (e instanceof Error ? e.message : String(e)),
      });
  }
};

export const readFileOrFail = (path: string): Buffer => {
  try {
    return readFileSync(path);
  } catch (e) {
    throw fileError(e, path, false);
  }
};

/** Refuses to write over a file a planner did not ask to replace, or a workbook under another extension. */
export const checkNewOutput = (path: string, force: boolean, kind: 'xlsx' | 'docx' = 'xlsx'): void => {
  if (existsSync(path) && statSync(path).isDirectory())
    throw new PlanError('file.isFolder', kind === 'xlsx' ? { path } : { path, kind });
  // A document is always named .docx, forced or not: Word opens nothing else as one.
  if (kind === 'docx' && extname(path).toLowerCase() !== '.docx')
    throw new PlanError('file.notDocxName', { path });
  if (force) return;
  if (extname(path).toLowerCase() !== `.${kind}`)
    throw new PlanError(kind === 'xlsx' ? 'file.notXlsxName' : 'file.notDocxName', { path });
  if (existsSync(path)) throw new PlanError('file.exists', { path });
};

const isReadOnly = (mode: number): boolean => (mode & 0o222) === 0;

/**
 * The program that has the workbook open, told by the lock file it keeps beside it: LibreOffice's
 * .~lock.NAME#, Excel's and WPS's ~$NAME (Excel drops the name's first characters when it is long). Such a
 * program shows the old figures and would save them over ours.
 */
export const openElsewhere = (path: string): 'libreoffice' | 'excel' | undefined => {
  const folder = dirname(path);
  const name = basename(path);
  if (existsSync(join(folder, `.~lock.${name}#`))) return 'libreoffice';
  for (const owner of [name, name.slice(1), name.slice(2)])
    if (owner && existsSync(join(folder, `~$${owner}`))) return 'excel';
  return undefined;
};

/** Writes every byte or throws: one `write` on a nearly full disk writes part of the buffer and says so only in its count. */
const writeAll = (fd: number, data: Uint8Array): void => {
  let written = 0;
  while (written < data.length) {
    const n = writeSync(fd, data, written, data.length - written);
    if (n <= 0) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
    written += n;
  }
};

/** Who is told of leftovers removed (the command line says a line); nobody by default. */
let told: (removed: string[], path: string) => void = () => undefined;
export const tellStaleRemoved = (tell: (removed: string[], path: string) => void): void => {
  told = tell;
};

/** A process that still runs (or that we may not signal): its temporary file may still be in use. */
const running = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Each folder's names as first seen in this run: many files written into one folder list it once. */
const listed = new Map<string, string[]>();

/**
 * The temporary files of our own writes of this file that a killed or crashed run left behind
 * (.湘商.xlsx.<pid>.<time>.tmp, the process gone): removed, and said.
 */
const removeStale = (folder: string, name: string, path: string): void => {
  let names = listed.get(folder);
  if (!names) {
    try {
      names = readdirSync(folder);
    } catch {
      names = [];
    }
    listed.set(folder, names);
  }
  const prefix = `.${name}.`;
  const stale = names.filter((n) => {
    if (!n.startsWith(prefix) || !n.endsWith('.tmp')) return false;
    const parts = /^(\d+)\.\d+\.tmp$/.exec(n.slice(prefix.length));
    return parts !== null && !running(Number(parts[1]));
  });
  const removed = stale.filter((n) => {
    try {
      rmSync(join(folder, n));
      return true;
    } catch {
      return false;
    }
  });
  if (removed.length > 0) {
    listed.set(
      folder,
      names.filter((n) => !removed.includes(n)),
    );
    told(removed, path);
  }
};

/**
 * Writes through a temporary file in the same folder and a rename, so a crash, a kill or a full disk
 * midway leaves the old workbook byte for byte as it was, never half of each. The new file keeps the old
 * one's permissions; a file marked read-only is refused, as Excel and WPS refuse it. `durable: false` for
 * files generated from the plan (任务书 per unit), which can always be made again.
 */
export const writeFileSafely = (
  path: string,
  data: Uint8Array,
  { durable = true, force = false } = {},
): void => {
  const old = existsSync(path) ? statSync(path) : undefined;
  if (old?.isDirectory()) throw new PlanError('file.isFolder', { path });
  // Root may write anywhere, so the mode is read, not tried.
  if (old && isReadOnly(old.mode)) throw new PlanError('file.readOnly', { path });
  const holder = old && !force ? openElsewhere(path) : undefined;
  if (holder) throw new PlanError('file.openElsewhere', { path, kind: holder });
  const folder = dirname(path);
  removeStale(folder, basename(path), path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(folder, { recursive: true });
    const fd = openSync(temporary, 'wx');
    try {
      writeAll(fd, data);
      if (old) fchmodSync(fd, old.mode & 0o7777);
      // The planner's own workbook reaches the disk before it replaces the old one; files made anew from it
      // (one per unit, regenerated at will) skip the wait. A full disk may be told only here.
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (statSync(temporary).size !== data.length) {
      throw Object.assign(new Error('size differs'), { code: 'ENOSPC' });
    }
    renameSync(temporary, path);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw fileError(e, path, true);
  }
};

/** A workbook to rewrite, through ExcelJS (loaded only by the commands that rewrite one). */
export const readWorkbook = async (path: string): Promise<ExcelJS.Workbook> => {
  const { loadWorkbook } = await import('../xlsx');
  return loadWorkbook(readFileOrFail(path), path);
};

/** A workbook's plans, for a command that only reads them: no ExcelJS. */
export const readPlanFile = (path: string): Plan[] => readPlansFast(readFileOrFail(path), path);

/** A workbook and its plans, each found on its sheet; refused when a table no longer matches its plan. */
export const openPlanWorkbook = async (
  path: string,
): Promise<{ workbook: ExcelJS.Workbook; plans: Plan[] }> => {
  const workbook = await readWorkbook(path);
  const { readPlans } = await import('../xlsx');
  return { workbook, plans: readPlans(workbook, path) };
};
