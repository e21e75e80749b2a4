import type { Metadata } from "next";
import Link from "next/link";
import { ScheduleList } from "@/components/schedules/schedule-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { onCallNow } from "@/lib/schedules/on-call-now";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "On-call" };

export default async function SchedulesPage() {
  await requireRole("VIEWER");
  const { onCall, renderedAt } = await onCallNow();
  return (
    <>
      <PageHeader
        title="On-call"
        description="Who is on call on each schedule now. Open one for its coming weeks and overrides."
        actions={
          <Link href="/schedules/reports" className="btn-secondary">
            Load report
          </Link>
        }
      />
      <ScheduleList initial={onCall} renderedAt={renderedAt} />
    </>
  );
}
