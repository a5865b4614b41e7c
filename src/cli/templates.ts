import { templates } from '../core';
import { fill } from '../locales';
import type { CliContext } from './context';
import { formatTable } from './table';

/** `fenjie templates`: id, title, source, size of each built-in table. */
export const listTemplates = (ctx: CliContext, json: boolean): number => {
  const rows = templates.map((t) => {
    const plan = t.create('preview');
    return {
      id: t.id,
      title: t.title,
      source: t.source.appendix || t.source.document,
      units: plan.units.length,
      columns: plan.columns.length,
      tasks: plan.units.every((u) => u.kind === 'task'),
      sections: new Set(plan.units.map((u) => u.section)).size,
    };
  });
  if (json) {
    ctx.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  ctx.out(
    formatTable(
      ctx.m.cli.templatesHeader,
      rows.map((r) => [
        r.id,
        r.title,
        r.source,
        r.tasks
          ? fill(ctx.m.cli.taskSize, { tasks: r.units, sections: r.sections })
          : fill(ctx.m.cli.size, { units: r.units, columns: r.columns }),
      ]),
    ),
  );
  return 0;
};
