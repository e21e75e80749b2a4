import { checkReadiness } from "@opsdeck/core/health/readiness";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Readiness: database answers, migrations applied, a worker heartbeat is fresh; 503 names what failed. */
export async function GET() {
  const r = await checkReadiness(db());
  return Response.json(
    { status: r.ready ? "ready" : "not_ready", database: r.database, migrations: r.migrations, worker: r.worker },
    { status: r.ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
