import { randomUUID } from 'node:crypto';
import {
  PlanError,
  cityPreset,
  createCustomPlan,
  createFromTemplate,
  hunanCities,
  parseIndicatorSpec,
  planFromTaskbook,
  receivedRecord,
  splitList,
  type Plan,
} from '../core';
import { fill } from '../locales';
import { planWorkbook, workbookToBuffer } from '../xlsx';
import type { CliContext } from './context';
import { checkNewOutput, readFileOrFail, writeFileSafely } from './files';
import { readReport } from '../xlsx/readReport';
import { basename } from 'node:path';

export interface NewOptions {
  /** Where to write; without it, `<template>.xlsx` in the current folder. */
  output?: string;
  units?: string;
  city?: string;
  indicators?: string;
  years?: string;
  title?: string;
  issuer?: string;
  /** A 任务书 workbook received from the level above: the new plan's targets. */
  from?: string;
  force?: boolean;
}

const unitsOf = (options: NewOptions): string[] => {
  let units = splitList(options.units);
  if (units.length === 0 && options.city) {
    const preset = cityPreset(options.city);
    if (!preset)
      throw new PlanError('custom.unknownCity', {
        city: options.city,
        known: hunanCities.map((c) => c.city).join('、'),
      });
    units = preset;
  }
  return units;
};

const customPlan = (options: NewOptions): Plan =>
  createCustomPlan(
    {
      units: unitsOf(options),
      indicators: splitList(options.indicators).map(parseIndicatorSpec),
      years: splitList(options.years),
      title: options.title,
      issuer: options.issuer,
    },
    randomUUID(),
  );

/** `new --from 醴陵市-工作目标分解任务书.xlsx`: the targets the level above issued, for this level's units. */
const receivedPlan = (path: string, options: NewOptions): Plan => {
  const input = readReport(basename(path), readFileOrFail(path));
  if (input.unreadable) throw new PlanError(input.unreadable.code, input.unreadable.params);
  const record = receivedRecord(input.record, basename(path));
  return planFromTaskbook(
    record,
    { units: unitsOf(options), title: options.title, issuer: options.issuer },
    randomUUID(),
  );
};

/** `fenjie new <template> -o plan.xlsx`: a plan workbook a planner can open, fill and print. */
export const newPlan = async (
  ctx: CliContext,
  templateId: string | undefined,
  options: NewOptions,
): Promise<number> => {
  if (templateId === undefined && options.from === undefined) throw new PlanError('new.noTemplate');
  const received = options.from === undefined ? undefined : receivedPlan(options.from, options);
  const output = options.output ?? `${received ? `${received.parent!.unit.name}分解` : templateId}.xlsx`;
  checkNewOutput(output, options.force ?? false);
  const plan =
    received ??
    (templateId === 'custom' ? customPlan(options) : createFromTemplate(templateId!, randomUUID()));
  const { workbook } = planWorkbook([plan], ctx.m.sheet);
  writeFileSafely(output, await workbookToBuffer(workbook));
  if (received)
    ctx.out(
      fill(ctx.m.cli.receivedFrom, {
        unit: received.parent!.unit.name,
        title: received.parent!.title,
        year: received.parent!.year,
        targets: received.columns.length,
      }),
    );
  ctx.out(
    fill(ctx.m.cli.written, {
      path: output,
      title: plan.title,
      units: plan.units.length,
      columns: plan.columns.length,
    }),
  );
  return 0;
};
