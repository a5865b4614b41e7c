import type { Issue } from '../../core';

/** Errors first, then warnings, each in sheet order (by sheet, then row, then column). */
export const groupIssues = (issues: readonly Issue[]): { errors: Issue[]; warnings: Issue[] } => {
  const order = (i: Issue): [string, number, string] => {
    const m = /^([A-Z]+)(\d+)$/.exec(i.cell ?? '');
    return [i.sheet ?? '', m ? Number(m[2]) : 0, m ? m[1].padStart(3, ' ') : ''];
  };
  const sorted = [...issues].sort((a, b) => {
    const [sa, ra, ca] = order(a);
    const [sb, rb, cb] = order(b);
    return sa.localeCompare(sb) || ra - rb || ca.localeCompare(cb);
  });
  return {
    errors: sorted.filter((i) => i.severity === 'error'),
    warnings: sorted.filter((i) => i.severity === 'warning'),
  };
};
