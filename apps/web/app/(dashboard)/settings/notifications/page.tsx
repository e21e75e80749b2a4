import { listChannels } from "@opsdeck/core";
import type { Metadata } from "next";
import { ChannelCard } from "@/components/forms/notification/channel-card";
import { ChannelForm } from "@/components/forms/notification/channel-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const me = await requireRole("ADMIN");
  const channels = await listChannels({ db: db(), ctx: { actor: me }, input: {} });
  return (
    <>
      <BackLink href="/settings">Settings</BackLink>
      <PageHeader
        title="Notifications"
        description="Where incidents and missed checklist runs are announced. P0 and P1 page the channels that are not quiet; P2, P3, quiet channels and checklist runs post without paging. Every send, retry and failure is on the incident's timeline, or on the checklist run's page."
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_26rem]">
        <section aria-label="Channels" className="min-w-0 space-y-4">
          {channels.length === 0 && (
            <p className="card p-4 text-sm text-slate-600 dark:text-slate-400">
              No channels yet: incidents are not announced anywhere. Add one.
            </p>
          )}
          {channels.map((c) => (
            <ChannelCard key={c.id} channel={c} />
          ))}
        </section>
        <section className="card self-start p-4">
          <h2 className="mb-3 font-semibold">Add a channel</h2>
          <ChannelForm />
        </section>
      </div>
    </>
  );
}
