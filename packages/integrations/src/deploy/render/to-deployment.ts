import type { Deployment } from "../types.ts";
import type { TRenderDeploy } from "./schemas.ts";

/** Render deploys carry the commit id and message but no author or URL of their own. */
export function fromRenderDeploy(d: TRenderDeploy): Deployment {
  return {
    id: d.id,
    commit: d.commit?.id ?? null,
    message: d.commit?.message ?? null,
    author: null,
    createdAt: new Date(d.createdAt).toISOString(),
    state: d.status,
    live: d.status === "live",
    url: null,
  };
}
