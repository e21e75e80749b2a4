import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { sendReady, statusSecurityHeaders } from "@/lib/status/bodies";
import { statusPage } from "@/lib/status/cache";

export const dynamic = "force-dynamic";

/** Public and cached: the same bytes for everyone until a change or 30 s pass. */
const serve = apiRoute(api.status, async ({ req }) => sendReady(req, (await statusPage()).json));

/** The proxy skips this path (lib/status/bodies.ts), so errors get the API's headers here. */
export async function GET(req: Request, route: { params: Promise<Record<string, string>> }): Promise<Response> {
  const res = await serve(req, route);
  for (const [name, value] of Object.entries(statusSecurityHeaders("/api/v1/status")))
    if (!res.headers.has(name)) res.headers.set(name, value);
  return res;
}
