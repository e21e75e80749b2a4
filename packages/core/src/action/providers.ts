import type { Db } from "@opsdeck/db";
import { type DeployProvider, releasesProvider } from "@opsdeck/integrations";
import { ValidationError } from "../errors.ts";
import { restartEnvName, type ZReleasesConfig } from "./target-config.ts";
import { type ActionDeps, configOf, type TargetRow } from "./targets.ts";
import type { z } from "zod";

/** The deploy provider of a deploy target, with its credential (decrypted here, never returned). */
export async function deployProviderFor(
  _db: Db,
  deps: ActionDeps,
  target: TargetRow,
  run?: { id: string; number: number; requestedBy?: { email: string } | null },
): Promise<DeployProvider> {
  void run;
  switch (target.kind) {
    case "RELEASES": {
      const c = configOf<z.output<typeof ZReleasesConfig>>(target);
      const restartCommand = deps.env?.[restartEnvName(target.name)]?.trim() || undefined;
      return releasesProvider({ root: c.root, restartCommand });
    }
    default:
      throw new ValidationError({
        kind: [`${target.kind.toLowerCase()} targets cannot be rolled back by this server yet`],
      });
  }
}
