import { getWorkerStatus } from "@opsdeck/core/health/worker-status";
import { json } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { ZWorkerStatus } from "@/lib/api/schemas";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Whether checks are running (a fresh worker heartbeat), and the last heartbeat: the dashboard's banner polls it. */
export const GET = apiRoute("VIEWER", async () => json(ZWorkerStatus.parse(await getWorkerStatus({ db: db() }))));
