import {
  ZAnswerItem,
  ZChecklistRunRef,
  ZExportRuns,
  ZListChecklistRuns,
  ZSignOff,
  ZStartPreDeployRun,
} from "@opsdeck/core/checklist/run-schemas";
import { ZImportChecklists } from "@opsdeck/core/checklist/import-service";
import { ZListChecklists } from "@opsdeck/core/checklist/schemas";
import { ZCreateChecklistTemplate, ZUpdateChecklistTemplate } from "@opsdeck/core/checklist/template-schemas";
import { ZCursor } from "@opsdeck/core/page/schemas";
import { z } from "zod";
import { pageQuery } from "./page-inputs.ts";

/* Request schemas of the checklist routes, from the schemas their core services validate with. */

export const ZChecklistSlugParam = z.object({ slug: ZChecklistRunRef.shape.slug });
export const ZChecklistRunParam = ZChecklistRunRef;
export const ZChecklistItemParam = ZChecklistRunRef.extend({ itemId: ZAnswerItem.shape.itemId });

export const ZListChecklistsQuery = z.object({
  cadence: ZListChecklists.shape.cadence,
  includeArchived: z.enum(["true", "false"]).optional().describe("true lists archived checklists too"),
  ...pageQuery(500),
});

const dayRange = {
  from: ZListChecklistRuns.shape.from.describe("Runs that started on or after this day of the checklist's zone"),
  to: ZListChecklistRuns.shape.to.describe("…and by the end of this day (both inclusive)"),
};

export const ZChecklistRunsQuery = z.object({
  ...dayRange,
  limit: z.coerce
    .number<string>()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .describe("Most runs returned, newest first (default 100)"),
  cursor: ZCursor,
});

export const ZChecklistExportQuery = z.object({ ...dayRange, format: ZExportRuns.shape.format });

/** A query's "true" / "false" and numbers as the core takes them (the schemas above checked them). */
export const queryFlag = (v: "true" | "false" | undefined) => (v === undefined ? undefined : v === "true");
export const queryNumber = (v: string | undefined) => (v === undefined ? undefined : Number(v));

export const ZCreateChecklistBody = z.strictObject(ZCreateChecklistTemplate.shape);
export const ZUpdateChecklistBody = z.strictObject(ZUpdateChecklistTemplate.omit({ slug: true }).shape);

export const ZStartChecklistRunBody = z.strictObject(ZStartPreDeployRun.omit({ slug: true }).shape);

/** The API's words for the core's outcomes. */
const OUTCOMES = { done: "DONE", not_done: "NOT_DONE", na: "NA" } as const;
export const outcomeOf = (result: keyof typeof OUTCOMES) => OUTCOMES[result];

export const ZAnswerItemBody = z.strictObject({
  result: z.enum(Object.keys(OUTCOMES) as (keyof typeof OUTCOMES)[], {
    error: "Use done, not_done or na",
  }),
  remark: ZAnswerItem.shape.remark.describe("Why: required for not_done and na (else 422)"),
});

export const ZSignOffBody = z.strictObject(ZSignOff.omit({ slug: true, runId: true }).shape);

export const ZImportChecklistsBody = z.strictObject({
  ...ZImportChecklists.shape,
  dryRun: ZImportChecklists.shape.dryRun.describe("true: only show what would be created (200)"),
  only: ZImportChecklists.shape.only.describe("Indexes of the found checklists to create; all when left out"),
});
