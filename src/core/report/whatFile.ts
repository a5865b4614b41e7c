import { PlanError } from '../errors';
import { plansFromMetadata, recordsFromMetadata } from '../layout/metadata';
import type { Plan } from '../plan';
import { REPORT_SCHEMA } from './record';
import { SUMMARY_SCHEMA } from './summary';

/**
 * The plans a workbook's metadata holds; a workbook of ours that holds none is named for what it is (a
 * unit's 任务书, a 汇总), since planners often give a command the file it made rather than the plan.
 */
export const plansOfWorkbook = (grid: readonly (readonly unknown[])[], path: string): Plan[] => {
  const plans = plansFromMetadata(grid);
  if (plans.length > 0) return plans;
  const [report] = recordsFromMetadata(grid, REPORT_SCHEMA);
  if (report !== undefined) {
    let record: { unit?: { name?: unknown }; planTitle?: unknown } = {};
    try {
      record = JSON.parse(report) as typeof record;
    } catch {
      // A damaged record still says the file is a 任务书.
    }
    throw new PlanError('file.isTaskbook', {
      path,
      unit: String(record.unit?.name ?? ''),
      plan: String(record.planTitle ?? ''),
    });
  }
  if (recordsFromMetadata(grid, SUMMARY_SCHEMA).length > 0) throw new PlanError('file.isSummary', { path });
  throw new PlanError('file.noPlan', { path });
};
