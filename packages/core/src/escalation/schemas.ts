import { z } from "zod";
import { pageLimit, ZCursor } from "../page/schemas.ts";
import { ZSeverity } from "../incident/schemas.ts";
import { ZServiceSlug } from "../service/schemas.ts";
import { ZEmail } from "../user/schemas.ts";

import { ESCALATION_HOURS, MAX_POLICY_STEPS, MAX_REPEAT, MAX_WAIT_MINUTES } from "./limits.ts";

export { ESCALATION_HOURS, MAX_POLICY_STEPS, MAX_REPEAT, MAX_WAIT_MINUTES };

const text = (what: string, max: number) =>
  z
    .string({ error: `Name the ${what}` })
    .trim()
    .min(1, `Name the ${what}`)
    .max(max, `Use at most ${max} characters`);

/** Whom a step pages: a schedule layer's person at send time, or one named user. */
export const ZStepTarget = z
  .object({
    schedule: text("schedule", 100).optional().describe("The schedule's name (with `layer`)"),
    layer: text("layer", 50).optional().describe("The layer whose current person is paged"),
    email: ZEmail.optional().describe("A named user paged instead of a schedule layer"),
  })
  .superRefine((t, c) => {
    if (t.email !== undefined && (t.schedule !== undefined || t.layer !== undefined))
      c.addIssue({ code: "custom", path: ["email"], message: "Page either a schedule layer or a user, not both" });
    else if (t.email === undefined) {
      if (t.schedule === undefined)
        c.addIssue({ code: "custom", path: ["schedule"], message: "Name a schedule (and layer) or a user's email" });
      if (t.layer === undefined) c.addIssue({ code: "custom", path: ["layer"], message: "Name the schedule's layer" });
    }
  });

export const ZStep = z.object({
  notify: ZStepTarget,
  waitMinutes: z
    .number({ error: "Enter the wait in whole minutes" })
    .int("Enter the wait in whole minutes")
    .min(1, "Wait at least 1 minute before the next step")
    .max(MAX_WAIT_MINUTES, `Wait at most ${MAX_WAIT_MINUTES} minutes (a day)`)
    .describe("Minutes to wait for an acknowledgement before the next step"),
});

export const ZCreatePolicy = z.object({
  name: text("policy", 100),
  severities: z
    .array(ZSeverity, { error: "Choose at least one severity" })
    .min(1, "Choose at least one severity")
    .max(4, "Choose each severity once")
    .refine((s) => new Set(s).size === s.length, "Choose each severity once"),
  services: z
    .array(ZServiceSlug, { error: "List services by slug" })
    .max(50, "Use at most 50 services")
    .optional()
    .describe("Service slugs the policy covers; none covers every service"),
  hours: z.enum(ESCALATION_HOURS, { error: "Choose ALWAYS or WORKING_HOURS" }).optional(),
  steps: z
    .array(ZStep, { error: "Add at least one step" })
    .min(1, "Add at least one step")
    .max(MAX_POLICY_STEPS, `Use at most ${MAX_POLICY_STEPS} steps`),
  repeat: z
    .number({ error: "Enter how many times the chain repeats" })
    .int("Enter a whole number")
    .min(0, "Repeat 0 or more times")
    .max(MAX_REPEAT, `Repeat at most ${MAX_REPEAT} times`)
    .describe("How many more times the whole chain runs after the first"),
});
export type TCreatePolicy = z.input<typeof ZCreatePolicy>;

export const ZPolicyRef = z.object({
  id: z.string({ error: "Name a policy" }).trim().min(1, "Name a policy").max(64, "Not a policy id"),
});
export type TPolicyRef = z.input<typeof ZPolicyRef>;

/** An edit sends the whole policy again: its steps replace the old ones. */
export const ZUpdatePolicy = ZCreatePolicy.extend(ZPolicyRef.shape);
export type TUpdatePolicy = z.input<typeof ZUpdatePolicy>;

export const ZListPolicies = z.object({
  limit: pageLimit(200).optional().describe("Most policies returned, by name; all when left out"),
  cursor: ZCursor,
});
export type TListPolicies = z.input<typeof ZListPolicies>;
