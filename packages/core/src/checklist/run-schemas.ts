import { z } from "zod";

export const ZChecklistSlug = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "A checklist slug is lowercase letters, digits and '-'");
const ZId = z.string().trim().min(1).max(64);

export const ZChecklistRunRef = z.object({ slug: ZChecklistSlug, runId: ZId });
export type TChecklistRunRef = z.input<typeof ZChecklistRunRef>;

export const ZRunLookup = z
  .object({ slug: ZChecklistSlug, runId: ZId.optional(), periodKey: z.string().trim().min(1).max(100).optional() })
  .refine((v) => (v.runId === undefined) !== (v.periodKey === undefined), {
    message: "Give a run id or a period",
    path: ["runId"],
  });
export type TRunLookup = z.input<typeof ZRunLookup>;

export const CHECKLIST_OUTCOMES = ["DONE", "NOT_DONE", "NA"] as const;
export const ZRemark = z.string().trim().max(2000);

export const ZAnswerItem = ZChecklistRunRef.extend({
  itemId: ZId,
  outcome: z.enum(CHECKLIST_OUTCOMES),
  remark: ZRemark.nullish(),
}).superRefine((v, c) => {
  if (v.outcome !== "DONE" && !v.remark)
    c.addIssue({
      code: "custom",
      path: ["remark"],
      message: v.outcome === "NA" ? "Say why this item does not apply" : "Say why this item is not done",
    });
});
export type TAnswerItem = z.input<typeof ZAnswerItem>;

export const ZSignOff = ZChecklistRunRef.extend({ note: ZRemark.nullish() });
export type TSignOff = z.input<typeof ZSignOff>;

export const ZCurrentRun = z.object({ slug: ZChecklistSlug });
export type TCurrentRun = z.input<typeof ZCurrentRun>;

export const ZStartPreDeployRun = z.object({
  slug: ZChecklistSlug,
  /** What is being deployed, e.g. "deploy-1234" or a commit: the run's key. */
  label: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, "Letters, digits, '.', '_' or '-' (at most 100)"),
});
export type TStartPreDeployRun = z.input<typeof ZStartPreDeployRun>;

const isCalendarDay = (v: string): boolean => {
  const t = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(v);
};
/** A calendar day, "2026-11-23". */
export const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "A day as YYYY-MM-DD")
  .refine(isCalendarDay, "No such day");

export const ZListChecklistRuns = z.object({
  slug: ZChecklistSlug,
  /** Runs that started on or after this day (in the checklist's zone)… */
  from: ZDay.optional(),
  /** …and before the end of this day. */
  to: ZDay.optional(),
  limit: z.number().int().min(1).max(1000).default(100),
});
export type TListChecklistRuns = z.input<typeof ZListChecklistRuns>;

export const ZExportRuns = ZListChecklistRuns.extend({
  format: z.enum(["csv", "md"]).default("csv"),
  limit: z.number().int().min(1).max(1000).default(1000),
});
export type TExportRuns = z.input<typeof ZExportRuns>;
