import type { ActionItemDto, ActionItemListDto, PostmortemDto } from "@opsdeck/core";
import { ACTION_ITEM_KINDS, ACTION_ITEM_STATUSES } from "@opsdeck/core/postmortem/fields";
import { z } from "zod";

/* Response schemas of the postmortem and action item routes. */

const ZIsoDate = z.string().describe("ISO 8601 date-time");
const ZUserRef = z.object({ id: z.string(), name: z.string().nullable(), email: z.string() });
const ZDue = z.enum(["due", "overdue"]).nullable().describe("Unpublished with a due time: before it (due) or past it");

export const ZActionItemOut = z.object({
  id: z.string(),
  kind: z.enum(ACTION_ITEM_KINDS),
  title: z.string(),
  status: z.enum(ACTION_ITEM_STATUSES),
  owner: ZUserRef.nullable(),
  dueDate: ZIsoDate.nullable().describe("The end of the day it is due (UTC)"),
  url: z.string().nullable(),
  overdue: z.boolean().describe("Not done and past its due date"),
}) satisfies z.ZodType<ActionItemDto>;

export const ZActionItemListOut = ZActionItemOut.extend({
  postmortem: z.object({ id: z.string(), title: z.string(), incidentNumber: z.number().int() }),
}) satisfies z.ZodType<ActionItemListDto>;

export const ZPostmortemOut = z.object({
  id: z.string(),
  status: z.enum(["DRAFT", "IN_REVIEW", "PUBLISHED"]),
  version: z.number().int().describe("Send it back as expectedVersion when editing"),
  title: z.string(),
  summary: z.string(),
  impact: z.string(),
  timeline: z.string().describe("One line per event, each with its time"),
  trigger: z.string(),
  rootCause: z.string(),
  resolution: z.string(),
  whatWentWell: z.string(),
  whatWentWrong: z.string(),
  lessonsLearned: z.string(),
  usersAffected: z.number().int().nullable(),
  revenueLostCents: z.number().int().nullable(),
  incident: z.object({
    id: z.string(),
    number: z.number().int(),
    title: z.string(),
    severity: z.enum(["P0", "P1", "P2", "P3"]),
    detectedAt: ZIsoDate,
    resolvedAt: ZIsoDate.nullable(),
  }),
  durationMs: z.number().nullable().describe("From detection to resolution"),
  dueAt: ZIsoDate.nullable().describe("48 h after resolution for P0 and P1; null for the others"),
  due: ZDue,
  publishedAt: ZIsoDate.nullable(),
  author: ZUserRef.nullable(),
  actionItems: z.array(ZActionItemOut),
  createdAt: ZIsoDate,
  updatedAt: ZIsoDate,
}) satisfies z.ZodType<PostmortemDto>;
