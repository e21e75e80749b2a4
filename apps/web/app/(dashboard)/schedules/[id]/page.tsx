import {
  hasRole,
  listUserRefs,
  NotFoundError,
  type ScheduleViewDto,
  scheduleView,
  ValidationError,
} from "@opsdeck/core";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ScheduleView } from "@/components/schedules/schedule-view";
import { BackLink } from "@/components/ui/back-link";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "On-call schedule" };

type Props = { params: Promise<{ id: string }> };

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

export default async function SchedulePage({ params }: Props) {
  const me = await requireRole("VIEWER");
  const { id } = await params;
  const ctx = { actor: me };
  const renderedAt = Date.now();
  // Read before the data: a change after it reaches the page through its stream.
  const liveFrom = await liveCursor(db());
  let view: ScheduleViewDto;
  try {
    view = await scheduleView({ db: db(), ctx, input: { id } });
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ValidationError) notFound();
    throw err;
  }
  const admin = hasRole(me.role, "ADMIN");
  const people = admin
    ? await listUserRefs({ db: db(), ctx })
    : hasRole(me.role, "RESPONDER")
      ? [{ email: me.email, name: me.name }]
      : [];
  const layers = view.schedule.layers
    .map(
      (l) => `${l.name} hands off every ${l.handoff.weekday ? capital(l.handoff.weekday) : "day"} at ${l.handoff.at}`,
    )
    .join("; ");
  return (
    <>
      <BackLink href="/schedules">On-call</BackLink>
      <PageHeader
        title={view.schedule.name}
        description={`${capital(layers)}, ${view.schedule.timeZone} time.`}
        actions={
          <Link href={`/schedules/${view.schedule.id}/handoff`} className="btn-secondary">
            Handoff notes
          </Link>
        }
      />
      <ScheduleView
        initial={view}
        renderedAt={renderedAt}
        liveFrom={liveFrom}
        viewer={{ email: me.email, admin }}
        people={people}
      />
    </>
  );
}
