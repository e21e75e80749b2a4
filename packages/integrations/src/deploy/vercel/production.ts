import type { TVercelProject } from "./schemas.ts";

/**
 * Which deployment serves production. `targets.production` is the project's production target;
 * a rollback or promotion that succeeded after that deployment was created points the domains
 * elsewhere, so its `toDeploymentId` wins.
 */
export function productionDeploymentId(project: TVercelProject): string | null {
  const target = project.targets?.production ?? null;
  const job = project.lastAliasRequest;
  if (job?.jobStatus === "succeeded" && (!target || job.requestedAt >= target.createdAt)) return job.toDeploymentId;
  return target?.id ?? null;
}
