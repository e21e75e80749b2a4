import { getSchedule, NotFoundError, readHandoffNotes } from "@opsdeck/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HandoffNoteForm } from "@/components/forms/handoff/handoff-note-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Handoff notes" };

export default async function HandoffPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireRole("VIEWER");
  const ctx = { actor: me };
  const { id } = await params;
  const read = await Promise.all([
    getSchedule({ db: db(), ctx, input: { id } }),
    readHandoffNotes({ db: db(), ctx, input: { id } }),
  ]).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const [schedule, handoffs] = read;
  return (
    <>
      <PageHeader
        title={`${schedule.name}: handoff notes`}
        description="When a shift starts, the incoming person is sent the open incidents (those nobody has acknowledged first) and the outgoing person's note."
      />
      <div className="grid gap-4 lg:grid-cols-2">
        {handoffs.map((h) => (
          <HandoffNoteForm key={h.layer} scheduleId={schedule.id} handoff={h} />
        ))}
      </div>
    </>
  );
}
