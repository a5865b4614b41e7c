import { fillWords as fill } from '../words';

/**
 * 迟报, defined once for the 汇总, the 通报 and the 考核: a report of 1—N月 is due by the 报送日 of the month
 * after (每月5日前报送: 1—3月 by 4月5日); one whose 填报日期 is later is 迟报.
 */

/** The 报送日 of the round 1—N月 of a year, as an ISO date: 1—3月 of 2018, day 5 → 2018-04-05. */
export const dueDate = (year: number, month: number, day: number): string => {
  const [y, m] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** A report's 填报日期 against its round's 报送日: the two dates when it came late, else undefined. */
export const overdue = (
  filed: string | undefined,
  year: number,
  month: number,
  day: number | undefined,
): { filed: string; due: string } | undefined => {
  if (filed === undefined || day === undefined || month < 1) return undefined;
  const due = dueDate(year, month, day);
  const date = filed.slice(0, 10);
  return date > due ? { filed: date, due } : undefined;
};

/** 2018-04-08 → 4月8日, as a 通报 says a date of the year it is about. */
export const monthDay = (iso: string, words: { monthDay: string }): string =>
  fill(words.monthDay, { month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
