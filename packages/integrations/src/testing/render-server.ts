import { randomUUID } from "node:crypto";
import { type ContractServer, type Incoming, type Reply, startContractServer } from "./contract-server.ts";
import { bearerToken, dispatch, type Route } from "./routes.ts";

export type RenderDeployStatus =
  | "created"
  | "queued"
  | "build_in_progress"
  | "update_in_progress"
  | "pre_deploy_in_progress"
  | "live"
  | "deactivated"
  | "build_failed"
  | "update_failed"
  | "pre_deploy_failed"
  | "canceled";

/** A deploy as GET /v1/services/{id}/deploys/{deployId} returns it. */
export interface RenderDeploy {
  id: string;
  status: RenderDeployStatus;
  trigger: string;
  commit?: { id: string; message: string; createdAt?: string };
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface RenderSeedDeploy {
  id: string;
  status: RenderDeployStatus;
  createdAt: string;
  commit?: { id: string; message: string };
  trigger?: string;
}

export interface RenderServerOptions {
  port?: number;
  /** The only API key accepted. */
  apiKey: string;
  service: { id: string; name: string; autoDeploy: "yes" | "no"; branch?: string };
  deploys: RenderSeedDeploy[];
  /** Reads of a rollback deploy before it moves to its next status. Default 1. */
  readsPerStatus?: number;
  /** Failure mode: rollback deploys end in update_failed instead of live. */
  failRollbacks?: boolean;
}

export interface RenderServerState {
  autoDeploy: "yes" | "no";
  deploys: RenderDeploy[];
  readsPerStatus: number;
  failRollbacks: boolean;
}

export interface RenderServer extends ContractServer {
  readonly state: RenderServerState;
}

const LIFECYCLE: RenderDeployStatus[] = ["created", "build_in_progress", "update_in_progress", "live"];
const err = (status: number, message: string): Reply => ({ status, body: { id: randomUUID(), message } });
const cursorOf = (id: string) => Buffer.from(id).toString("base64url");

/**
 * Local stand-in for api.render.com: service read/update (autoDeploy), deploy list with
 * `[{ deploy, cursor }]` cursor pagination, deploy read, and rollback creating a new deploy that
 * walks created → build_in_progress → update_in_progress → live over successive reads.
 * Errors are Render's `{ id, message }`; a missing or bad key is 401.
 */
export async function startRenderServer(options: RenderServerOptions): Promise<RenderServer> {
  const service = options.service;
  const state: RenderServerState = {
    autoDeploy: service.autoDeploy,
    readsPerStatus: options.readsPerStatus ?? 1,
    failRollbacks: options.failRollbacks ?? false,
    deploys: options.deploys.map((d) => ({
      id: d.id,
      status: d.status,
      trigger: d.trigger ?? "new_commit",
      commit: d.commit ? { ...d.commit, createdAt: d.createdAt } : undefined,
      createdAt: d.createdAt,
      updatedAt: d.createdAt,
      finishedAt: d.status === "live" || d.status === "deactivated" ? d.createdAt : null,
    })),
  };
  const reads = new Map<string, number>();
  let rollbacks = 0;
  const newestFirst = () => [...state.deploys].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const serviceBody = () => ({
    id: service.id,
    name: service.name,
    type: "web_service",
    autoDeploy: state.autoDeploy,
    branch: service.branch ?? "main",
    repo: `https://github.com/example/${service.name}`,
    suspended: "not_suspended",
    serviceDetails: { url: `https://${service.name}.onrender.com` },
  });

  function advance(deploy: RenderDeploy) {
    const index = LIFECYCLE.indexOf(deploy.status);
    if (!reads.has(deploy.id) || index < 0 || deploy.status === "live") return;
    const count = (reads.get(deploy.id) ?? 0) + 1;
    reads.set(deploy.id, count);
    if (count < state.readsPerStatus) return;
    reads.set(deploy.id, 0);
    const now = new Date().toISOString();
    deploy.updatedAt = now;
    if (state.failRollbacks && LIFECYCLE[index + 1] === "live") {
      deploy.status = "update_failed";
      deploy.finishedAt = now;
      return;
    }
    deploy.status = LIFECYCLE[index + 1] ?? "live";
    if (deploy.status === "live") {
      deploy.finishedAt = now;
      for (const other of state.deploys) if (other !== deploy && other.status === "live") other.status = "deactivated";
    }
  }

  const routes: Route[] = [
    { method: "GET", pattern: /^\/v1\/services\/([^/]+)$/, handle: () => ({ status: 200, body: serviceBody() }) },
    {
      method: "PATCH",
      pattern: /^\/v1\/services\/([^/]+)$/,
      handle: (req) => {
        const body = parseJson(req);
        if (body === undefined) return err(400, "invalid JSON body");
        if ("autoDeploy" in body) {
          if (body.autoDeploy !== "yes" && body.autoDeploy !== "no")
            return err(400, "autoDeploy must be one of: yes, no");
          state.autoDeploy = body.autoDeploy;
        }
        return { status: 200, body: serviceBody() };
      },
    },
    {
      method: "GET",
      pattern: /^\/v1\/services\/([^/]+)\/deploys$/,
      handle: (req) => {
        const limit = Number(req.query.get("limit") ?? 20);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) return err(400, "limit must be between 1 and 100");
        const statuses = req.query.getAll("status").flatMap((s) => s.split(","));
        let rows = newestFirst().filter((d) => !statuses.length || statuses.includes(d.status));
        const cursor = req.query.get("cursor");
        if (cursor) {
          const at = rows.findIndex((d) => cursorOf(d.id) === cursor);
          if (at < 0) return err(400, "invalid cursor");
          rows = rows.slice(at + 1);
        }
        return { status: 200, body: rows.slice(0, limit).map((deploy) => ({ deploy, cursor: cursorOf(deploy.id) })) };
      },
    },
    {
      method: "GET",
      pattern: /^\/v1\/services\/([^/]+)\/deploys\/([^/]+)$/,
      handle: (_req, [, deployId]) => {
        const deploy = state.deploys.find((d) => d.id === deployId);
        if (!deploy) return err(404, "deploy not found");
        advance(deploy);
        return { status: 200, body: deploy };
      },
    },
    {
      method: "POST",
      pattern: /^\/v1\/services\/([^/]+)\/rollback$/,
      handle: (req) => {
        const body = parseJson(req);
        const target = state.deploys.find((d) => d.id === body?.deployId);
        if (!body || typeof body.deployId !== "string") return err(400, "deployId is required");
        if (!target) return err(404, "deploy not found");
        if (target.status !== "live" && target.status !== "deactivated") {
          return err(400, "can only roll back to a deploy that succeeded");
        }
        const now = new Date().toISOString();
        const deploy: RenderDeploy = {
          id: `dep-rollback-${++rollbacks}`,
          status: "created",
          trigger: "rollback",
          commit: target.commit,
          createdAt: now,
          updatedAt: now,
          finishedAt: null,
        };
        state.deploys.push(deploy);
        reads.set(deploy.id, 0);
        return { status: 201, body: deploy };
      },
    },
  ];

  function handle(req: Incoming): Reply | Promise<Reply> {
    if (bearerToken(req) !== options.apiKey) return err(401, "unauthorized");
    const serviceId = /^\/v1\/services\/([^/]+)/.exec(req.path)?.[1];
    if (serviceId && decodeURIComponent(serviceId) !== service.id) return err(404, "service not found");
    return dispatch(
      routes,
      req,
      () => err(404, "not found"),
      () => err(405, "method not allowed"),
    );
  }

  const server = await startContractServer({
    port: options.port,
    handle,
    rateLimited: ({ retryAfter }) => ({
      status: 429,
      headers: {
        "ratelimit-limit": "30",
        "ratelimit-remaining": "0",
        "ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 1),
        ...(retryAfter ? { "retry-after": retryAfter } : {}),
      },
      body: { id: randomUUID(), message: "rate limit exceeded" },
    }),
  });
  return Object.assign(server, { state });
}

function parseJson(req: Incoming): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(req.body || "{}");
    return value && typeof value === "object" ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
