import { AlertAction, AlertAggregation, AlertComparator, Severity } from "@opsdeck/db";
import { z } from "zod";
import { ZLabelFilter, ZSeriesName } from "../metric/schemas.ts";
import { pageLimit, ZCursor } from "../page/schemas.ts";
import { PRESET_KEYS } from "./presets.ts";

/** Raw points are kept three days: a window reads them, so it ends within two. */
export const MAX_WINDOW_SECONDS = 2 * 86_400;
export const MAX_FOR_SECONDS = 86_400;

/** 60 → "1 minute", 172800 → "48 hours": forms take minutes, the API seconds; both read this. */
const spoken = (s: number) =>
  s % 3600 === 0 && s > 0
    ? `${s / 3600} hour${s === 3600 ? "" : "s"}`
    : s % 60 === 0 && s > 0
      ? `${s / 60} minute${s === 60 ? "" : "s"}`
      : `${s} seconds`;

const seconds = (what: string, min: number, max: number) =>
  z
    .number({ error: `Give ${what} as a number` })
    .int(`Give ${what} in whole seconds`)
    .min(min, `Use at least ${spoken(min)} for ${what}`)
    .max(max, `Use at most ${spoken(max)} for ${what}`);

const FIELDS = {
  name: z.string({ error: "Name the rule" }).trim().min(1, "Name the rule").max(100, "Use at most 100 characters"),
  preset: z.enum(PRESET_KEYS, { error: "Not a preset" }).nullish().describe("The preset it was made from"),
  series: ZSeriesName.describe("The metric series, e.g. app.error_rate (GET /api/v1/metrics/series lists them)"),
  labels: ZLabelFilter.describe("Only series whose labels include these, as key=value pairs separated by commas"),
  aggregation: z.enum(AlertAggregation, { error: "Choose an aggregation" }),
  windowSeconds: seconds("the window", 60, MAX_WINDOW_SECONDS).describe("How far back the aggregation reads"),
  comparator: z.enum(AlertComparator, { error: "Choose a comparison" }),
  threshold: z
    .number({ error: "Give the threshold as a number" })
    .min(-1e12, "Use a threshold of at least -1e12")
    .max(1e12, "Use a threshold of at most 1e12"),
  forSeconds: seconds("the duration", 0, MAX_FOR_SECONDS).describe("How long the condition must hold to fire"),
  severity: z.enum(Severity, { error: "Choose a severity" }),
  action: z
    .enum(AlertAction, { error: "Choose what firing does" })
    .describe(
      "INCIDENT opens an incident; INCIDENT_NOTIFY also notifies the channels of its severity; NOTIFY only notifies those channels (firing and resolved), opening no incident",
    ),
  weekdaysOnly: z.boolean({ error: "Answer yes or no" }).describe("Judged Monday to Friday (UTC) only"),
  enabled: z.boolean({ error: "Answer yes or no" }),
};

export const ZCreateAlertRule = z.object({
  ...FIELDS,
  labels: FIELDS.labels.default(""),
  weekdaysOnly: FIELDS.weekdaysOnly.default(false),
  enabled: FIELDS.enabled.default(true),
});
export type TCreateAlertRule = z.input<typeof ZCreateAlertRule>;

export const ZAlertRuleRef = z.object({ id: z.string().trim().min(1, "Name a rule").max(64, "Not a rule id") });
export type TAlertRuleRef = z.input<typeof ZAlertRuleRef>;

export const ZAlertRuleChanges = z.object(FIELDS).partial();
export const ZUpdateAlertRule = ZAlertRuleRef.extend(ZAlertRuleChanges.shape);
export type TUpdateAlertRule = z.input<typeof ZUpdateAlertRule>;

export const ZListAlertRules = z.object({
  limit: pageLimit(500).optional().describe("Most rules returned, by name; all when left out"),
  cursor: ZCursor,
});
export type TListAlertRules = z.input<typeof ZListAlertRules>;

export const ZAlertRuleHistory = ZAlertRuleRef.extend({
  limit: pageLimit(500).optional().describe("Most state changes returned, newest first; 100 when left out"),
  cursor: ZCursor,
});
export type TAlertRuleHistory = z.input<typeof ZAlertRuleHistory>;
