import { VERSION, uptimeSeconds } from "@/lib/version";

export const dynamic = "force-dynamic";

/** Liveness: the process answers. */
export function GET() {
  return Response.json({ status: "ok", version: VERSION, uptimeSeconds: uptimeSeconds() }, { headers: { "cache-control": "no-store" } });
}
