import { z } from "zod";

export const ZRenderDeploy = z.object({
  id: z.string(),
  status: z.string(),
  trigger: z.string().optional(),
  commit: z.object({ id: z.string().optional(), message: z.string().optional() }).nullish(),
  createdAt: z.string(),
  finishedAt: z.string().nullish(),
});

/** GET /v1/services/{id}/deploys answers a bare array of `{ deploy, cursor }`. */
export const ZRenderDeployPage = z.array(z.object({ deploy: ZRenderDeploy, cursor: z.string() }));

export const ZRenderService = z.object({
  id: z.string(),
  name: z.string(),
  autoDeploy: z.enum(["yes", "no"]),
  branch: z.string().optional(),
});

export type TRenderDeploy = z.infer<typeof ZRenderDeploy>;
export type TRenderService = z.infer<typeof ZRenderService>;

/** Render errors are `{ id, message }`. */
export function renderErrorMessage(body: unknown): string | null {
  const parsed = z.object({ message: z.string() }).safeParse(body);
  return parsed.success ? parsed.data.message : null;
}
