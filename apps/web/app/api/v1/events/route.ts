import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { openLiveStream } from "@/lib/live/stream";

export const dynamic = "force-dynamic";

/** What changes, as it changes: server-sent events filtered by the caller's role. */
export const GET = apiRoute(api.events, async ({ req, ctx, query }) => {
  const header = req.headers.get("last-event-id");
  const resume = header && /^\d{1,15}$/.test(header) ? header : query.lastEventId;
  return openLiveStream({
    signal: req.signal,
    userId: ctx.actor.id,
    role: ctx.actor.role,
    checks: new Set(query.checks?.split(",") ?? []),
    lastEventId: resume ? Number(resume) : null,
  });
});
