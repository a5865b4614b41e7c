import * as z from 'zod/mini';
import { SUMMARY_SCHEMA, type SummaryRecord } from './summary';

/**
 * What a 汇总's hidden record may hold, checked before any figure of it is used (a later year's 以来累计, a
 * 通报 written again, the 考核). Bounded like a report's: a 汇总 is a file that may come from elsewhere.
 */
const text = (max: number) => z.string().check(z.maxLength(max, `longer than ${max}`));
const count = (min: number, max: number) =>
  z.int().check(z.gte(min, `below ${min}`), z.lte(max, `above ${max}`));
const figure = z.nullable(z.number());
const figures = z.record(text(64), figure);
const year = count(1900, 2200);
const month = count(0, 12);

const standing = z.object({ target: figure, done: figure, rate: figure });
const consolidation = z.object({
  year,
  month,
  targets: z
    .array(
      z.object({
        column: text(64),
        indicator: text(200),
        measure: text(32),
        period: text(64),
        value: figure,
      }),
    )
    .check(z.maxLength(500, 'more than 500 targets')),
  units: z
    .array(z.object({ name: text(200), reported: z.boolean(), standings: z.array(standing) }))
    .check(z.maxLength(5000, 'more than 5000 units')),
  city: z.array(standing),
});

const round = z.object({
  at: text(40),
  year: z.optional(year),
  month,
  passed: count(0, 100_000),
  returned: count(0, 100_000),
  rates: z.array(figure),
  done: z.optional(figures),
  units: z.optional(z.record(text(200), figures)),
  indicators: z.optional(z.record(text(64), text(200))),
  bulletin: z.optional(consolidation),
});

const summaryRecord = z.object({
  schema: z.literal(SUMMARY_SCHEMA),
  planId: text(64),
  year,
  month: z.optional(month),
  indicators: z.array(text(200)),
  rounds: z.array(round).check(z.maxLength(1000, 'more than 1000 rounds')),
  signature: z.optional(text(100)),
});

export const isSummaryRecord = (x: unknown): x is SummaryRecord => summaryRecord.safeParse(x).success;
