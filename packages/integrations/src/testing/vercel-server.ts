import { type ContractServer, type Incoming, type Reply, startContractServer } from "./contract-server.ts";
import { bearerToken, dispatch, type Route } from "./routes.ts";

/** A seeded deployment, in the fields GET /v6/deployments returns. */
export interface VercelSeedDeployment {
  uid: string;
  url: string;
  /** Epoch milliseconds. */
  created: number;
  state?: "BUILDING" | "ERROR" | "INITIALIZING" | "QUEUED" | "READY" | "CANCELED";
  target?: "production" | "staging" | null;
  /** `githubCommitSha`, `githubCommitMessage`, `githubCommitAuthorName`… */
  meta?: Record<string, string>;
  creator?: { uid: string; username?: string };
}

export interface VercelServerOptions {
  port?: number;
  /** The only bearer token accepted. */
  token: string;
  /** When set, every call must carry `?teamId=` with this value. */
  teamId?: string;
  project: { id: string; name: string; productionDeploymentId: string | null };
  deployments: VercelSeedDeployment[];
  /** Project reads before a rollback/promote job settles (first read shows "in-progress"). Default 2. */
  aliasJobPolls?: number;
  /** Failure mode: alias jobs end "failed" and production stays where it was. */
  failAliasJobs?: boolean;
  /** Largest page GET /v6/deployments returns, whatever `limit` asks (Vercel's is 100). */
  maxPageSize?: number;
}

export interface LastAliasRequest {
  fromDeploymentId: string | null;
  toDeploymentId: string;
  jobStatus: "pending" | "in-progress" | "succeeded" | "failed" | "skipped";
  requestedAt: number;
  type: "rollback" | "promote";
}

export interface VercelServerState {
  productionDeploymentId: string | null;
  autoAssignCustomDomains: boolean;
  lastAliasRequest: LastAliasRequest | null;
  aliasJobPolls: number;
  failAliasJobs: boolean;
}

export interface VercelServer extends ContractServer {
  readonly state: VercelServerState;
}

const err = (status: number, code: string, message: string, extra: object = {}): Reply => ({
  status,
  body: { error: { code, message, ...extra } },
});

/**
 * Local stand-in for api.vercel.com covering the deployment list, project read, deployment read,
 * rollback and promote, with Vercel's error bodies (`{ error: { code, message } }`), its 403 for a
 * missing or bad token, team scoping, `until` pagination and an alias job that settles over polls.
 */
