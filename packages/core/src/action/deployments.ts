import type { Deployment } from "@opsdeck/integrations";
import type { ServiceCall } from "../call.ts";
import { recordDeployments } from "../deploy-record/record.ts";
import { ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { isDeployKind } from "./kinds.ts";
import { deployProviderFor, recentDeployments } from "./providers.ts";
import { ZTargetRef } from "./target-schemas.ts";
import { type ActionDeps, loadTarget } from "./targets.ts";

/**
 * A deploy target's recent deployments, newest first, as its provider reports them now (VIEWER). What
 * was read is kept, so the charts' deploy markers have it at once.
 */
export async function listDeployments({
  db,
  ctx,
  input,
  deps,
  now = new Date(),
}: ServiceCall<{ id: string; limit?: number }> & { deps: ActionDeps }): Promise<Deployment[]> {
  assertRole(ctx, "VIEWER");
  const { id } = parseInput(ZTargetRef, input);
  const target = await loadTarget(db, id);
  if (!isDeployKind(target.kind))
    throw new ValidationError({ id: ["This target has no deployments: it is not a deploy target"] });
  const provider = await deployProviderFor(db, deps, target);
  const deployments = await recentDeployments(provider, Math.min(Math.max(input.limit ?? 20, 1), 100));
  await recordDeployments(db, target.id, deployments, now);
  return deployments;
}
