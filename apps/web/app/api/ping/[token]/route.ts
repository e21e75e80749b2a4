import { recordHeartbeatPing } from "@opsdeck/core/check/index";
import { json } from "@/lib/api/respond";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Public: the token is the credential. Unknown and malformed tokens get the same 404. */
async function ping(_req: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  if (await recordHeartbeatPing({ db: db(), token })) return json({ ok: true });
  return json({ error: { code: "NOT_FOUND", message: "Not found" } }, 404);
}

export const GET = ping;
export const POST = ping;
