import { listCalendarFeeds, listSchedules } from "@opsdeck/core";
import type { Metadata } from "next";
import { CalendarFeedList } from "@/components/forms/calendar/calendar-feed-list";
import { CreateCalendarFeedForm } from "@/components/forms/calendar/create-calendar-feed-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Calendar feeds" };

export default async function CalendarFeedsPage() {
  const me = await requireRole("VIEWER");
  const ctx = { actor: me };
  const [feeds, schedules] = await Promise.all([
    listCalendarFeeds({ db: db(), ctx }),
    listSchedules({ db: db(), ctx }),
  ]);
  return (
    <>
      <PageHeader
        title="Calendar feeds"
        description="Subscribe to on-call shifts in your calendar app: from two weeks back to 90 days ahead, refreshed every 15 minutes."
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="feeds-heading" className="min-w-0">
          <h2 id="feeds-heading" className="mb-3 font-semibold">
            {me.role === "ADMIN" ? "Everyone's feeds" : "Your feeds"}
          </h2>
          <CalendarFeedList feeds={feeds.items} me={me.email} />
        </section>
        <section className="card h-fit min-w-0 p-4" aria-labelledby="create-heading">
          <h2 id="create-heading" className="mb-3 font-semibold">
            Add a feed
          </h2>
          <CreateCalendarFeedForm schedules={schedules.items.map((s) => ({ id: s.id, name: s.name }))} />
        </section>
      </div>
    </>
  );
}
