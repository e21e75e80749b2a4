import type {
  ChecklistDetailDto,
  ChecklistHistoryDto,
  ChecklistRunDto,
  ChecklistRunSummaryDto,
  ChecklistSummaryDto,
  ChecklistTemplateDto,
  ImportResultDto,
  ItemEvidence,
} from "@opsdeck/core";
import { EVIDENCE_RULES } from "@opsdeck/core/checklist/evidence/rules";
import { CHECKLIST_OUTCOMES } from "@opsdeck/core/checklist/run-schemas";
import { ChecklistCadence, Role } from "@opsdeck/db";
import { z } from "zod";

/* Response schemas of the checklist routes: the core's DTOs (checklist-schemas.test.ts holds them equal). */

const ZIsoDate = z.string().describe("ISO 8601 date-time");
const ZUser = z.object({ id: z.string(), name: z.string().nullable(), email: z.string() });
const ZCadence = z.enum(ChecklistCadence);
const ZRunStatus = z
  .enum(["OPEN", "OVERDUE", "MISSED", "SIGNED", "LATE"])
  .describe("SIGNED by the due time, LATE after it; unsigned: OPEN, OVERDUE past the due time, MISSED past the grace");
const ZCounts = z.object({
  done: z.number().int(),
  notDone: z.number().int(),
  na: z.number().int(),
  open: z.number().int().describe("Items with no answer yet"),
});

export const ZChecklistRunSummaryOut = z.object({
  id: z.string(),
  periodKey: z.string().describe("The period (2026-11-23, 2026-W48, 2026-11, 2026-Q4) or a pre-deploy run's label"),
  status: ZRunStatus,
  startedAt: ZIsoDate,
  dueAt: ZIsoDate.nullable(),
  missedAt: ZIsoDate.nullable(),
  signedOffAt: ZIsoDate.nullable(),
  signedOffBy: ZUser.nullable(),
  signedOffByName: z.string().nullable().describe("The signer's name as it was at sign-off"),
  note: z.string().nullable(),
  counts: ZCounts,
  total: z.number().int(),
}) satisfies z.ZodType<ChecklistRunSummaryDto>;

export const ZChecklistSummaryOut = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  cadence: ZCadence,
  timeZone: z.string().describe("IANA zone whose wall clock sets the periods and due times"),
  dueTime: z.string().describe("HH:MM"),
  dueDay: z.number().int(),
  graceMinutes: z.number().int(),
  dueText: z.string().describe('"Due 10:00, 2 h grace"; empty for pre-deploy checklists'),
  assigneeRole: z.enum(Role),
  assignee: ZUser.nullable(),
  source: z.string().nullable(),
  archivedAt: ZIsoDate.nullable(),
  itemCount: z.number().int(),
  currentPeriodKey: z.string().nullable().describe("null for pre-deploy checklists"),
  run: ZChecklistRunSummaryOut.nullable().describe("This period's run; for a pre-deploy checklist, its latest"),
}) satisfies z.ZodType<ChecklistSummaryDto>;

const itemFields = {
  id: z.string(),
  position: z.number().int(),
  title: z.string(),
  detail: z.string().nullable(),
  helpUrl: z.string().nullable(),
};

export const ZChecklistDetailOut = ZChecklistSummaryOut.extend({
  items: z.array(z.object({ ...itemFields, evidence: z.string().nullable().describe("The evidence rule") })),
  recentRuns: z.array(ZChecklistRunSummaryOut).describe("The latest runs, newest first"),
}) satisfies z.ZodType<ChecklistDetailDto>;

export const ZChecklistTemplateOut = ZChecklistSummaryOut.omit({
  dueText: true,
  itemCount: true,
  currentPeriodKey: true,
  run: true,
}).extend({
  updatedAt: ZIsoDate.describe("Send it back as expectedUpdatedAt, so a change based on an old copy is refused"),
  items: ZChecklistDetailOut.shape.items,
}) satisfies z.ZodType<ChecklistTemplateDto>;

const ZEvidence = z.object({
  rule: z.enum(EVIDENCE_RULES),
  status: z.enum(["pass", "fail", "unknown"]),
  summary: z.string(),
  links: z.array(z.object({ label: z.string(), href: z.string() })),
  evaluatedAt: ZIsoDate,
});

const ZItemEvidence = z.object({
  opened: ZEvidence.optional().describe("When the run opened"),
  signed: ZEvidence.optional().describe("At sign-off"),
}) satisfies z.ZodType<ItemEvidence>;

export const ZChecklistRunOut = z.object({
  id: z.string(),
  checklist: ZChecklistSummaryOut.pick({ id: true, slug: true, name: true, cadence: true, timeZone: true }),
  periodKey: ZChecklistRunSummaryOut.shape.periodKey,
  status: ZRunStatus,
  current: z.boolean().describe("The run people can still change: this period's, or any unsigned pre-deploy run"),
  startedAt: ZIsoDate,
  openedBy: ZUser.nullable().describe("null when the worker opened it"),
  dueAt: ZIsoDate.nullable(),
  missAfter: ZIsoDate.nullable(),
  missedAt: ZIsoDate.nullable(),
  signedOffAt: ZIsoDate.nullable(),
  signedOffBy: ZUser.nullable(),
  signedOffByName: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int().describe("Bumped by every change"),
  counts: ZCounts,
  items: z.array(
    z.object({
      ...itemFields,
      evidenceRule: z.string().nullable(),
      evidence: ZItemEvidence.nullable(),
      outcome: z.enum(CHECKLIST_OUTCOMES).nullable().describe("null until answered"),
      remark: z.string().nullable(),
      answeredBy: ZUser.nullable(),
      answeredAt: ZIsoDate.nullable(),
    }),
  ),
}) satisfies z.ZodType<ChecklistRunDto>;

export const ZChecklistHistoryOut = z.object({
  checklist: ZChecklistSummaryOut.pick({ id: true, slug: true, name: true, cadence: true, timeZone: true }).extend({
    createdAt: ZIsoDate,
  }),
  runs: z.array(ZChecklistRunSummaryOut).describe("Newest first"),
  next: z.string().nullable().describe("The cursor of the older runs (also in the Link and X-Next-Cursor headers)"),
}) satisfies z.ZodType<ChecklistHistoryDto>;

export const ZChecklistExportOut = z
  .string()
  .describe("CSV (one row per item) or Markdown (a table per run), the runs oldest first");

export const ZImportResultOut = z.object({
  dryRun: z.boolean(),
  checklists: z.array(
    z.object({
      index: z.number().int().describe("Its position among the checklists found, for `only`"),
      name: z.string(),
      slug: z.string().describe("The slug it has, or would get (a taken one gets a numeric suffix)"),
      cadence: ZCadence,
      line: z.number().int().describe("The line of its heading or label in the Markdown"),
      items: z.array(z.object({ title: z.string(), detail: z.string().nullable() })),
      created: z.boolean().describe("false in a dry run, or when `only` left it out"),
    }),
  ),
  skipped: z
    .array(z.object({ name: z.string(), line: z.number().int(), items: z.number().int(), reason: z.string() }))
    .describe("Lists under a checklist heading that names no cadence"),
}) satisfies z.ZodType<ImportResultDto>;
