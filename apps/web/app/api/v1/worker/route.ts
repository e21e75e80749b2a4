import { getWorkerStatus } from "@opsdeck/core/health/worker-status";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { ZWorkerStatus } from "@/lib/api/schemas";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Whether checks are running (a fresh worker heartbeat), and the last heartbeat: the dashboard's banner polls it. */
export const GET = apiRoute(api.workerStatus, async () => ZWorkerStatus.parse(await getWorkerStatus({ db: db() })));
