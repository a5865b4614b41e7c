import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import {
  METADATA_SHEET,
  PlanError,
  assessmentSheet,
  defaultRulesSheet,
  isAssessSheet,
  layoutCells,
  monthsText,
  readRulesSheet,
  recordsFromMetadata,
  recordsSheetLayout,
  rulesForYear,
  rulesSheet,
  runAssessment,
  type AssessInput,
  type PlacedRules,
  type SheetCells,
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
  // Without a 汇总: the rounds the pane's 导入报送 kept in the plan workbook itself.
  const source = summaryPath ?? (o.init ? undefined : planPath);
  if (source !== undefined && !o.inPlace && o.output === undefined)
    throw new PlanError('assess.outputNeeded');
  if (o.inPlace && o.output !== undefined) throw new PlanError('assess.bothOutputs');
  // The plan or the 汇总 is never the place to write the 考核 workbook, forced or not.
  for (const input of [planPath, summaryPath])
    for (const out of [o.output, o.bulletin])
      if (input !== undefined && out !== undefined && resolve(input) === resolve(out))
        throw new PlanError('assess.outputIsInput', { path: out });
  if (o.bulletin !== undefined) checkNewOutput(o.bulletin, o.force ?? false, 'docx');
  const { workbook, plans } = await openPlanWorkbook(planPath);
  const plan = plans.find((p) => p.taskbook !== undefined) ?? plans[0];
  if (!plan) throw new PlanError('file.noPlan', { path: planPath });
  const { renderLayout, workbookToBuffer, sheetCells } = await import('../xlsx');
  let rulesSheetOf = workbook.getWorksheet(words.sheet);
  if (o.init) {
    if (rulesSheetOf) throw new PlanError('assess.rulesExist', { path: planPath, sheet: words.sheet });
    rulesSheetOf = renderLayout(workbook, defaultRulesSheet(plan, words));
    writeFileSafely(planPath, await workbookToBuffer(workbook), { force: o.force });
    if (!o.json) ctx.out(fill(w.init, { path: planPath, sheet: words.sheet }));
    if (summaryPath === undefined) return 0;
  }
  const record = summaryRecordFile(source!, summaryPath ? 'bulletin.notSummary' : 'assess.noRoundsFile');
  // As the notes name it: 汇总“汇总.xlsx”, or “湘商计划.xlsx”保存的各轮汇总 when the plan's own rounds are read.
  const file = fill(summaryPath ? words.summaryFile : words.roundsIn, { file: basename(source!) });
  // A sheet of that name the planner made is not ours to replace.
  const inside = o.inPlace ? workbook.getWorksheet(labels.sheet) : undefined;
  if (inside && !isAssessSheet(sheetCells(inside), labels))
    throw new PlanError('assess.sheetNotOurs', { path: planPath, sheet: labels.sheet });
  const runOf = (lastSheet?: SheetCells) =>
    runAssessment({
      plan,
      record,
      file,
      rules: rulesSheetOf && sheetCells(rulesSheetOf),
      lastSheet,
      year: yearOption(o.year),
      words,
      labels,
    });
  // Checked before an existing -o file is looked at; the 加分 and 扣分 typed on the last 考核 sheet stay.
  runOf();
  const last = inside
    ? sheetCells(inside)
    : o.inPlace
      ? undefined
      : await earlierAssessment(o.output!, plan.planId, labels.sheet, o.force ?? false);
  const run = runOf(last);
  const { input, scores, placed } = run;
  const notes = run.defaults ? [fill(w.noRules, { path: planPath, sheet: words.sheet })] : [];
  if (o.inPlace) {
    const sheet = assessmentSheet(run, labels, ctx.m.summary, file);
    if (inside) workbook.removeWorksheet(inside.id);
    renderLayout(workbook, sheet);
    // Excel and WPS recalculate on open, so the scores always follow the 考核办法 as it stands.
    workbook.calcProperties.fullCalcOnLoad = true;
    writeFileSafely(planPath, await workbookToBuffer(workbook), { force: o.force });
  } else {
    // A workbook of its own: a copy of the 考核办法 (the formulas' rules) beside the 考核 sheet.
    const copy = rulesSheet(run.all.rules, words, { title: run.title, defaults: !!run.defaults });
    const sheet = assessmentSheet(
      run,
      labels,
      ctx.m.summary,
      file,
      rulesForYear(readRulesSheet(layoutCells(copy), words), input.year),
    );
    const { layoutsWorkbook } = await import('../xlsx');
    const stamp = recordsSheetLayout([
      { schema: ASSESS_SCHEMA, label: null, json: JSON.stringify({ planId: plan.planId, year: input.year }) },
    ]);
    writeFileSafely(o.output!, await workbookToBuffer(layoutsWorkbook([sheet, copy, stamp])), {
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
      year: input.year,
      months: monthsText(ctx.m.summary, input.month),
      rounds: input.rounds.map((m) => monthsText(ctx.m.summary, m)).join('、'),
      count: input.rounds.length,
      day: plan.taskbook?.reporting.day ?? '—',
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
