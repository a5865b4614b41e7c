import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  PlanError,
  assessInputs,
  assessSheet,
  assessTitle,
  assessUnits,
  checkRules,
  defaultRules,
  layoutCells,
  monthsText,
  readRulesSheet,
  readTypedPoints,
  recordsFromMetadata,
  recordsSheetLayout,
  reportTargets,
  rulesForYear,
  rulesSheet,
  yearsOf,
  METADATA_SHEET,
  type AssessInput,
  type SheetCells,
  type Plan,
  type PlacedRules,
  type UnitScore,
} from '../core';
import { describeError, fill } from '../locales';
import { summaryRecordFile } from './bulletin';
import type { BulletinWordsOptions } from './bulletin';
import type { CliContext } from './context';
import { checkNewOutput, openPlanWorkbook, writeFileSafely } from './files';
import { yearOption } from './options';
import { formatTable } from './table';

export interface AssessOptions extends BulletinWordsOptions {
  init?: boolean;
  output?: string;
  inPlace?: boolean;
  year?: string;
  json?: boolean;
  force?: boolean;
  bulletin?: string;
}

export const ASSESS_SCHEMA = 'fenjie.assess/1';

/** The rows a new 考核办法 gets: each target indicator, and each year where the plan runs over several. */
export const ruleRowsOf = (plan: Plan): { indicator: string; year?: number }[] => {
  const names = [...new Set(reportTargets(plan, 0, yearsOf(plan.period)[0] ?? 0).map((t) => t.indicator))];
  const years = yearsOf(plan.period);
  return years.length > 1
    ? years.flatMap((year) => names.map((indicator) => ({ indicator, year })))
    : names.map((indicator) => ({ indicator }));
};

/** A 考核 workbook of ours (its record names the plan): its 考核 sheet, for the 加分 and 扣分 typed in it. */
const earlierAssessment = async (path: string, planId: string, sheetName: string, force: boolean) => {
  if (!existsSync(path)) return (checkNewOutput(path, force), undefined);
  checkNewOutput(path, true);
  const { loadWorkbook, sheetCells } = await import('../xlsx');
  let ours = false;
  let sheet: SheetCells | undefined;
  try {
    const workbook = await loadWorkbook(readFileSync(path), path);
    const meta = workbook.getWorksheet(METADATA_SHEET);
    if (meta) {
      const cells = sheetCells(meta);
      const grid = Array.from({ length: cells.rowCount }, (_, r) =>
        Array.from({ length: cells.columnCount }, (_, c) => cells.value(r + 1, c + 1)),
      );
      const json = recordsFromMetadata(grid, ASSESS_SCHEMA)[0];
      ours = json !== undefined && (JSON.parse(json) as { planId?: string }).planId === planId;
    }
    const found = workbook.getWorksheet(sheetName);
    sheet = found && sheetCells(found);
  } catch {
    ours = false;
  }
  if (ours) return sheet;
  if (!force) throw new PlanError('assess.notOurs', { path });
  return undefined;
};

/**
 * `fenjie assess plan.xlsx --init` writes the 考核办法 sheet; `fenjie assess plan.xlsx 汇总.xlsx -o 考核.xlsx`
 * (or `--in-place`) scores every unit of the plan by it from the 汇总's year, into a 考核 sheet of formulas.
 */
