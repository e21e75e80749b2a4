import { hasRole, listUserRefs } from "@opsdeck/core";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import { PostmortemView } from "@/components/postmortems/postmortem-view";
import { BackLink } from "@/components/ui/back-link";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { loadPostmortem } from "./load";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const pm = await loadPostmortem((await params).id);
  return { title: `Postmortem #${pm.incident.number}` };
}

export default async function PostmortemPage({ params }: Props) {
  const me = await requireRole("VIEWER");
  const now = Date.now();
  // Read before the data: events after it are caught up by the page's stream, none is missed.
  const liveFrom = await liveCursor(db());
  const pm = await loadPostmortem((await params).id);
  const people = hasRole(me.role, "RESPONDER")
    ? await listUserRefs({ db: db(), ctx: { actor: me }, minRole: "RESPONDER" })
    : null;
  return (
    <>
      <BackLink href="/postmortems">Postmortems</BackLink>
      <PostmortemView initial={pm} renderedAt={now} liveFrom={liveFrom} people={people} />
    </>
  );
}
