import * as z from 'zod/mini';
import { REPORT_SCHEMA, type ReportRecord } from './record';

/**
 * What a returned 任务书's hidden record may hold: every field typed and bounded before anything is read from
 * it. The record comes from a file we did not write last; a field out of shape makes the record damaged.
 */
const text = (max: number) => z.string().check(z.maxLength(max, `longer than ${max}`));
const cell = z.string().check(z.regex(/^[A-Z]{1,3}[1-9][0-9]{0,6}$/, 'not a cell'));
const count = (min: number, max: number) =>
  z.int().check(z.gte(min, `below ${min}`), z.lte(max, `above ${max}`));
const figure = z.nullable(z.number());
const year = count(1900, 2200);

const target = z.object({
  column: text(64),
  indicator: text(200),
  measure: text(32),
  period: text(64),
  decimals: count(0, 6),
  reportDecimals: z.optional(count(0, 6)),
  value: figure,
  from: year,
  to: year,
  reading: z.optional(z.literal('annual')),
  undivided: z.optional(z.literal('count')),
  whole: z.optional(
    z.object({
      label: text(64),
      value: figure,
      years: count(1, 100),
      percent: z.optional(z.number()),
      set: z.optional(z.boolean()),
    }),
  ),
  growth: z.optional(
    z.object({ from: text(64), base: figure, rate: z.number(), tolerance: z.optional(z.number()) }),
  ),
});

const reportRecord = z.object({
  schema: z.literal(REPORT_SCHEMA),
  planId: text(64),
  planVersion: count(1, 100_000),
  template: text(64),
  planTitle: text(1000),
  unit: z.object({ id: text(64), name: text(200) }),
  year,
  targets: z.array(target).check(z.maxLength(500, 'more than 500 targets')),
  targetsHash: text(80),
  layout: z.object({
    sheet: text(31),
    blocks: z
      .array(
        z.object({
          column: text(64),
          targetCell: cell,
          firstRow: count(1, 1_048_576),
          inputColumn: count(1, 16_384),
          lastYearColumn: z.optional(count(1, 16_384)),
        }),
      )
      .check(z.maxLength(500, 'more than 500 blocks')),
    fields: z.object({ person: cell, phone: cell, date: cell, unit: z.optional(cell) }),
  }),
  taskbook: z.optional(
    z.object({
      sheet: text(31),
      figures: z.array(z.object({ column: text(64), cell })).check(z.maxLength(5000, 'too many figures')),
    }),
  ),
  chain: z.optional(
    z
      .array(z.object({ planId: text(64), version: count(1, 100_000), unit: text(200) }))
      .check(z.maxLength(20, 'deeper than 20 levels')),
  ),
  signature: z.optional(text(100)),
});

export const isReportRecord = (x: unknown): x is ReportRecord => reportRecord.safeParse(x).success;
