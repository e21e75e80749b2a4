import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { sendReady } from "@/lib/status/bodies";
import { statusPage } from "@/lib/status/cache";

export const dynamic = "force-dynamic";

/** Public and cached: the same bytes for everyone until a change or 30 s pass. */
export const GET = apiRoute(api.status, async ({ req }) => sendReady(req, (await statusPage()).json));
