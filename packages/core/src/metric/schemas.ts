import { z } from "zod";
import { pageLimit, ZCursor } from "../page/schemas.ts";
import { DAY_S, MAX_LISTED_SERIES, MAX_METRIC_POINTS } from "./constants.ts";
import { parseLabelFilter } from "./labels.ts";

export const ZSeriesName = z
  .string({ error: "Name a series" })
  .trim()
  .max(100, "Use at most 100 characters")
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/, "A series name is dotted lowercase words, e.g. pg.connections");

export const ZLabelFilter = z
  .string()
  .max(1000, "Use at most 1000 characters")
  .refine((v) => parseLabelFilter(v) !== null, "Give labels as key=value pairs separated by commas")
  .describe("Only series whose labels include these, as key=value pairs separated by commas (database=check-…)");

/** A date-time, or a day (its start in UTC). */
export const instant = (what: string) =>
  z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
    error: `Enter ${what} as an ISO 8601 date-time or date (e.g. 2026-11-23T14:05:00Z or 2026-11-23)`,
  });

const MAX_SPAN_DAYS = 800;

/**
 * The checks of a `{ from, to? }` range (`to` defaults to now): its end after its start, at most
 * `maxDays` long, each refusal on its field. Returns its bounds in ms when both hold.
 */
export function refineRange(
  v: { from: string; to?: string },
  ctx: Pick<z.RefinementCtx, "addIssue">,
  maxDays: number,
): { from: number; to: number } | null {
  const from = Date.parse(v.from);
  const to = v.to ? Date.parse(v.to) : Date.now();
  if (!(to > from)) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "End after the start" });
    return null;
  }
  if (to - from > maxDays * DAY_S * 1000) {
    ctx.addIssue({ code: "custom", path: ["from"], message: `Ask for at most ${maxDays} days` });
    return null;
  }
  return { from, to };
}

export const ZReadMetrics = z
  .object({
    series: ZSeriesName.describe("The series name, e.g. pg.database_size (GET /api/v1/metrics/series lists them)"),
    labels: ZLabelFilter.optional(),
    from: instant("the start"),
    to: instant("the end").optional().describe("Defaults to now"),
    step: z.coerce
      .number({ error: "Give the step in seconds" })
      .int("Give the step in whole seconds")
      .min(10, "Use a step of at least 10 seconds")
      .max(30 * DAY_S, "Use a step of at most 30 days")
      .optional()
      .describe(`Bucket width in seconds; defaults to about 300 buckets; at most ${MAX_METRIC_POINTS} buckets`),
  })
  .superRefine((v, ctx) => {
    const range = refineRange(v, ctx, MAX_SPAN_DAYS);
    if (range && v.step && Math.floor((range.to - range.from) / 1000 / v.step) + 2 > MAX_METRIC_POINTS)
      ctx.addIssue({
        code: "custom",
        path: ["step"],
        message: `Use a wider step: at most ${MAX_METRIC_POINTS} buckets`,
      });
  });
export type TReadMetrics = z.input<typeof ZReadMetrics>;

export const ZListMetricSeries = z.object({
  prefix: z
    .string()
    .max(100, "Use at most 100 characters")
    .regex(/^[a-z0-9_.]*$/, "Use lowercase letters, digits, _ and .")
    .optional()
    .describe("Only series whose name starts with this, e.g. pg."),
  labels: ZLabelFilter.optional(),
  limit: pageLimit(MAX_LISTED_SERIES)
    .default(MAX_LISTED_SERIES)
    .describe(
      `Most series in a page, by name and labels (1 to ${MAX_LISTED_SERIES}); ${MAX_LISTED_SERIES} when left out`,
    ),
  cursor: ZCursor,
});
export type TListMetricSeries = z.input<typeof ZListMetricSeries>;
