import type { HandoffNoteDto, OnCallDto, OverrideDto, ScheduleDetailDto, ScheduleDto } from "@opsdeck/core";
import { WEEKDAYS } from "@opsdeck/core/schedule/rotation";
import { z } from "zod";

/* Response schemas of the on-call schedule routes. */

const ZIsoDate = z.string().describe("ISO 8601 date-time");
const ZUserRef = z.object({ email: z.string(), name: z.string().nullable() });

const ZLayerOut = z.object({
  name: z.string(),
  handoff: z.object({
    every: z.enum(["day", "week"]),
    at: z.string().describe("HH:MM in the schedule's zone"),
    weekday: z.enum(WEEKDAYS).nullable(),
  }),
  startsAt: ZIsoDate,
  members: z.array(ZUserRef).describe("In rotation order"),
});

export const ZScheduleOut = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  layers: z.array(ZLayerOut),
}) satisfies z.ZodType<ScheduleDto>;

export const ZOverrideOut = z.object({
  id: z.string(),
  layer: z.string(),
  user: ZUserRef,
  startsAt: ZIsoDate,
  endsAt: ZIsoDate.describe("Exclusive"),
  createdBy: z.string().nullable().describe("The email of who added it; null when added from the command line"),
}) satisfies z.ZodType<OverrideDto>;

export const ZScheduleDetailOut = ZScheduleOut.extend({
  overrides: z.array(ZOverrideOut).describe("Overrides not yet over, by start"),
}) satisfies z.ZodType<ScheduleDetailDto>;

export const ZOnCallOut = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  at: ZIsoDate,
  layers: z.array(
    z.object({
      name: z.string(),
      user: ZUserRef.nullable().describe("Null before the layer's rotation starts"),
      since: ZIsoDate.nullable(),
      until: ZIsoDate.nullable().describe("When this shift ends (the next handoff or an override's edge)"),
      override: z.boolean().describe("An override put this user on"),
    }),
  ),
}) satisfies z.ZodType<OnCallDto>;

export const ZScheduleCreated = z.object({ id: z.string() });

export const ZHandoffNoteOut = z.object({
  layer: z.string(),
  handoffAt: ZIsoDate.nullable().describe(
    "The layer's next handoff: the current shift's end; null when nobody holds the layer now or later",
  ),
  from: ZUserRef.nullable().describe("Who is on call on the layer now, and writes the note"),
  to: ZUserRef.nullable().describe("Who takes over at handoffAt and receives the note"),
  note: z.string().describe("Empty when none was written"),
  author: z.string().nullable().describe("The email of who last wrote it"),
  updatedAt: ZIsoDate.nullable(),
  mayEdit: z.boolean().describe("Whether the caller may write it: the person on call now, or an admin"),
}) satisfies z.ZodType<HandoffNoteDto>;

export const ZHandoffNotesOut = z.object({ layers: z.array(ZHandoffNoteOut).describe("In layer order") });
