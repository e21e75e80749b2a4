import { renderCalendarFeed } from "@opsdeck/core";
import { errorResponse, problem } from "@/lib/api/respond";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/**
 * A calendar feed, `GET /api/calendar/<token>.ics`: public, the token in the path is the secret.
 * An unknown and a revoked token get the same 404.
 */
export async function GET(req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  try {
    const text = file.endsWith(".ics") ? await renderCalendarFeed({ db: db(), token: file.slice(0, -4) }) : null;
    if (text === null) return problem(404, "NOT_FOUND", "No such calendar feed");
    return new Response(text, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'inline; filename="on-call.ics"',
      },
    });
  } catch (err) {
    return errorResponse(err, req.headers.get("x-request-id") ?? crypto.randomUUID());
  }
}
