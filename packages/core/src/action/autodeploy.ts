import type { RenderProvider } from "@opsdeck/integrations";
import { z } from "zod";
import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { deployProviderFor } from "./providers.ts";
import { type ActionDeps, loadTarget } from "./targets.ts";
import { fromProvider } from "./upstream.ts";

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
  const render = (await deployProviderFor(db, deps, target)) as RenderProvider;
  if (q.on === undefined)
    return { autoDeploy: await fromProvider("Render", (signal) => render.getAutoDeploy({ signal })) };
  const on = q.on;
  const [before, after] = await fromProvider("Render", async (signal) => {
    const was = await render.getAutoDeploy({ signal });
    return [was, await render.setAutoDeploy(on, { signal })] as const;
  });
  await recordAudit(db, ctx, {
    action: "target.autodeploy",
    targetType: "target",
    targetId: target.id,
    before: { autoDeploy: before },
    after: { autoDeploy: after },
  });
  return { autoDeploy: after };
}
