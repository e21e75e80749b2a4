import { ChecklistCadence } from "@opsdeck/db";
import { z } from "zod";
import { ZServiceSlug } from "../service/schemas.ts";
import { isValidTimeZone } from "../time/zone.ts";
import { optionalText } from "../zod-text.ts";
import { EVIDENCE_RULES } from "./evidence/rules.ts";

export const MAX_CHECKLIST_ITEMS = 100;
const HTTP_URL = /^(?:https?:\/\/\S+)?$/;
const URL_MESSAGE = "Use an http:// or https:// URL";

export const ZChecklistItemInput = z.object({
  id: z
    .string()
    .trim()
    .min(1, "No such item in this checklist")
    .max(64, "No such item in this checklist")
    .optional()
    .describe("An item of this checklist, to keep it (and its answers); left out for a new item"),
  title: z.string({ error: "Name the item" }).trim().min(1, "Name the item").max(200, "Use at most 200 characters"),
  detail: optionalText(4000),
  helpUrl: z
    .string()
    .trim()
    .max(500, "Use at most 500 characters")
    .regex(HTTP_URL, { error: URL_MESSAGE, abort: true })
    .refine((v) => !v || URL.canParse(v), URL_MESSAGE)
    .nullish()
    .transform((v) => v || null),
  evidence: z
    .union([z.enum(EVIDENCE_RULES), z.literal("")], { error: `Choose one of ${EVIDENCE_RULES.join(", ")}, or none` })
    .nullish()
    .transform((v) => v || null)
    .describe("A rule checked when a run opens and at sign-off"),
});
export type TChecklistItemInput = z.input<typeof ZChecklistItemInput>;

const items = <T extends z.ZodType>(item: T) =>
  z
    .array(item, { error: "Add at least one item" })
    .min(1, "Add at least one item")
    .max(MAX_CHECKLIST_ITEMS, `Use at most ${MAX_CHECKLIST_ITEMS} items`);

const templateFields = {
  name: z
    .string({ error: "Name the checklist" })
    .trim()
    .min(1, "Name the checklist")
    .max(120, "Use at most 120 characters"),
  description: optionalText(1000),
  cadence: z.enum(ChecklistCadence, { error: "Choose DAILY, WEEKLY, MONTHLY, QUARTERLY or PRE_DEPLOY" }),
  timeZone: z
    .string({ error: "Choose a time zone" })
    .trim()
    .min(1, "Choose a time zone")
    .max(64, "Unknown time zone")
    .refine(isValidTimeZone, "Unknown time zone")
    .describe("IANA time zone whose wall clock decides where a period begins and when a run is due"),
  dueTime: z
    .string({ error: "Enter a time as HH:MM" })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time as HH:MM (00:00 to 23:59)"),
  dueDay: z
    .int({ error: "Use a whole number of days" })
    .min(1, "Use a day from 1")
    .max(92, "Use a day up to 92")
    .describe("Day of the period it is due: 1 to 7 weekly, 1 to 31 monthly, 1 to 92 quarterly, else 1"),
  graceMinutes: z
    .int({ error: "Use a whole number of minutes" })
    .min(0, "Use 0 or more minutes")
    .max(43_200, "Use at most 43200 minutes (30 days)")
    .describe("Minutes after the due time before an unsigned run counts as missed"),
  assigneeRole: z.enum(["RESPONDER", "ADMIN"], { error: "Choose RESPONDER or ADMIN" }),
  assigneeId: z
    .string()
    .trim()
    .max(64, "No such user")
    .nullish()
    .transform((v) => v || null)
    .describe("The person expected to sign off; null or empty leaves it to anyone with assigneeRole"),
  source: optionalText(200),
};

export const ZCreateChecklistTemplate = z.object({
  ...templateFields,
  slug: ZServiceSlug.optional().describe("Defaults to one made from the name"),
  dueTime: templateFields.dueTime.default("10:00"),
  dueDay: templateFields.dueDay.default(1),
  graceMinutes: templateFields.graceMinutes.default(120),
  assigneeRole: templateFields.assigneeRole.default("RESPONDER"),
  items: items(ZChecklistItemInput.omit({ id: true })),
});
export type TCreateChecklistTemplate = z.input<typeof ZCreateChecklistTemplate>;

const ZTemplateSlugRef = z.string({ error: "Choose a checklist" }).trim().min(1, "Choose a checklist").max(60);

export const ZChecklistTemplateRef = z.object({ slug: ZTemplateSlugRef });
export type TChecklistTemplateRef = z.input<typeof ZChecklistTemplateRef>;

/** Fields left out are unchanged; null or "" clears an optional one. */
export const ZUpdateChecklistTemplate = z.object({
  slug: ZTemplateSlugRef,
  name: templateFields.name.optional(),
  description: templateFields.description.optional(),
  cadence: templateFields.cadence.optional(),
  timeZone: templateFields.timeZone.optional(),
  dueTime: templateFields.dueTime.optional(),
  dueDay: templateFields.dueDay.optional(),
  graceMinutes: templateFields.graceMinutes.optional(),
  assigneeRole: templateFields.assigneeRole.optional(),
  assigneeId: templateFields.assigneeId.optional(),
  source: templateFields.source.optional(),
  items: items(ZChecklistItemInput)
    .optional()
    .describe("The whole new list: items with an id are kept, those without are added, the others removed"),
  expectedUpdatedAt: z.iso
    .datetime({ offset: true, error: "Give updatedAt as read, an ISO 8601 date-time" })
    .optional()
    .describe("The updatedAt the change is based on: refused if the checklist changed since"),
});
export type TUpdateChecklistTemplate = z.input<typeof ZUpdateChecklistTemplate>;

/** The last day of its period a run may fall due on. */
const DUE_DAYS: Record<ChecklistCadence, { last: number; of: string }> = {
  DAILY: { last: 1, of: "a daily checklist" },
  WEEKLY: { last: 7, of: "the week" },
  MONTHLY: { last: 31, of: "the month" },
  QUARTERLY: { last: 92, of: "the quarter" },
  PRE_DEPLOY: { last: 1, of: "a pre-deploy checklist" },
};

/** Why `dueDay` does not fit the cadence, or null when it does. */
export function dueDayError(cadence: ChecklistCadence, dueDay: number): string | null {
  const { last, of } = DUE_DAYS[cadence];
  if (dueDay <= last) return null;
  return last === 1 ? `Use 1: ${of} has no other due day` : `Use a day from 1 to ${last} of ${of}`;
}
