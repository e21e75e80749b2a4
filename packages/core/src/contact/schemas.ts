import { z } from "zod";

export const CONTACT_KINDS = ["EMAIL", "SLACK", "WEBHOOK"] as const;
export const MAX_CONTACT_METHODS = 10;

/** Slack member ids: U… or W… (Enterprise Grid), upper-case letters and digits. */
const SLACK_MEMBER = /^[UW][A-Z0-9]{6,20}$/;

const email = z.object({
  kind: z.literal("EMAIL"),
  address: z.email({ error: "Enter an email address" }).max(254, "Use at most 254 characters"),
});
const slack = z.object({
  kind: z.literal("SLACK"),
  address: z
    .string({ error: "Enter a Slack member id" })
    .trim()
    .regex(SLACK_MEMBER, "Enter a Slack member id such as U012AB3CD (Profile → ⋮ → Copy member ID)")
    .describe("A Slack member id, mentioned in the message posted to the Slack notification channel"),
});
const webhook = z.object({
  kind: z.literal("WEBHOOK"),
  address: z
    .url({ protocol: /^https?$/, error: "Enter an http(s) URL" })
    .max(2000, "Use at most 2000 characters")
    .describe("Receives the page as JSON signed with X-Opsdeck-Signature (HMAC-SHA256)"),
});

export const ZContactMethod = z.discriminatedUnion("kind", [email, slack, webhook], {
  error: `Choose the kind: ${CONTACT_KINDS.join(", ")}`,
});
export type TContactMethod = z.output<typeof ZContactMethod>;

/** A person's whole list, in the order they are tried; the same method twice is refused. */
export const ZContactMethods = z
  .array(ZContactMethod)
  .max(MAX_CONTACT_METHODS, `Keep at most ${MAX_CONTACT_METHODS} contact methods`)
  .superRefine((list, c) => {
    const seen = new Set<string>();
    list.forEach((m, i) => {
      const key = `${m.kind}:${m.kind === "EMAIL" ? m.address.toLowerCase() : m.address}`;
      if (seen.has(key)) c.addIssue({ code: "custom", path: [i, "address"], message: "Listed twice" });
      seen.add(key);
    });
  });

export const ZContactOwner = z.object({
  email: z.string({ error: "Name the user by email" }).trim().min(1, "Name the user by email").max(254),
});
export const ZContactMethodRef = z.object({ id: z.string().trim().min(1, "Name a contact method").max(64) });
