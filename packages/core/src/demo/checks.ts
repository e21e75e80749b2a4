import type { Db, Severity } from "@opsdeck/db";
import { createCheck, type TCreateCheck } from "../check/index.ts";
import { type AnyCtx, systemCtx } from "../roles.ts";
import { putSecret } from "../secrets/store.ts";
import { createService } from "../service/create.ts";
import { setAppMetricsEndpoint } from "../app-metrics/set.ts";

/** The secret the "Ops database" check reads its connection URL from. */
export const DEMO_DB_SECRET = "opsdeck-db-url";

type DemoCheck = Omit<TCreateCheck, "serviceId"> & { name: string };
type DemoCheckService = {
  slug: string;
  name: string;
  description: string;
  autoIncidentSeverity?: Severity;
  /** Shown on the status page under this name. */
  publicName?: string;
  checks: DemoCheck[];
  /** A Prometheus text endpoint the worker scrapes for its request rate, errors and latency. */
  metricsUrl?: string;
};

export type SeedDemoChecksResult = {
  services: { slug: string; id: string }[];
  checks: { service: string; name: string; id: string }[];
  secrets: string[];
  /** Services whose metrics endpoint was set. */
  appMetrics: string[];
};

function demoCheckServices(baseUrl: string, targetUrl?: string): DemoCheckService[] {
  const base = baseUrl.replace(/\/+$/, "");
  const services: DemoCheckService[] = [
    {
      slug: "opsdeck",
      name: "Opsdeck",
      description: "This Opsdeck itself: its web app, its database and its backups.",
      checks: [
        { name: "Web liveness", kind: "HTTP", intervalSeconds: 30, config: { url: `${base}/api/healthz` } },
        { name: "Web readiness", kind: "HTTP", intervalSeconds: 30, config: { url: `${base}/api/readyz` } },
        { name: "Ops database", kind: "POSTGRES", intervalSeconds: 60, config: { connectionSecret: DEMO_DB_SECRET } },
        { name: "Backup heartbeat", kind: "HEARTBEAT", config: { periodSeconds: 86_400, graceSeconds: 3_600 } },
      ],
    },
  ];
  if (targetUrl) {
    services.push({
      slug: "demo-target",
      name: "Demo target",
      description: "A small local service to break and heal: POST /break and POST /heal.",
      autoIncidentSeverity: "P2",
      publicName: "Demo shop",
      checks: [{ name: "Demo target", kind: "HTTP", intervalSeconds: 10, downAfter: 2, config: { url: targetUrl } }],
      metricsUrl: new URL("metrics", targetUrl).toString(),
    });
  }
  return services;
}

/**
 * The demo's own checks: Opsdeck watching itself (web, database, a backup heartbeat) and, given
 * `targetUrl`, the local demo target, with its Prometheus metrics endpoint. Idempotent: services by slug, checks by name within their
 * service, the database secret by name; returns only what it created.
 */
export async function seedDemoChecks({
  db,
  baseUrl,
  databaseUrl,
  secretKey,
  targetUrl,
  ctx = systemCtx("demo-seed"),
}: {
  db: Db;
  /** The app's own URL, e.g. http://127.0.0.1:3000. */
  baseUrl: string;
  databaseUrl: string;
  secretKey: Buffer;
  targetUrl?: string;
  ctx?: AnyCtx;
}): Promise<SeedDemoChecksResult> {
  const created: SeedDemoChecksResult = { services: [], checks: [], secrets: [], appMetrics: [] };
  if (!(await db.secret.findUnique({ where: { name: DEMO_DB_SECRET }, select: { id: true } }))) {
    await putSecret({ db, ctx, key: secretKey, name: DEMO_DB_SECRET, value: databaseUrl });
    created.secrets.push(DEMO_DB_SECRET);
  }
  for (const s of demoCheckServices(baseUrl, targetUrl)) {
    let service = await db.service.findUnique({ where: { slug: s.slug }, select: { id: true } });
    if (!service) {
      service = {
        id: (
          await createService({
            db,
            ctx,
            input: {
              name: s.name,
              slug: s.slug,
              description: s.description,
              autoIncidentSeverity: s.autoIncidentSeverity,
              public: s.publicName !== undefined,
              publicName: s.publicName,
            },
          })
        ).id,
      };
      created.services.push({ slug: s.slug, id: service.id });
    }
    const existing = new Set(
      (await db.check.findMany({ where: { serviceId: service.id }, select: { name: true } })).map((c) => c.name),
    );
    for (const c of s.checks) {
      if (existing.has(c.name)) continue;
      const { check } = await createCheck({ db, ctx, input: { ...c, serviceId: service.id } });
      created.checks.push({ service: s.slug, name: c.name, id: check.id });
    }
    if (s.metricsUrl && !(await db.appMetricsEndpoint.findUnique({ where: { serviceId: service.id } }))) {
      await setAppMetricsEndpoint({ db, ctx, input: { serviceSlug: s.slug, url: s.metricsUrl } });
      created.appMetrics.push(s.slug);
    }
  }
  return created;
}
