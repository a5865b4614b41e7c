/**
 * The files the units sent back, read the same way by `fenjie collect` and the pane's 导入报送: straight from
 * their XML under the report limits, one bad file never stopping the others. What the front end could not
 * read at all (a folder, a file gone) comes in as the reason, so it gets its verdict like the rest.
 */
import { isBundleFileName, isLockFileName, type ReportInput } from '../core';
import { readReport } from '../xlsx/readReport';

export type Unreadable = { code: string; params: Record<string, string | number> };

export const readReturned = (
  files: readonly { name: string; bytes: Uint8Array | Unreadable }[],
  /** Before each file is read: for a progress line. */
  onFile?: (name: string) => void,
): ReportInput[] =>
  // Office's “~$名称.xlsx” lock files and the 任务书 合订本 are no reports: skipped, not 退回.
  files
    .filter((f) => !isLockFileName(f.name) && !isBundleFileName(f.name))
    .map(({ name, bytes }) => {
      onFile?.(name);
      return bytes instanceof Uint8Array ? readReport(name, bytes) : { file: name, unreadable: bytes };
    });
