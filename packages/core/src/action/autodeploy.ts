import { ProviderError, renderProvider } from "@opsdeck/integrations";
import { z } from "zod";
import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { UpstreamError, ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { ZRenderConfig } from "./target-config.ts";
import { type ActionDeps, configOf, credentialOf, loadTarget } from "./targets.ts";

export const ZAutoDeploy = z.object({ id: z.string().trim().min(1).max(100), on: z.boolean().optional() });

/**
 * A Render service's automatic deploys: read them (`on` omitted) or switch them (RESPONDER, audited).
 * After a rollback, a push to the branch would redeploy the bad code until they are off.
 */
export async function renderAutoDeploy({
  db,
  ctx,
  input,
  deps,
}: ServiceCall<z.input<typeof ZAutoDeploy>> & { deps: ActionDeps }): Promise<{ autoDeploy: boolean }> {
  assertRole(ctx, input.on === undefined ? "VIEWER" : "RESPONDER");
  const q = parseInput(ZAutoDeploy, input);
  const target = await loadTarget(db, q.id);
  if (target.kind !== "RENDER")
    throw new ValidationError({ id: ["Only Render targets have automatic deploys to switch"] });
  const c = configOf<z.output<typeof ZRenderConfig>>(target);
  const render = renderProvider({
    apiKey: await credentialOf(db, deps, target),
    serviceId: c.serviceId,
    baseUrl: c.apiBaseUrl,
  });
  try {
    const signal = AbortSignal.timeout(15_000);
    if (q.on === undefined) return { autoDeploy: await render.getAutoDeploy({ signal }) };
    const before = await render.getAutoDeploy({ signal });
    const after = await render.setAutoDeploy(q.on, { signal });
    await recordAudit(db, ctx, {
      action: "target.autodeploy",
      targetType: "target",
      targetId: target.id,
      before: { autoDeploy: before },
      after: { autoDeploy: after },
    });
    return { autoDeploy: after };
  } catch (err) {
    if (err instanceof ProviderError) throw new UpstreamError(err.message);
    throw err;
  }
}
