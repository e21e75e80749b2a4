import { z } from "zod";

/** A deployment as a webhook's deploymentsUrl reports it; nullable fields may be left out. */
export const ZWebhookDeployment = z.object({
  id: z.string().min(1),
  commit: z.string().nullable().default(null),
  message: z.string().nullable().default(null),
  author: z.string().nullable().default(null),
  createdAt: z.iso.datetime({ offset: true }),
  state: z.string().min(1),
  live: z.boolean(),
  url: z.string().nullable().default(null),
});

export const ZWebhookDeployments = z.object({ deployments: z.array(ZWebhookDeployment) });

export type TWebhookDeployments = z.infer<typeof ZWebhookDeployments>;

/** The first few problems as "deployments[0].createdAt: Invalid ISO datetime". */
export function describeIssues(error: z.ZodError, max = 3): string {
  const described = error.issues.slice(0, max).map((issue) => {
    const where = issue.path
      .map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
      .join("");
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - max;
  return more > 0 ? `${described.join("; ")} (and ${more} more)` : described.join("; ");
}
