import { createJsonClient, type HttpTuning, type RequestOptions } from "../../http/json-client.ts";
import { parseBody } from "../../http/parse-body.ts";
import { describeWait } from "../../http/rate-limit-wait.ts";
import { sleep as defaultSleep } from "../../http/sleep.ts";
import type { DeployProvider, Deployment } from "../types.ts";
import {
  renderErrorMessage,
  type TRenderService,
  ZRenderDeploy,
  ZRenderDeployPage,
  ZRenderService,
} from "./schemas.ts";
import { fromRenderDeploy } from "./to-deployment.ts";
import { waitUntilLive } from "./wait-live.ts";

export const RENDER_API_URL = "https://api.render.com";

export interface RenderProviderOptions {
  apiKey: string;
  serviceId: string;
  baseUrl?: string;
  /** Between reads of the rollback deploy. Default 5 s. */
  pollMs?: number;
  /** How long to follow the rollback deploy. Default 15 min. */
  deployTimeoutMs?: number;
  http?: HttpTuning;
}

export interface RenderProvider extends DeployProvider {
  readonly kind: "render";
  /** Whether a push to the service's branch deploys on its own. */
  getAutoDeploy(opts?: { signal?: AbortSignal }): Promise<boolean>;
  /** Switches automatic deploys on or off; answers the value Render now holds. */
  setAutoDeploy(on: boolean, opts?: { signal?: AbortSignal }): Promise<boolean>;
}

export function renderProvider(options: RenderProviderOptions): RenderProvider {
  const http = createJsonClient({
    service: "Render",
    baseUrl: options.baseUrl ?? RENDER_API_URL,
    authorization: `Bearer ${options.apiKey}`,
    errorMessage: renderErrorMessage,
    resetHeader: "ratelimit-reset",
    ...options.http,
  });
  const servicePath = `/v1/services/${encodeURIComponent(options.serviceId)}`;
  type Req = Pick<RequestOptions, "signal" | "onWait">;
  const readService = async (req: Req) =>
    parseBody(ZRenderService, await http.request("GET", servicePath, req), "Render's service");

  async function page(query: Record<string, string | number | undefined>, req: Req) {
    const body = await http.request("GET", `${servicePath}/deploys`, { query, ...req });
    return parseBody(ZRenderDeployPage, body, "Render's deploy list");
  }

  async function list({ limit = 20, signal }: { limit?: number; signal?: AbortSignal } = {}) {
    const out: Deployment[] = [];
    let cursor: string | undefined;
    while (out.length < limit) {
      const size = Math.min(100, limit - out.length);
      const rows = await page({ limit: size, cursor }, { signal });
      out.push(...rows.map((r) => fromRenderDeploy(r.deploy)));
      if (rows.length < size) break;
      cursor = rows.at(-1)?.cursor;
    }
    return out;
  }

  async function current(req: Req = {}) {
    const [row] = await page({ status: "live", limit: 1 }, req);
    return row ? fromRenderDeploy(row.deploy) : null;
  }

  async function setAutoDeploy(on: boolean, { signal }: { signal?: AbortSignal } = {}) {
    const body = await http.request("PATCH", servicePath, { json: { autoDeploy: on ? "yes" : "no" }, signal });
    return parseBody(ZRenderService, body, "Render's service").autoDeploy === "yes";
  }

  return {
    kind: "render",
    list,
    current,
    setAutoDeploy,
    getAutoDeploy: async (opts = {}) => (await readService(opts)).autoDeploy === "yes",
    async rollback(deployId, io) {
      const req: Req = { signal: io.signal, onWait: (w) => io.log(describeWait(w)) };
      io.log(`Asking Render to roll ${options.serviceId} back to ${deployId}`);
      io.progress(0.05);
      const from = await current(req);
      const service = await readService(req);
      const created = parseBody(
        ZRenderDeploy,
        await http.request("POST", `${servicePath}/rollback`, { json: { deployId }, ...req }),
        "Render's rollback deploy",
      );
      io.log(`Render started deploy ${created.id} from the build of ${deployId}`);
      const live = await waitUntilLive(
        async () =>
          parseBody(
            ZRenderDeploy,
            await http.request("GET", `${servicePath}/deploys/${encodeURIComponent(created.id)}`, req),
            "Render's deploy",
          ),
        io,
        {
          pollMs: options.pollMs ?? 5_000,
          timeoutMs: options.deployTimeoutMs ?? 900_000,
          sleep: options.http?.sleep ?? defaultSleep,
        },
      );
      io.progress(1, `${live.id} is live`);
      const notes = rollbackNotes(service, deployId, live.id);
      for (const note of notes) io.log(note);
      return { from: from ? { ...from, live: false } : null, to: fromRenderDeploy(live), notes };
    },
  };
}

function rollbackNotes(service: TRenderService, targetId: string, liveId: string): string[] {
  const notes = [`Render rolled back by deploying ${targetId}'s build again as ${liveId}.`];
  if (service.autoDeploy === "yes") {
    notes.push(
      `Auto-deploy is still on for ${service.name}: the next push to ${service.branch ?? "its branch"} deploys again and can bring the bad change back. Switch auto-deploy off until the fix is merged.`,
    );
  } else {
    notes.push(`Auto-deploy is off for ${service.name}: switch it back on once the fix is merged.`);
  }
  return notes;
}
