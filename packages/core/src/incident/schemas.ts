import { IncidentStatus, Severity } from "@opsdeck/db";
import { z } from "zod";
import { ZCursor } from "../page/schemas.ts";
import { optionalText } from "../zod-text.ts";

export const ZSeverity = z.enum(Severity, { error: "Choose a severity: P0, P1, P2 or P3" });
export const ZIncidentStatus = z.enum(IncidentStatus, {
  error: "Choose a status: INVESTIGATING, IDENTIFIED, MONITORING or RESOLVED",
});

/** "open" is everything not RESOLVED. */
export const ZIncidentStatusFilter = z.enum(["open", "resolved", "all"]);

export const ZListIncidents = z.object({
  status: ZIncidentStatusFilter.default("open"),
  severity: z
    .union([ZSeverity, z.array(ZSeverity).min(1)])
    .optional()
    .transform((s) => (s === undefined ? undefined : [s].flat())),
  serviceId: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: ZCursor,
});
export type TListIncidents = z.input<typeof ZListIncidents>;

/** Incident numbers are Postgres integers. */
export const MAX_INCIDENT_NUMBER = 2_147_483_647;
export const ZIncidentNumber = z.coerce
  .number({ error: "Give an incident number" })
  .int("Give an incident number")
  .min(1, "Give an incident number")
  .max(MAX_INCIDENT_NUMBER, "No incident has that number");

export const ZGetIncident = z.union([z.object({ id: z.string().min(1) }), z.object({ number: ZIncidentNumber })]);
export type TGetIncident = z.input<typeof ZGetIncident>;

export const TITLE_MAX = 200;
export const TEXT_MAX = 5000;
export const IMPACT_MAX = 1000;

const text = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(max, `Use at most ${max} characters`);
/** A user id, or null / "" for nobody; whether the user exists is the service's check. */
const userRef = z
  .string()
  .trim()
  .max(64, "No such user")
  .nullish()
  .transform((v) => v || null);
const instant = (what: string) =>
  z.iso.datetime({ offset: true, error: `Enter ${what} as an ISO 8601 date-time (e.g. 2026-11-23T14:05:00Z)` });

export const ZDeclareIncident = z.object({
  title: text("a title", TITLE_MAX),
  severity: ZSeverity,
  services: z
    .array(z.string().trim().min(1, "Choose a service").max(60, "No service has that slug"), {
      error: "Choose at least one affected service",
    })
    .min(1, "Choose at least one affected service")
    .max(20, "Choose at most 20 services")
    .describe("Slugs of the affected services"),
  summary: optionalText(TEXT_MAX),
  commanderId: userRef.describe("Defaults to the declarer"),
  detectedAt: instant("when it was detected")
    .nullish()
    .describe("When it began, if before it was declared (at most 30 days back); defaults to now"),
});
export type TDeclareIncident = z.input<typeof ZDeclareIncident>;

export const ZIncidentRef = z.object({ number: ZIncidentNumber });
export type TIncidentRef = z.input<typeof ZIncidentRef>;

/** The runbook's update template: status, impact, next update / ETA, details. */
export const ZPostIncidentUpdate = z.object({
  number: ZIncidentNumber,
  status: ZIncidentStatus,
  impact: optionalText(IMPACT_MAX),
  nextUpdateAt: instant("the next update").nullish(),
  message: text("the details of the update", TEXT_MAX),
});
export type TPostIncidentUpdate = z.input<typeof ZPostIncidentUpdate>;

export const ZAddIncidentNote = z.object({
  number: ZIncidentNumber,
  text: text("the note", TEXT_MAX),
  at: instant("the time").nullish().describe("When it happened, for a note written after the fact; defaults to now"),
});
export type TAddIncidentNote = z.input<typeof ZAddIncidentNote>;

export const ZResolveIncident = z.object({ number: ZIncidentNumber, message: optionalText(TEXT_MAX) });
export type TResolveIncident = z.input<typeof ZResolveIncident>;

export const ZReopenIncident = z.object({ number: ZIncidentNumber, reason: optionalText(TEXT_MAX) });
export type TReopenIncident = z.input<typeof ZReopenIncident>;

export const INCIDENT_PATCH_FIELDS = {
  severity: ZSeverity.optional(),
  commanderId: userRef.optional(),
  commsLeadId: userRef.optional(),
  customerFacing: z.boolean({ error: "Use true or false" }).optional(),
  public: z
    .boolean({ error: "Use true or false" })
    .optional()
    .describe("Publish it on the status page: its title, severity, status and status updates"),
  mitigatedAt: instant("when it was mitigated").optional(),
};
/** Fields left out are unchanged; at least one must be given. */
export const atLeastOneChange = <T extends Record<string, unknown>>(o: T) =>
  Object.keys(INCIDENT_PATCH_FIELDS).some((k) => o[k] !== undefined);
export const NOTHING_TO_CHANGE =
  "Change at least one of severity, commander, communications lead, customer-facing, public or mitigated time";

export const ZUpdateIncident = z
  .object({ number: ZIncidentNumber, ...INCIDENT_PATCH_FIELDS })
  .refine(atLeastOneChange, NOTHING_TO_CHANGE);
export type TUpdateIncident = z.input<typeof ZUpdateIncident>;
