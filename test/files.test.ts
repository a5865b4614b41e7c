import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileError, writeFileSafely } from '../src/cli/files';
import { describeError } from '../src/locales';
import { tempDir } from './support/tmp';

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('file-system failures in words', () => {
  it('a workbook held open by Excel or WPS says to close it, and that the file is unchanged', () => {
    for (const code of ['EBUSY', 'EPERM'])
      expect(describeError(fileError(errno(code), '湘商.xlsx', true))).toBe(
        '“湘商.xlsx”正被其他程序（如 Excel 或 WPS）打开，无法写入。请先关闭它再重试；原文件未改动。',
      );
  });

  it('a full disk, a missing permission and a folder each name the path', () => {
    expect(describeError(fileError(errno('ENOSPC'), 'a.xlsx', true))).toContain('磁盘已满，无法写入“a.xlsx”');
    expect(describeError(fileError(errno('EACCES'), 'a.xlsx', false), 'en-US')).toBe(
      'No permission to open “a.xlsx”. Check the file’s or folder’s permissions.',
    );
    expect(fileError(errno('EISDIR'), 'd', false).code).toBe('file.isFolder');
  });
});

describe('writing a workbook', () => {
  it('replaces the old file whole and leaves no temporary file', () => {
    const dir = tempDir('write');
    const file = join(dir, '计划.xlsx');
    writeFileSync(file, 'old');
    writeFileSafely(file, Buffer.from('new'));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['计划.xlsx']);
  });

  it('a write that fails leaves the old file as it was', () => {
    const dir = tempDir('write');
    const file = join(dir, '计划.xlsx');
    writeFileSync(file, 'old');
    mkdirSync(join(dir, 'blocked'));
    writeFileSync(join(dir, 'blocked', 'x'), '');
    // A path through a file, not a folder: the write fails before anything is renamed.
    expect(() => writeFileSafely(join(file, 'inner.xlsx'), Buffer.from('new'))).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(existsSync(join(dir, 'blocked'))).toBe(true);
    expect(() => writeFileSafely(join(dir, 'blocked'), Buffer.from('new'))).toThrow(/file.isFolder/);
    expect(readdirSync(join(dir, 'blocked'))).toEqual(['x']);
  });
});
