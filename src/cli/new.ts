import { randomUUID } from 'node:crypto';
import {
  PlanError,
  cityPreset,
  createCustomPlan,
  createFromTemplate,
  hunanCities,
  parseIndicatorSpec,
  splitList,
  type Plan,
} from '../core';
import { fill } from '../locales';
import { planWorkbook, workbookToBuffer } from '../xlsx';
import type { CliContext } from './context';
import { checkNewOutput, writeFileSafely } from './files';

export interface NewOptions {
  /** Where to write; without it, `<template>.xlsx` in the current folder. */
  output?: string;
  units?: string;
  city?: string;
  indicators?: string;
  years?: string;
  title?: string;
  force?: boolean;
}

const customPlan = (options: NewOptions): Plan => {
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
  return createCustomPlan(
    {
      units,
      indicators: splitList(options.indicators).map(parseIndicatorSpec),
      years: splitList(options.years),
      title: options.title,
    },
    randomUUID(),
  );
};

/** `fenjie new <template> -o plan.xlsx`: a plan workbook a planner can open, fill and print. */
export const newPlan = async (ctx: CliContext, templateId: string, options: NewOptions): Promise<number> => {
  const output = options.output ?? `${templateId}.xlsx`;
  checkNewOutput(output, options.force ?? false);
  const plan = templateId === 'custom' ? customPlan(options) : createFromTemplate(templateId, randomUUID());
  const { workbook } = planWorkbook([plan], ctx.m.sheet);
  writeFileSafely(output, await workbookToBuffer(workbook));
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
