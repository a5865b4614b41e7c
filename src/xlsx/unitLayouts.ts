import {
  REPORT_SCHEMA,
  a1,
  recordsSheetLayout,
  reportSheet,
  taskbookContent,
  taskbookLayout,
  uniqueSheetName,
  withSignature,
  type Adjustment,
  type FigureSource,
  type Plan,
  type ReportLabels,
  type SheetLayout,
  type TaskbookLabels,
  taskbookWording,
} from '../core';

/** A unit's 任务书 sheet's name: the unit's, unique among `taken`, within Excel's rules. */
export const taskbookSheetName = (plan: Plan, unit: number, taken: readonly string[]): string =>
  uniqueSheetName(plan.units[unit].name.replace(/[[\]:*?/\\]/g, '').slice(0, 31) || String(unit + 1), taken);

/** A unit's 任务书 sheet as a layout, named after the unit (unique among `taken`, within Excel's rules). */
export const taskbookSheetLayout = (
  plan: Plan,
  unit: number,
  labels: TaskbookLabels,
  taken: readonly string[],
  figures: FigureSource = { kind: 'values' },
  adjustment?: Adjustment,
): SheetLayout => {
  const name = taskbookSheetName(plan, unit, taken);
  return taskbookLayout(
    plan,
    taskbookContent(plan, unit, taskbookWording(plan), adjustment),
    labels,
    name,
    figures,
  );
};

/** The sheets of a unit's workbook to send out, as layouts: 任务书 (values), 完成情况, the hidden record. */
export const unitWorkbookLayouts = (
  plan: Plan,
  unit: number,
  year: number,
  labels: { taskbook: TaskbookLabels; report: ReportLabels },
  /** A re-issue of changed targets: the 任务书 is titled 调整 and says what changed. */
  adjustment?: Adjustment,
): SheetLayout[] => {
  const wording = taskbookWording(plan);
  const { layout: report, record } = reportSheet(plan, unit, year, labels.report);
  const name = taskbookSheetName(plan, unit, [report.name, '_fenjie']);
  const taskbook = taskbookLayout(
    plan,
    taskbookContent(plan, unit, wording, adjustment),
    labels.taskbook,
    name,
    {
      kind: 'values',
    },
  );
  // Signed whole, with the plan's key where it has one: only the plan's holder issues a unit's record.
  const withTaskbook = withSignature(plan.signing, {
    ...record,
    taskbook: {
      sheet: taskbook.name,
      figures: (taskbook.anchors ?? []).map((a) => ({ column: a.id, cell: a1(a.row, a.col) })),
    },
  });
  const meta = recordsSheetLayout([
    { schema: REPORT_SCHEMA, label: report.name, json: JSON.stringify(withTaskbook) },
  ]);
  return [taskbook, report, meta];
};
