import { createJsonClient, type HttpTuning, type RequestOptions } from "../../http/json-client.ts";
import { parseBody } from "../../http/parse-body.ts";
import { describeWait } from "../../http/rate-limit-wait.ts";
import { sleep as defaultSleep } from "../../http/sleep.ts";
import type { RunIo } from "../../run-io.ts";
import type { DeployProvider, Deployment, RollbackResult } from "../types.ts";
import { waitForAliasJob } from "./alias-job.ts";
import { productionDeploymentId } from "./production.ts";
import { vercelErrorMessage, ZVercelDeployment, ZVercelDeploymentList, ZVercelProject } from "./schemas.ts";
import { fromDeployment, fromListItem } from "./to-deployment.ts";

export const VERCEL_API_URL = "https://api.vercel.com";

export interface VercelProviderOptions {
  token: string;
  projectId: string;
  /** Sent as `?teamId=` on every call when the project belongs to a team. */
  teamId?: string;
  baseUrl?: string;
  /** Between reads of the rollback/promote job. Default 2 s. */
  pollMs?: number;
  /** How long to follow a rollback/promote job. Default 3 min, as `vercel rollback` waits. */
  jobTimeoutMs?: number;
  http?: HttpTuning;
}

export interface VercelProvider extends DeployProvider {
  readonly kind: "vercel";
  /** Points production at `deploymentId` and turns auto-assignment of production domains back on (undoes a rollback). */
  promote(deploymentId: string, io: RunIo): Promise<RollbackResult>;
}

export const VERCEL_ROLLBACK_NOTES = [
  "After a rollback Vercel stops assigning new production deployments to the production domains: pushes to the production branch still build but do not go live.",
  "To resume, promote a deployment (Promote here, `vercel promote <deployment>`, or Promote to Production in the dashboard); promoting turns auto-assignment back on.",
];

export function vercelProvider(options: VercelProviderOptions): VercelProvider {
  const http = createJsonClient({
    service: "Vercel",
    baseUrl: options.baseUrl ?? VERCEL_API_URL,
    authorization: `Bearer ${options.token}`,
    defaultQuery: { teamId: options.teamId },
    errorMessage: vercelErrorMessage,
    resetHeader: "x-ratelimit-reset",
    ...options.http,
  });
  const projectPath = `/v9/projects/${encodeURIComponent(options.projectId)}`;
  const sleep = options.http?.sleep ?? defaultSleep;

  type Req = Pick<RequestOptions, "signal" | "onWait">;
  const readProject = async (req: Req) =>
    parseBody(ZVercelProject, await http.request("GET", projectPath, req), "Vercel's project");

  async function readDeployment(id: string, req: Req) {
    const body = await http.request("GET", `/v13/deployments/${encodeURIComponent(id)}`, req);
    return parseBody(ZVercelDeployment, body, `Vercel's deployment ${id}`);
  }

  async function current(req: Req = {}): Promise<Deployment | null> {
    const project = await readProject(req);
    const id = productionDeploymentId(project);
    if (!id) return null;
    const target = project.targets?.production;
    return fromDeployment(target?.id === id ? target : await readDeployment(id, req), id);
  }

  async function list({ limit = 20, signal }: { limit?: number; signal?: AbortSignal } = {}) {
    const liveId = productionDeploymentId(await readProject({ signal }));
    const out: Deployment[] = [];
    let until: number | undefined;
    while (out.length < limit) {
      const query = {
        projectId: options.projectId,
        target: "production",
        state: "READY",
        limit: Math.min(100, limit - out.length),
        until,
      };
      const page = parseBody(
        ZVercelDeploymentList,
        await http.request("GET", "/v6/deployments", { query, signal }),
        "Vercel's deployment list",
      );
      out.push(...page.deployments.map((d) => fromListItem(d, liveId)));
      const next = page.pagination?.next;
      if (next === null || next === undefined || page.deployments.length === 0) break;
      until = next;
    }
    return out.slice(0, limit);
  }

  async function moveProduction(kind: "rollback" | "promote", deploymentId: string, io: RunIo) {
    const verb = kind === "rollback" ? "roll production back to" : "promote";
    io.log(`Asking Vercel to ${verb} ${deploymentId}`);
    io.progress(0.05);
    const req: Req = { signal: io.signal, onWait: (w) => io.log(describeWait(w)) };
    const from = await current(req);
    const version = kind === "rollback" ? "v1" : "v10";
    const path = `/${version}/projects/${encodeURIComponent(options.projectId)}/${kind}/${encodeURIComponent(deploymentId)}`;
    await http.request("POST", path, req);
    io.progress(0.2, `${kind} requested`);
    await waitForAliasJob(() => readProject(req), deploymentId, kind, io, {
      pollMs: options.pollMs ?? 2_000,
      timeoutMs: options.jobTimeoutMs ?? 180_000,
      sleep,
    });
    const to = fromDeployment(await readDeployment(deploymentId, req), deploymentId);
    io.progress(1, `production is ${deploymentId}`);
    io.log(`Production now serves ${deploymentId}${to.url ? ` (${to.url})` : ""}`);
    return { from: from ? { ...from, live: false } : null, to };
  }

  return {
    kind: "vercel",
    list,
    current,
    async rollback(deploymentId, io) {
      const moved = await moveProduction("rollback", deploymentId, io);
      for (const note of VERCEL_ROLLBACK_NOTES) io.log(note);
      return { ...moved, notes: [...VERCEL_ROLLBACK_NOTES] };
    },
    async promote(deploymentId, io) {
      const moved = await moveProduction("promote", deploymentId, io);
      return {
        ...moved,
        notes: ["Production domains follow new production deployments again (auto-assignment is back on)."],
      };
    },
  };
}
