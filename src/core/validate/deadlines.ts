import type { CellValue, Plan } from '../plan';
import { cellIssue } from './context';
import type { Issue } from './types';

export const ONGOING = '持续推进';
const MONTH = /^(\d{4})年(\d{1,2})月$/;
// Forms the text extraction left behind: 20186, 201712 → 2018年6月, 2017年12月.
const RUN_TOGETHER = /^(20\d{2})(1[0-2]|0?[1-9])$/;
const DOTTED = /^(20\d{2})[.\-/](1[0-2]|0?[1-9])$/;

const isMonth = (text: string): boolean => {
  const m = MONTH.exec(text);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
};

/** A deadline is a month (2018年6月) or 持续推进; a damaged month is named with what it should read. */
export const deadlineIssue = (plan: Plan, i: number, j: number, value: CellValue): Issue | undefined => {
  if (value === null || (typeof value === 'string' && value.trim() === ''))
    return cellIssue(plan, i, j, 'warning', 'deadline.empty');
  const text = String(value).trim();
  if (text === ONGOING || isMonth(text)) return undefined;
  const m = RUN_TOGETHER.exec(text) ?? DOTTED.exec(text);
  const suggestion = m ? `${m[1]}年${Number(m[2])}月` : undefined;
  return cellIssue(
    plan,
    i,
    j,
    'error',
    suggestion ? 'deadline.damaged' : 'deadline.invalid',
    suggestion ? { text, suggestion } : { text },
  );
};
