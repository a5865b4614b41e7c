import { PlanError, countiesOf, departmentsOf, parseResponsible, splitList } from '../core';
import { fill } from '../locales';
import { replaceMetadata, workbookToBuffer } from '../xlsx';
import type { CliContext } from './context';
import { openPlanWorkbook, writeFileSafely } from './files';
import { formatTable } from './table';

/**
 * `fenjie departments plan.xlsx [--rename 旧=新,…]`: the departments parsed from a task table's 责任单位,
 * with their tasks by role; a correction is kept in the plan, so it holds for every task at once.
 */
export const listDepartments = async (ctx: CliContext, path: string, rename?: string): Promise<number> => {
  const { workbook, plans } = await openPlanWorkbook(path);
  const index = plans.findIndex(
    (p) => p.columns.some((c) => c.kind === 'text') && p.units.some((u) => u.kind === 'task'),
  );
  if (index < 0) throw new PlanError('departments.noTaskTable', { path });
  let plan = plans[index];
  if (rename !== undefined) {
    const parsed = new Set(
      plan.values.flatMap((row) =>
        row.flatMap((v) => (typeof v === 'string' ? parseResponsible(v).map((d) => d.name) : [])),
      ),
    );
    const names = { ...(plan.departmentNames ?? {}) };
    for (const pair of splitList(rename)) {
      const m = /^(.+?)[=\uFF1D](.+)$/.exec(pair);
      if (!m) throw new PlanError('departments.badRename', { text: pair });
      if (!parsed.has(m[1].trim())) throw new PlanError('departments.unknown', { name: m[1].trim() });
      names[m[1].trim()] = m[2].trim();
    }
    plan = { ...plan, departmentNames: names };
    replaceMetadata(
      workbook,
      plans.map((p, k) => (k === index ? plan : p)),
    );
    writeFileSafely(path, await workbookToBuffer(workbook), { force: ctx.force });
  }
  const w = ctx.m.departmentWords;
  const departments = departmentsOf(plan, countiesOf(plan));
  ctx.out(
    formatTable(
      w.header,
      departments.map((d) => [
        d.name,
        ...(['lead', 'responsible', 'support'] as const).map((role) =>
          String(d.tasks.filter((t) => t.role === role).length || ''),
        ),
      ]),
    ),
  );
  ctx.out(fill(w.summary, { count: departments.length }));
  if (rename !== undefined) ctx.out(fill(ctx.m.spreadWords.written, { path }));
  return 0;
};
