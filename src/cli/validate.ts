import { createValidator, type Issue, type LocateProblem } from '../core';
import { describeError, describeIssue, fill, issuePlace } from '../locales';
import { locatePlans, workbookGrid } from '../xlsx';
import type { CliContext } from './context';
import { readWorkbook } from './files';
import { formatTable } from './table';
import { a1 } from '../core';

/** A table that no longer matches its plan, as an error issue; its own figures are not judged then. */
const mismatchIssue = (problem: LocateProblem): Issue => ({
  severity: 'error',
  code: problem.code,
  sheet: String(problem.params.sheet),
  cell: problem.row !== undefined ? a1(problem.row, problem.col ?? 1) : undefined,
  unitName: typeof problem.params.unit === 'string' ? problem.params.unit : undefined,
  params: problem.params,
});

/** `fenjie validate plan.xlsx`: every issue of every plan sheet; exit 1 when there are errors. */
export const validateWorkbook = async (ctx: CliContext, path: string, json: boolean): Promise<number> => {
  const workbook = await readWorkbook(path);
  const issues: Issue[] = locatePlans(workbook, path).flatMap(({ plan, problems }) =>
    problems.length > 0
      ? problems.map(mismatchIssue)
      : createValidator(plan, workbookGrid(workbook, plan)).issues(),
  );
  const words = (i: Issue) =>
    i.code.startsWith('locate.') ? describeError(i, ctx.locale) : describeIssue(i, ctx.locale);
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
