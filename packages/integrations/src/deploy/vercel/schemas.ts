import { z } from "zod";

const ZMeta = z.record(z.string(), z.string().optional()).optional();

/** An item of GET /v6/deployments (only the fields we read). */
export const ZVercelListItem = z.object({
  uid: z.string(),
  url: z.string().nullish(),
  created: z.number(),
  state: z.string().optional(),
  readyState: z.string().optional(),
  meta: ZMeta,
  creator: z.object({ username: z.string().optional() }).partial().optional(),
});

export const ZVercelDeploymentList = z.object({
  deployments: z.array(ZVercelListItem),
  pagination: z.object({ next: z.number().nullable().optional() }).optional(),
});

/** GET /v13/deployments/{id}, and the deployment inside a project's `targets.production`. */
export const ZVercelDeployment = z.object({
  id: z.string(),
  url: z.string().nullish(),
  createdAt: z.number(),
  readyState: z.string().optional(),
  meta: ZMeta,
  creator: z.object({ username: z.string().optional() }).partial().optional(),
});

export const ZLastAliasRequest = z.object({
  toDeploymentId: z.string(),
  fromDeploymentId: z.string().nullish(),
  jobStatus: z.string(),
  requestedAt: z.number(),
  type: z.string().optional(),
});

/** GET /v9/projects/{idOrName}: where production points and the last rollback/promote job. */
export const ZVercelProject = z.object({
  id: z.string(),
  name: z.string(),
  autoAssignCustomDomains: z.boolean().optional(),
  lastAliasRequest: ZLastAliasRequest.nullish(),
  targets: z.object({ production: ZVercelDeployment.nullish() }).partial().nullish(),
});

export type TVercelListItem = z.infer<typeof ZVercelListItem>;
export type TVercelDeployment = z.infer<typeof ZVercelDeployment>;
export type TVercelProject = z.infer<typeof ZVercelProject>;
export type TLastAliasRequest = z.infer<typeof ZLastAliasRequest>;

/** Vercel errors are `{ error: { code, message } }`. */
export function vercelErrorMessage(body: unknown): string | null {
  const parsed = z.object({ error: z.object({ message: z.string(), code: z.string().optional() }) }).safeParse(body);
  if (!parsed.success) return null;
  const { code, message } = parsed.data.error;
  return code ? `${message.replace(/\.$/, "")} [${code}]` : message;
}
