import { createValidator, mismatchIssues, type Issue } from '../core';
import { describeIssue, fill, issuePlace } from '../locales';
import { locatePlans, workbookGrid } from '../xlsx';
import type { CliContext } from './context';
import { readWorkbook } from './files';
import { formatTable } from './table';

/** `fenjie validate plan.xlsx`: every issue of every plan sheet; exit 1 when there are errors. */
export const validateWorkbook = async (ctx: CliContext, path: string, json: boolean): Promise<number> => {
  const workbook = await readWorkbook(path);
  const issues: Issue[] = locatePlans(workbook, path).flatMap(({ plan, problems }) =>
    problems.length > 0
      ? mismatchIssues(plan, problems)
      : createValidator(plan, workbookGrid(workbook, plan)).issues(),
  );
  const words = (i: Issue) => describeIssue(i, ctx.locale);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.length - errors.length;
  if (json) {
    ctx.out(
      JSON.stringify(
        {
          file: path,
          errors: errors.length,
          warnings,
          issues: issues.map((i) => ({ ...i, message: words(i) })),
        },
        null,
        2,
      ),
    );
  } else if (issues.length === 0) {
    ctx.out(ctx.m.issueWords.none);
  } else {
    const ordered = [...errors, ...issues.filter((i) => i.severity === 'warning')];
    ctx.out(
      formatTable(
        ctx.m.issueWords.header,
        ordered.map((i) => [
          ctx.m.issueWords[i.severity],
          issuePlace(i),
          i.unitName ?? '',
          [i.indicator, i.period !== i.indicator ? i.period : undefined].filter(Boolean).join(' '),
          words(i),
        ]),
      ),
    );
    ctx.out('');
    ctx.out(fill(ctx.m.issueWords.summary, { errors: errors.length, warnings }));
  }
  return errors.length > 0 ? 1 : 0;
};
