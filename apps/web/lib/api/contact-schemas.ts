import type { ContactMethodDto } from "@opsdeck/core/contact/dto";
import type { ContactTestResult } from "@opsdeck/core/contact/test-send";
import { z } from "zod";

/* Response schemas of the contact-method routes. */

const ZContactMethodOut = z.object({
  id: z.string(),
  kind: z.enum(["EMAIL", "SLACK", "WEBHOOK"]),
  address: z.string().describe("A mail address, a Slack member id, or the webhook's URL"),
  test: z
    .object({ at: z.string(), ok: z.boolean(), detail: z.string() })
    .nullable()
    .describe("The last test page: when, whether it was accepted, and the receiver's answer"),
  signingSecret: z
    .string()
    .optional()
    .describe("A webhook's HMAC-SHA256 signing secret (X-Opsdeck-Signature); given to its owner and admins only"),
}) satisfies z.ZodType<ContactMethodDto>;

export const ZContactMethodsOut = z.object({
  methods: z.array(ZContactMethodOut).max(10).describe("In the order they are paged (at most 10)"),
});

export const ZContactTestOut = z.object({
  ok: z.boolean().describe("The receiver accepted the test page"),
  detail: z
    .string()
    .describe("sent, or why not (no channel to send through, the receiver's answer, the connection error)"),
  durationMs: z.number().int(),
}) satisfies z.ZodType<ContactTestResult>;
