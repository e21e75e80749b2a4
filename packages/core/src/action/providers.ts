import type { Db } from "@opsdeck/db";
import {
  type DeployProvider,
  type Deployment,
  releasesProvider,
  renderProvider,
  vercelProvider,
  webhookProvider,
} from "@opsdeck/integrations";
import { ValidationError } from "../errors.ts";
import {
  restartEnvName,
  type ZReleasesConfig,
  type ZRenderConfig,
  type ZVercelConfig,
  type ZWebhookConfig,
} from "./target-config.ts";
import { type ActionDeps, configOf, credentialOf, type TargetRow } from "./targets.ts";
import { fromProvider } from "./upstream.ts";
import type { z } from "zod";

/** The deploy provider of a deploy target, with its credential (decrypted here, never returned). */
export async function deployProviderFor(db: Db, deps: ActionDeps, target: TargetRow): Promise<DeployProvider> {
  switch (target.kind) {
    case "RELEASES": {
      const c = configOf<z.output<typeof ZReleasesConfig>>(target);
      const restartCommand = deps.env?.[restartEnvName(target.name)]?.trim() || undefined;
      return releasesProvider({ root: c.root, restartCommand });
    }
    case "WEBHOOK": {
      const c = configOf<z.output<typeof ZWebhookConfig>>(target);
      const secret = await credentialOf(db, deps, target);
      return webhookProvider({ url: c.url, deploymentsUrl: c.deploymentsUrl, secret, targetName: target.name });
    }
    case "VERCEL": {
      const c = configOf<z.output<typeof ZVercelConfig>>(target);
      const token = await credentialOf(db, deps, target);
      return vercelProvider({ token, projectId: c.projectId, teamId: c.teamId, baseUrl: c.apiBaseUrl });
    }
    case "RENDER": {
      const c = configOf<z.output<typeof ZRenderConfig>>(target);
      const apiKey = await credentialOf(db, deps, target);
      return renderProvider({ apiKey, serviceId: c.serviceId, baseUrl: c.apiBaseUrl });
    }
    default:
      throw new ValidationError({ kind: [`A ${target.kind.toLowerCase()} target has no deployments`] });
  }
}

/** The provider's recent deployments; a provider failure becomes an UpstreamError with its message. */
export const recentDeployments = (provider: DeployProvider, limit: number): Promise<Deployment[]> =>
  fromProvider(`The ${provider.kind} provider`, (signal) => provider.list({ limit, signal }));
