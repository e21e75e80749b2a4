import { IncidentStatus, Severity } from "@opsdeck/db";
import { z } from "zod";

export const ZSeverity = z.enum(Severity);
export const ZIncidentStatus = z.enum(IncidentStatus);

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
});
export type TListIncidents = z.input<typeof ZListIncidents>;

export const ZGetIncident = z.union([
  z.object({ id: z.string().min(1) }),
  z.object({ number: z.coerce.number().int().positive() }),
]);
export type TGetIncident = z.input<typeof ZGetIncident>;
