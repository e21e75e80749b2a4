import type { EscalationPolicyDto } from "@opsdeck/core";
import { z } from "zod";

/* Response schemas of the escalation policy routes. */

const ZSeverityOut = z.enum(["P0", "P1", "P2", "P3"]);

export const ZPolicyOut = z.object({
  id: z.string(),
  name: z.string(),
  severities: z.array(ZSeverityOut),
  services: z.array(z.string()).describe("Service slugs; empty covers every service"),
  hours: z.enum(["ALWAYS", "WORKING_HOURS"]),
  repeat: z.number().int(),
  steps: z.array(
    z.object({
      notify: z.union([z.object({ schedule: z.string(), layer: z.string() }), z.object({ email: z.string() })]),
      waitMinutes: z.number().int(),
    }),
  ),
}) satisfies z.ZodType<EscalationPolicyDto>;