export async function startVercelServer(options: VercelServerOptions): Promise<VercelServer> {
  const deployments = [...options.deployments].sort((a, b) => b.created - a.created);
  const state: VercelServerState = {
    productionDeploymentId: options.project.productionDeploymentId,
    autoAssignCustomDomains: true,
    lastAliasRequest: null,
    aliasJobPolls: options.aliasJobPolls ?? 2,
    failAliasJobs: options.failAliasJobs ?? false,
  };
  let jobReads = 0;
  const project = options.project;
  const byId = (id: string) => deployments.find((d) => d.uid === id);
  const detail = (d: VercelSeedDeployment) => ({
    id: d.uid,
    name: project.name,
    url: d.url,
    createdAt: d.created,
    readyState: d.state ?? "READY",
    target: d.target ?? null,
    meta: d.meta ?? {},
    creator: d.creator ?? { uid: "usr_seed" },
    projectId: project.id,
  });

  function advanceJob() {
    const job = state.lastAliasRequest;
    if (!job || (job.jobStatus !== "pending" && job.jobStatus !== "in-progress")) return;
    jobReads++;
    if (jobReads < state.aliasJobPolls) {
      job.jobStatus = "in-progress";
      return;
    }
    if (state.failAliasJobs) {
      job.jobStatus = "failed";
      return;
    }
    job.jobStatus = "succeeded";
    state.productionDeploymentId = job.toDeploymentId;
    // Vercel turns auto-assignment of production domains off on rollback and back on on promote.
    state.autoAssignCustomDomains = job.type === "promote";
  }

  function requestAlias(type: LastAliasRequest["type"], projectId: string, deploymentId: string): Reply {
    if (projectId !== project.id && projectId !== project.name) return err(404, "not_found", "Project not found");
    const target = byId(deploymentId);
    if (!target) return err(404, "not_found", "Deployment not found");
    if ((target.state ?? "READY") !== "READY") {
      return err(400, "bad_request", `Deployment ${deploymentId} is not ready`);
    }
    const running = state.lastAliasRequest?.jobStatus;
    if (running === "pending" || running === "in-progress") {
      return err(409, "conflict", "A rollback or promotion is already in progress for this project");
    }
    state.lastAliasRequest = {
      fromDeploymentId: state.productionDeploymentId,
      toDeploymentId: deploymentId,
      jobStatus: "pending",
      requestedAt: Date.now(),
      type,
    };
    jobReads = 0;
    return { status: 201, body: {} };
  }

  const routes: Route[] = [
    {
      method: "GET",
      pattern: /^\/v6\/deployments$/,
      handle: (req) => {
        const q = req.query;
        const limit = Math.min(options.maxPageSize ?? 100, Number(q.get("limit") ?? 20));
        const states = q.get("state")?.split(",");
        const until = q.get("until") ? Number(q.get("until")) : null;
        const matching = deployments.filter(
          (d) =>
            (!q.get("projectId") || q.get("projectId") === project.id || q.get("projectId") === project.name) &&
            (!q.get("target") || (d.target ?? null) === q.get("target")) &&
            (!states || states.includes(d.state ?? "READY")),
        );
        const after = until === null ? matching : matching.filter((d) => d.created < until);
        const page = after.slice(0, limit);
        const more = after.length > page.length;
        return {
          status: 200,
          body: {
            deployments: page.map((d) => ({
              uid: d.uid,
              name: project.name,
              url: d.url,
              created: d.created,
              createdAt: d.created,
              state: d.state ?? "READY",
              readyState: d.state ?? "READY",
              type: "LAMBDAS",
              target: d.target ?? null,
              meta: d.meta ?? {},
              creator: d.creator ?? { uid: "usr_seed" },
              projectId: project.id,
              source: "git",
            })),
            pagination: {
              count: page.length,
              next: more ? (page.at(-1)?.created ?? null) : null,
              prev: page[0]?.created ?? null,
            },
          },
        };
      },
    },
    {
      method: "GET",
      pattern: /^\/v9\/projects\/([^/]+)$/,
      handle: (_req, [idOrName]) => {
        if (idOrName !== project.id && idOrName !== project.name) return err(404, "not_found", "Project not found");
        advanceJob();
        const production = state.productionDeploymentId ? byId(state.productionDeploymentId) : undefined;
        return {
          status: 200,
          body: {
            id: project.id,
            name: project.name,
            accountId: options.teamId ?? "usr_seed",
            autoAssignCustomDomains: state.autoAssignCustomDomains,
            lastAliasRequest: state.lastAliasRequest ? { ...state.lastAliasRequest } : null,
            targets: production ? { production: detail(production) } : {},
          },
        };
      },
    },
    {
      method: "GET",
      pattern: /^\/v13\/deployments\/([^/]+)$/,
      handle: (_req, [id]) => {
        const d = byId(id ?? "");
        return d ? { status: 200, body: detail(d) } : err(404, "not_found", "Deployment not found");
      },
    },
    {
      method: "POST",
      pattern: /^\/v1\/projects\/([^/]+)\/rollback\/([^/]+)$/,
      handle: (_req, [projectId, deploymentId]) => requestAlias("rollback", projectId ?? "", deploymentId ?? ""),
    },
    {
      method: "POST",
      pattern: /^\/v10\/projects\/([^/]+)\/promote\/([^/]+)$/,
      handle: (_req, [projectId, deploymentId]) => requestAlias("promote", projectId ?? "", deploymentId ?? ""),
    },
  ];

  function handle(req: Incoming): Reply | Promise<Reply> {
    const token = bearerToken(req);
    if (!token) {
      return err(403, "forbidden", "The request is missing an authentication token", { missingToken: true });
    }
    if (token !== options.token) return err(403, "forbidden", "Not authorized", { invalidToken: true });
    if (options.teamId) {
      const teamId = req.query.get("teamId");
      if (!teamId) return err(404, "not_found", "Project not found");
      if (teamId !== options.teamId) return err(403, "forbidden", "Not authorized");
    }
    return dispatch(
      routes,
      req,
      () => err(404, "not_found", "The requested API endpoint was not found."),
      (allowed) => err(405, "method_unknown", `This endpoint only responds to ${allowed}`),
    );
  }

  const server = await startContractServer({
    port: options.port,
    handle,
    rateLimited: ({ retryAfter }) => {
      const resetMs = Date.now() + 1000;
      const reset = Math.ceil(resetMs / 1000);
      return {
        status: 429,
        headers: {
          "x-ratelimit-limit": "100",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": String(reset),
          ...(retryAfter ? { "retry-after": retryAfter } : {}),
        },
        body: {
          error: {
            code: "rate_limited",
            message: "Rate limit exceeded",
            limit: { remaining: 0, reset, resetMs, total: 100 },
          },
        },
      };
    },
  });
  return Object.assign(server, { state });
}
