import { z } from "zod";
import { pageLimit, ZCursor } from "../page/schemas.ts";
import { ZEmail } from "../user/schemas.ts";
import { canonicalTimeZone } from "../time/zone.ts";
import { WEEKDAYS } from "./rotation.ts";

export const MAX_LAYERS = 10;
export const MAX_MEMBERS = 50;
export const MAX_OVERRIDE_DAYS = 90;
const EARLIEST = Date.parse("2000-01-01T00:00:00Z");
const LATEST = Date.parse("2100-01-01T00:00:00Z");

const name = (what: string, max: number) =>
  z
    .string({ error: `Name the ${what}` })
    .trim()
    .min(1, `Name the ${what}`)
    .max(max, `Use at most ${max} characters`);

/** An ISO 8601 instant with its offset, between 2000 and 2099. */
export const scheduleInstant = (what: string) =>
  z.iso
    .datetime({ offset: true, error: `Enter ${what} as an ISO 8601 date-time (e.g. 2026-11-23T09:00:00Z)` })
    .refine((v) => Date.parse(v) >= EARLIEST && Date.parse(v) < LATEST, `Use a ${what} between 2000 and 2099`)
    .transform((v) => new Date(v));

export const ZTimeZoneName = z
  .string({ error: "Choose a time zone" })
  .trim()
  .min(1, "Choose a time zone")
  .max(64, "Unknown time zone")
  .refine((v) => canonicalTimeZone(v) !== null, "Unknown time zone")
  .transform((v) => canonicalTimeZone(v) as string)
  .describe("IANA time zone of the handoff times, e.g. Europe/Berlin");

export const ZHandoff = z
  .object({
    every: z.enum(["day", "week"], { error: "Hand off every day or every week" }),
    at: z
      .string({ error: "Enter the handoff time as HH:MM" })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter the handoff time as HH:MM (00:00 to 23:59)")
      .describe(
        "Local time of the handoff in the schedule's zone; a time the clocks skip hands off at the end of the gap",
      ),
    weekday: z.enum(WEEKDAYS, { error: "Choose a weekday" }).optional().describe("The day of a weekly handoff"),
  })
  .superRefine((h, c) => {
    if (h.every === "week" && !h.weekday)
      c.addIssue({ code: "custom", path: ["weekday"], message: "Choose the weekday of the handoff" });
    if (h.every === "day" && h.weekday)
      c.addIssue({ code: "custom", path: ["weekday"], message: "A daily handoff has no weekday" });
  });

export const ZLayerInput = z.object({
  name: name("layer", 50).describe('e.g. "primary", "secondary"'),
  handoff: ZHandoff,
  startsAt: scheduleInstant("start").describe(
    "When the rotation starts: its first member is on call until the next handoff",
  ),
  members: z
    .array(ZEmail, { error: "List the members' emails" })
    .min(1, "Add at least one member")
    .max(MAX_MEMBERS, `Use at most ${MAX_MEMBERS} members`)
    .describe("Users' emails in rotation order"),
});

export const ZCreateSchedule = z.object({
  name: name("schedule", 100),
  timeZone: ZTimeZoneName,
  layers: z
    .array(ZLayerInput, { error: "Add at least one layer" })
    .min(1, "Add at least one layer")
    .max(MAX_LAYERS, `Use at most ${MAX_LAYERS} layers`),
});
export type TCreateSchedule = z.input<typeof ZCreateSchedule>;

export const ZScheduleRef = z.object({
  id: z.string({ error: "Name a schedule" }).trim().min(1, "Name a schedule").max(64, "Not a schedule id"),
});
export type TScheduleRef = z.input<typeof ZScheduleRef>;

export const ZListSchedules = z.object({
  limit: pageLimit(200).optional().describe("Most schedules returned, by name; all when left out"),
  cursor: ZCursor,
});
export type TListSchedules = z.input<typeof ZListSchedules>;

export const ZOnCallQuery = z.object({
  at: scheduleInstant("time").optional().describe("The instant asked about; now when left out"),
});
export const ZScheduleOnCall = ZScheduleRef.extend(ZOnCallQuery.shape);
export type TScheduleOnCall = z.input<typeof ZScheduleOnCall>;

/** An override's fields: the API body, and with the schedule's id the service's input. */
export const OVERRIDE_FIELDS = {
  layer: name("layer", 50).describe("The layer's name"),
  email: ZEmail.describe("The user on call instead"),
  startsAt: scheduleInstant("start"),
  endsAt: scheduleInstant("end").describe("Exclusive; at most 90 days after the start"),
};

/** An override ends after it starts, within MAX_OVERRIDE_DAYS. */
export function checkOverrideRange(o: { startsAt: Date; endsAt: Date }, c: z.RefinementCtx): void {
  // Zod runs this even when a field was refused (and so is still the text sent): those errors say enough.
  if (!(o.startsAt instanceof Date && o.endsAt instanceof Date)) return;
  const ms = o.endsAt.getTime() - o.startsAt.getTime();
  if (ms <= 0) c.addIssue({ code: "custom", path: ["endsAt"], message: "End the override after it starts" });
  else if (ms > MAX_OVERRIDE_DAYS * 86_400_000)
    c.addIssue({ code: "custom", path: ["endsAt"], message: `Keep an override to at most ${MAX_OVERRIDE_DAYS} days` });
}

export const ZAddOverride = z.object({ ...ZScheduleRef.shape, ...OVERRIDE_FIELDS }).superRefine(checkOverrideRange);
export type TAddOverride = z.input<typeof ZAddOverride>;

export const ZOverrideRef = ZScheduleRef.extend({
  overrideId: z.string({ error: "Name an override" }).trim().min(1, "Name an override").max(64, "Not an override id"),
});
export type TOverrideRef = z.input<typeof ZOverrideRef>;
