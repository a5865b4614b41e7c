/**
 * 导出各单位工作簿: one workbook per unit (its 任务书 with values, a 完成情况 sheet, the hidden record),
 * zipped in the browser. Loaded only when asked for, so ExcelJS stays out of the pane's first load.
 */
import JSZip from 'jszip';
import { reportingYear, type Plan } from '../../core';
import { fill, type Messages } from '../../locales';
import { allTaskbooksWorkbook, unitTaskbookWorkbook } from '../../xlsx';

const fileName = (name: string) => name.replace(/[/\\:*?"<>|]/g, '_').trim();

export const taskbooksZip = async (
  plan: Plan,
  m: Messages,
  onUnit: (name: string) => void,
  /** The ticked units' ids, in the plan's order. */
  chosen: readonly string[] = plan.units.map((u) => u.id),
  today = new Date(),
): Promise<Blob> => {
  const zip = new JSZip();
  const year = reportingYear(plan, undefined, today);
  const labels = { taskbook: m.taskbook, report: m.report };
  const units = plan.units.flatMap((u, i) => (chosen.includes(u.id) ? [i] : []));
  for (const i of units) {
    const unit = plan.units[i];
    onUnit(unit.name);
    const workbook = unitTaskbookWorkbook(plan, i, year, labels);
    zip.file(fill(m.cli.taskbookFile, { unit: fileName(unit.name) }), await workbook.xlsx.writeBuffer());
  }
  zip.file(m.cli.allTaskbooksFile, await allTaskbooksWorkbook(plan, m.taskbook, units).xlsx.writeBuffer());
  return zip.generateAsync({ type: 'blob', compression: 'DEFLATE' });
};
