import { z } from "zod";
import { SEVERITIES } from "./policy.ts";

/** Bounds a sane policy stays within: a cadence under 5 minutes is noise, a target past 30 days no target. */
export const POLICY_BOUNDS = {
  responseMinutes: { min: 1, max: 10_080 },
  resolveMinutes: { min: 1, max: 43_200 },
  updateCadenceMinutes: { min: 5, max: 1440 },
  postmortemDueHours: { min: 1, max: 720 },
} as const;

const minutes = (what: string, { min, max }: { min: number; max: number }) =>
  z
    .int({ error: `Enter ${what} as a whole number of minutes` })
    .min(min, `At least ${min} min`)
    .max(max, `At most ${max} min`);

export const ZPolicySeverity = z.enum(SEVERITIES, { error: `Choose a severity: ${SEVERITIES.join(", ")}` });

export const ZSeverityPolicyRef = z.object({ severity: ZPolicySeverity });

/** One severity's targets (every field is replaced), without the severity itself: the API's body. */
export const POLICY_FIELDS = {
  responseMinutes: minutes("the response target", POLICY_BOUNDS.responseMinutes).describe(
    "Acknowledge within this many minutes of detection",
  ),
  resolveMinutes: minutes("the resolve target", POLICY_BOUNDS.resolveMinutes).describe(
    "Resolve within this many minutes of detection; at least the response target",
  ),
  updateCadenceMinutes: minutes("the update cadence", POLICY_BOUNDS.updateCadenceMinutes)
    .nullable()
    .describe("A status update at least this often while open; null for none"),
  postmortemRequired: z.boolean({ error: "Use true or false" }),
  postmortemDueHours: z
    .int({ error: "Enter the postmortem's due time as a whole number of hours" })
    .min(POLICY_BOUNDS.postmortemDueHours.min, `At least ${POLICY_BOUNDS.postmortemDueHours.min} h`)
    .max(POLICY_BOUNDS.postmortemDueHours.max, `At most ${POLICY_BOUNDS.postmortemDueHours.max} h`)
    .describe("A required postmortem is due this many hours after resolution"),
};

/** Resolution cannot be promised sooner than a response. */
export const resolveNotBeforeResponse: [
  (p: { responseMinutes: number; resolveMinutes: number }) => boolean,
  { path: string[]; message: string },
] = [
  (p) => p.resolveMinutes >= p.responseMinutes,
  { path: ["resolveMinutes"], message: "Cannot be shorter than the response target" },
];

/** A severity's whole policy: every field is replaced. */
export const ZUpdateSeverityPolicy = z
  .object({ severity: ZPolicySeverity, ...POLICY_FIELDS })
  .refine(...resolveNotBeforeResponse);
export type TUpdateSeverityPolicy = z.input<typeof ZUpdateSeverityPolicy>;
