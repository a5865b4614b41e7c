/**
 * 导出各单位工作簿: one workbook per unit (its 任务书 with values, a 完成情况 sheet, the hidden record),
 * zipped in the browser. Loaded only when asked for, so ExcelJS stays out of the pane's first load.
 */
import JSZip from 'jszip';
import { distinctFileNames, reportingYear, type Adjustment, type Plan } from '../../core';
import { fill, type Messages } from '../../locales';
import { allTaskbooksWorkbook, unitTaskbookWorkbook } from '../../xlsx';

export const taskbooksZip = async (
  plan: Plan,
  m: Messages,
  onUnit: (name: string) => void,
  /** The ticked units' ids, in the plan's order. */
  chosen: readonly string[] = plan.units.map((u) => u.id),
  /** The year the 完成情况 reports on (the same choice as --year). */
  year = reportingYear(plan, undefined, new Date()),
  /** A re-issue of changed targets: each 任务书 titled 调整, with what changed. */
  adjustment?: Adjustment,
): Promise<Blob> => {
  const zip = new JSZip();
  const labels = { taskbook: m.taskbook, report: m.report };
  const units = plan.units.flatMap((u, i) => (chosen.includes(u.id) ? [i] : []));
  // The same names as the command line gives: distinct, and valid on Windows.
  const names = distinctFileNames(
    units.map((i) => plan.units[i].name),
    (k) => String(units[k] + 1),
  );
  for (const [k, i] of units.entries()) {
    const unit = plan.units[i];
    onUnit(unit.name);
    const workbook = unitTaskbookWorkbook(plan, i, year, labels, adjustment);
    const name = fill(adjustment ? m.cli.adjustedTaskbookFile : m.cli.taskbookFile, {
      unit: names[k],
      version: plan.version,
    });
    zip.file(name, await workbook.xlsx.writeBuffer());
  }
  const all = await allTaskbooksWorkbook(plan, m.taskbook, units, adjustment).xlsx.writeBuffer();
  zip.file(fill(adjustment ? m.cli.allAdjustedFile : m.cli.allTaskbooksFile, { version: plan.version }), all);
  return zip.generateAsync({ type: 'blob', compression: 'DEFLATE' });
};
