import { getActionRun, NotFoundError, ValidationError } from "@opsdeck/core";
import { ACTION_LABEL } from "@opsdeck/core/action/kinds";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RunView } from "@/components/actions/run/run-view";
import { BackLink } from "@/components/ui/back-link";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** Not cached across metadata and page: the page must read it after its live cursor. */
async function loadRun(id: string) {
  const me = await requireRole("VIEWER");
  try {
    return await getActionRun({ db: db(), ctx: { actor: me }, input: { id } });
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ValidationError) notFound();
    throw err;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const r = await loadRun((await params).id);
  return { title: `Run #${r.number} ${ACTION_LABEL[r.kind]}` };
}

export default async function ActionRunPage({ params }: Props) {
  const me = await requireRole("VIEWER");
  const now = Date.now();
  // Read before the data: events after it are caught up by the page's stream, none is missed.
  const liveFrom = await liveCursor(db());
  const run = await loadRun((await params).id);
  return (
    <>
      <BackLink href="/actions">Actions</BackLink>
      <RunView initial={run} renderedAt={now} liveFrom={liveFrom} viewer={{ id: me.id, role: me.role }} />
    </>
  );
}
