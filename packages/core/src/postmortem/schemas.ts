import { ActionItemStatus, PostmortemStatus } from "@opsdeck/db";
import { z } from "zod";
import { ZIncidentNumber } from "../incident/schemas.ts";
import { ZCursor } from "../page/schemas.ts";
import {
  ACTION_ITEM_KINDS,
  ACTION_TITLE_MAX,
  MAX_COUNT,
  POSTMORTEM_FIELDS,
  type PostmortemTextField,
  SECTION_MAX,
  PM_TITLE_MAX,
} from "./fields.ts";

export const ZListPostmortems = z.object({
  status: z.enum(PostmortemStatus).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TListPostmortems = z.input<typeof ZListPostmortems>;

const id = z.string().trim().min(1, "Give an id").max(64, "Not found");

export const ZGetPostmortem = z.union([z.object({ id }), z.object({ incidentId: id })]);
export type TGetPostmortem = z.input<typeof ZGetPostmortem>;

export const ZPostmortemRef = z.object({ id });
export type TPostmortemRef = z.input<typeof ZPostmortemRef>;

export const ZCreatePostmortem = z.object({ number: ZIncidentNumber });
export type TCreatePostmortem = z.input<typeof ZCreatePostmortem>;

const section = z.string({ error: "Enter text" }).max(SECTION_MAX, `Use at most ${SECTION_MAX} characters`);
const count = (what: string) =>
  z
    .number({ error: `Enter ${what} as a whole number` })
    .int(`Enter ${what} as a whole number`)
    .min(0, "Cannot be negative")
    .max(MAX_COUNT, "Too large")
    .nullable();

const TEXT_SHAPE = {
  title: z
    .string({ error: "Enter a title" })
    .trim()
    .min(1, "Enter a title")
    .max(PM_TITLE_MAX, `Use at most ${PM_TITLE_MAX} characters`),
  summary: section,
  impact: section,
  timeline: section.describe("One line per event, each with its time"),
  trigger: section,
  rootCause: section,
  resolution: section,
  whatWentWell: section,
  whatWentWrong: section,
  lessonsLearned: section,
} satisfies Record<PostmortemTextField, z.ZodType>;

/** The written fields; each left out is unchanged. */
export const POSTMORTEM_PATCH_FIELDS = {
  ...Object.fromEntries(Object.entries(TEXT_SHAPE).map(([k, s]) => [k, s.optional()])),
  usersAffected: count("the number of users").optional(),
  revenueLostCents: count("the revenue lost, in cents").optional().describe("In cents"),
} as {
  [K in keyof typeof TEXT_SHAPE]: z.ZodOptional<(typeof TEXT_SHAPE)[K]>;
} & {
  usersAffected: z.ZodOptional<ReturnType<typeof count>>;
  revenueLostCents: z.ZodOptional<ReturnType<typeof count>>;
};

export const NOTHING_TO_SAVE = "Change at least one field";
export const changesSomething = (o: Record<string, unknown>) => POSTMORTEM_FIELDS.some((k) => o[k] !== undefined);

const ZVersion = z
  .number({ error: "Give the version you edited" })
  .int("Give the version you edited")
  .min(1, "Give the version you edited")
  .max(MAX_COUNT, "No such version");

export const ZUpdatePostmortem = z
  .object({
    id,
    expectedVersion: ZVersion.describe("The version the edit is based on: if another edit changed a field since, 409"),
    ...POSTMORTEM_PATCH_FIELDS,
  })
  .refine(changesSomething, NOTHING_TO_SAVE);
export type TUpdatePostmortem = z.input<typeof ZUpdatePostmortem>;

export const ZSetPostmortemStatus = z.object({
  id,
  status: z.enum(PostmortemStatus, { error: "Choose DRAFT, IN_REVIEW or PUBLISHED" }),
});
export type TSetPostmortemStatus = z.input<typeof ZSetPostmortemStatus>;

/** A user id, or null / "" for nobody; whether the user may own it is the service's check. */
const owner = z
  .string()
  .trim()
  .max(64, "No such user")
  .nullish()
  .transform((v) => v || null);
const dueDate = z
  .union([z.literal(""), z.iso.date({ error: "Enter a date as YYYY-MM-DD" })])
  .nullish()
  .transform((v) => v || null)
  .describe("A day (YYYY-MM-DD); overdue once it has passed (UTC)");
const isWebLink = (v: string) => {
  try {
    return ["http:", "https:"].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};
const url = z
  .string()
  .trim()
  .max(2000, "Use at most 2000 characters")
  .nullish()
  .transform((v) => v || null)
  .refine((v) => v === null || isWebLink(v), "Enter a link starting with http:// or https://")
  .describe("A link to the ticket or change");

const ACTION_ITEM_SHAPE = {
  kind: z.enum(ACTION_ITEM_KINDS, { error: "Choose PREVENT, DETECT or RESPOND" }),
  title: z
    .string({ error: "Describe the action" })
    .trim()
    .min(1, "Describe the action")
    .max(ACTION_TITLE_MAX, `Use at most ${ACTION_TITLE_MAX} characters`),
  ownerId: owner.describe("A responder or admin; null for nobody"),
  dueDate,
  status: z.enum(ActionItemStatus, { error: "Choose OPEN, IN_PROGRESS or DONE" }),
  url,
};

export const ZCreateActionItem = z.object({
  postmortemId: id,
  ...ACTION_ITEM_SHAPE,
  kind: ACTION_ITEM_SHAPE.kind.default("PREVENT"),
  status: ACTION_ITEM_SHAPE.status.default("OPEN"),
});
export type TCreateActionItem = z.input<typeof ZCreateActionItem>;

export const ACTION_ITEM_PATCH_FIELDS = {
  kind: ACTION_ITEM_SHAPE.kind.optional(),
  title: ACTION_ITEM_SHAPE.title.optional(),
  ownerId: ACTION_ITEM_SHAPE.ownerId.optional(),
  dueDate: ACTION_ITEM_SHAPE.dueDate.optional(),
  status: ACTION_ITEM_SHAPE.status.optional(),
  url: ACTION_ITEM_SHAPE.url.optional(),
};
const changesItem = (o: Record<string, unknown>) =>
  Object.keys(ACTION_ITEM_PATCH_FIELDS).some((k) => o[k] !== undefined);
export const NOTHING_TO_CHANGE_ITEM = "Change at least one of kind, title, owner, due date, status or link";

export const ZUpdateActionItem = z
  .object({ id, ...ACTION_ITEM_PATCH_FIELDS })
  .refine(changesItem, NOTHING_TO_CHANGE_ITEM);
export type TUpdateActionItem = z.input<typeof ZUpdateActionItem>;

export const ZActionItemRef = z.object({ id });
export type TActionItemRef = z.input<typeof ZActionItemRef>;

export const ZActionItemFilter = z.enum([...Object.values(ActionItemStatus), "NOT_DONE"], {
  error: "Choose OPEN, IN_PROGRESS, DONE or NOT_DONE",
});
export const ZListActionItems = z.object({
  status: ZActionItemFilter.optional().describe("NOT_DONE: open or in progress"),
  overdue: z
    .union([z.boolean(), z.enum(["true", "false"])])
    .optional()
    .describe("true: only those past their due date and not done"),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  cursor: ZCursor,
});
export type TListActionItems = z.input<typeof ZListActionItems>;