export const assessCommand = async (
  ctx: CliContext,
  planPath: string,
  summaryPath: string | undefined,
  o: AssessOptions,
): Promise<number> => {
  const w = ctx.m.assessCli;
  const words = ctx.m.assessWords;
  const labels = ctx.m.assessSheet;
  if (!o.init && summaryPath === undefined) throw new PlanError('assess.summaryNeeded');
  if (summaryPath !== undefined && !o.inPlace && o.output === undefined)
    throw new PlanError('assess.outputNeeded');
  if (o.bulletin !== undefined) checkNewOutput(o.bulletin, o.force ?? false, 'docx');
  const { workbook, plans } = await openPlanWorkbook(planPath);
  const plan = plans.find((p) => p.taskbook !== undefined) ?? plans[0];
  if (!plan) throw new PlanError('file.noPlan', { path: planPath });
  if (plan.units.length === 0) throw new PlanError('assess.noUnits');
  const { renderLayout, workbookToBuffer, sheetCells } = await import('../xlsx');
  const title = assessTitle(plan);
  let rulesSheetOf = workbook.getWorksheet(words.sheet);
  if (o.init) {
    if (rulesSheetOf) throw new PlanError('assess.rulesExist', { path: planPath, sheet: words.sheet });
    const layout = rulesSheet(defaultRules(ruleRowsOf(plan)), words, { title, defaults: true });
    rulesSheetOf = renderLayout(workbook, layout);
    writeFileSafely(planPath, await workbookToBuffer(workbook), { force: o.force });
    if (!o.json) ctx.out(fill(w.init, { path: planPath, sheet: words.sheet }));
    if (summaryPath === undefined) return 0;
  }
  // The rules as the plan workbook has them, or the defaults (said) where it has none yet.
  let placedAll: PlacedRules;
  const notes: string[] = [];
  let defaults = false;
  if (rulesSheetOf) placedAll = readRulesSheet(sheetCells(rulesSheetOf), words);
  else {
    defaults = true;
    const layout = rulesSheet(defaultRules(ruleRowsOf(plan)), words, { title, defaults: true });
    placedAll = readRulesSheet(layoutCells(layout), words);
    notes.push(fill(w.noRules, { path: planPath, sheet: words.sheet }));
  }
  checkRules(placedAll.rules, words.sheet);
  const record = summaryRecordFile(summaryPath!, 'bulletin.notSummary');
  const file = basename(summaryPath!);
  const asked = yearOption(o.year);
  const years = record.rounds.map((r) => r.year ?? record.year);
  const year = asked ?? Math.max(...years);
  let placed = rulesForYear(placedAll, year);
  if (placed.rules.indicators.length === 0)
    throw new PlanError('assess.noYearRules', { sheet: words.sheet, year });
  const reportingDay = plan.taskbook?.reporting.day;
  let input: AssessInput = assessInputs(plan, record, placed.rules, {
    year,
    file,
    sheet: words.sheet,
    reportingDay,
  });
  // The 加分 and 扣分 typed on the last 考核 sheet stay, each with its 说明.
  const inside = o.inPlace ? workbook.getWorksheet(labels.sheet) : undefined;
  // A sheet of that name the planner made is not ours to replace: ours has 总分 and 等次 in its header.
  if (inside && !isAssessSheet(sheetCells(inside), labels))
    throw new PlanError('assess.sheetNotOurs', { path: planPath, sheet: labels.sheet });
  const earlier = inside
    ? sheetCells(inside)
    : o.inPlace
      ? undefined
      : await earlierAssessment(o.output!, plan.planId, labels.sheet, o.force ?? false);
  const typed = earlier ? readTypedPoints(earlier, labels) : new Map();
  input = {
    ...input,
    units: input.units.map((u) => ({ ...u, ...(typed.get(u.unit) ?? {}) })),
  };
  const scores = assessUnits(placed.rules, input.units);
  const words2 = {
    title: fill(labels.title, { year, title }),
    note: fill(labels.note, {
      file,
      year,
      months: monthsText(ctx.m.summary, input.month),
      rounds: input.rounds.map((m) => monthsText(ctx.m.summary, m)).join('、'),
    }),
  };
  if (o.inPlace) {
    const sheet = assessSheet(input, placed, scores, labels, words2);
    const old = workbook.getWorksheet(labels.sheet);
    if (old) workbook.removeWorksheet(old.id);
    renderLayout(workbook, sheet);
    writeFileSafely(planPath, await workbookToBuffer(workbook), { force: o.force });
  } else {
    // A workbook of its own: a copy of the 考核办法 (the formulas' rules) beside the 考核 sheet.
    const copy = rulesSheet(placedAll.rules, words, { title, defaults });
    placed = rulesForYear(readRulesSheet(layoutCells(copy), words), year);
    const sheet = assessSheet(input, placed, scores, labels, words2);
    const { layoutsWorkbook } = await import('../xlsx');
    const record = recordsSheetLayout([
      { schema: ASSESS_SCHEMA, label: null, json: JSON.stringify({ planId: plan.planId, year }) },
    ]);
    writeFileSafely(o.output!, await workbookToBuffer(layoutsWorkbook([sheet, copy, record])), {
      force: true,
    });
  }
  if (o.bulletin !== undefined) {
    const { writeAssessmentBulletin } = await import('./assessBulletin');
    await writeAssessmentBulletin(ctx, plan, input, placed.rules, scores, o.bulletin, o);
  }
  const said = input.notes.map((n) => describeError({ code: n.code, params: n.params }, ctx.locale));
  if (o.json) {
    ctx.out(JSON.stringify(jsonOf(input, placed, scores, [...notes, ...said]), null, 2));
    return 0;
  }
  for (const n of [...notes, ...said]) ctx.out(`${w.note}${ctx.m.cli.colon}${n}`);
  ctx.out(
    fill(w.round, {
      year,
      months: monthsText(ctx.m.summary, input.month),
      rounds: input.rounds.map((m) => monthsText(ctx.m.summary, m)).join('、'),
      count: input.rounds.length,
      day: reportingDay ?? '–',
    }),
  );
  ctx.out(formatTable(w.header, tableOf(input, scores)));
  ctx.out(fill(w.written, { path: o.inPlace ? planPath : o.output!, units: scores.length }));
  if (o.bulletin !== undefined) ctx.out(fill(w.bulletinWritten, { path: o.bulletin }));
  return 0;
};

const tableOf = (input: AssessInput, scores: readonly UnitScore[]): string[][] =>
  [...scores]
    .sort((a, b) => a.rank - b.rank)
    .map((s) => [
      String(s.rank),
      s.unit,
      s.total.toFixed(2),
      s.grade,
      s.veto.map((v) => v.indicator).join('、'),
      s.interview ? '✓' : '',
    ]);

const jsonOf = (input: AssessInput, placed: PlacedRules, scores: readonly UnitScore[], notes: string[]) => ({
  year: input.year,
  month: input.month,
  rounds: input.rounds,
  indicators: placed.rules.indicators.map((r) => r.indicator),
  units: scores.map((s, i) => ({
    ...s,
    rates: input.units[i].rates,
    lateMonths: input.units[i].lateMonths,
    missingMonths: input.units[i].missingMonths,
    plus: input.units[i].plus,
    minus: input.units[i].minus,
  })),
  notes,
});

/** Our 考核 sheet: 单位, 总分 and 等次 in its header rows. */
const isAssessSheet = (sheet: SheetCells, labels: { unit: string; total: string; grade: string }) => {
  const seen = new Set<string>();
  for (let r = 1; r <= Math.min(sheet.rowCount, 6); r++)
    for (let c = 1; c <= sheet.columnCount; c++) seen.add(String(sheet.value(r, c) ?? '').trim());
  return [labels.unit, labels.total, labels.grade].every((l) => seen.has(l));
};
