/**
 * 导出各单位工作簿: the files `fenjie taskbooks` writes (src/usecases/taskbookFiles.ts), zipped in the browser
 * for one download. Loaded only when asked for.
 */
import JSZip from 'jszip';
import type { Adjustment, Plan } from '../../core';
import type { Messages } from '../../locales';
import { taskbookFiles } from '../../usecases/taskbookFiles';

export const taskbooksZip = async (
  plan: Plan,
  m: Messages,
  onUnit: (name: string) => void,
  /** The ticked units' ids. */
  chosen: readonly string[],
  /** The year the 完成情况 reports on (the same choice as --year). */
  year: number,
  /** A re-issue of changed targets: each 任务书 titled 调整, with what changed. */
  adjustment?: Adjustment,
): Promise<{ blob: Blob; count: number }> => {
  const { files, all } = await taskbookFiles(plan, { m, year, units: chosen, adjustment, onUnit });
  const zip = new JSZip();
  // The workbooks are compressed already.
  for (const f of [...files, all]) zip.file(f.name, f.bytes, { compression: 'STORE' });
  return { blob: await zip.generateAsync({ type: 'blob' }), count: files.length };
};
