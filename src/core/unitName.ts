import { PlanError } from './errors';

/** Tabs, line breaks and other control characters, and the marks that reorder text on screen. */
const INVISIBLE = /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Longer than any real 县市区, 园区 or 部门 name; a sheet name holds 31 characters, a 任务书 title more. */
export const LONGEST_UNIT_NAME = 60;

/** A name shown with what cannot be seen made visible: 芙蓉区\u0009. */
const shown = (name: string) =>
  name.replace(
    new RegExp(INVISIBLE.source, 'g'),
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/**
 * A unit's name as typed (a new plan's units, a rename, this level's units of a received 任务书), refused in
 * words before anything is written where no workbook could carry it: characters no cell, sheet or file name
 * keeps, a quote at either end (Excel reads a leading ' as a mark, a sheet name may not start or end with
 * one), or a length no 任务书 title or file name takes (a task's text excepted).
 */
export const checkUnitName = (name: string, o: { task?: boolean } = {}): void => {
  const trimmed = name.trim();
  if (INVISIBLE.test(trimmed)) throw new PlanError('units.nameInvisible', { unit: shown(trimmed) });
  if (/^['‘’]|['‘’]$/.test(trimmed)) throw new PlanError('units.nameQuote', { unit: trimmed });
  // A task table's rows are tasks, written out in full: only a unit's name is held short.
  if (!o.task && [...trimmed].length > LONGEST_UNIT_NAME)
    throw new PlanError('units.nameTooLong', {
      unit: `${[...trimmed].slice(0, 12).join('')}…`,
      length: [...trimmed].length,
      longest: LONGEST_UNIT_NAME,
    });
};
