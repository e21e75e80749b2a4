"use client";

import type { TCalendarFeedDto } from "@opsdeck/core/calendar-feed/schemas";
import { revokeCalendarFeedAction } from "@/app/(dashboard)/settings/calendar/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Time } from "@/components/ui/time";

const title = (f: TCalendarFeedDto) => (f.kind === "schedule" ? `Everyone on ${f.subject}` : `Shifts of ${f.subject}`);

function RevokeButton({ feed }: { feed: TCalendarFeedDto }) {
  const { pending, onSubmit } = useFormAction(revokeCalendarFeedAction, undefined, {
    confirm: `Revoke the feed "${title(feed)}"? Calendars subscribed to it stop updating at once.`,
  });
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="id" value={feed.id} />
      <button type="submit" className="btn-secondary py-1" disabled={pending} aria-label={`Revoke ${title(feed)}`}>
        Revoke
      </button>
    </form>
  );
}

/** The feeds with their last use; active ones can be revoked. */
export function CalendarFeedList({ feeds, me }: { feeds: TCalendarFeedDto[]; me: string }) {
  if (feeds.length === 0) return <p className="card p-4 text-sm">No feeds yet.</p>;
  return (
    <ul className="card divide-y divide-slate-100 dark:divide-slate-800">
      {feeds.map((f) => (
        <li key={f.id} aria-label={title(f)} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
          <div className="min-w-0">
            <p className="break-words font-medium">{title(f)}</p>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {f.status === "revoked" ? "revoked" : "active"}
              {f.createdBy !== me && ` · made by ${f.createdBy}`} · made <Time iso={f.createdAt} as="date" /> ·{" "}
              {f.lastUsedAt ? (
                <>
                  last fetched <Time iso={f.lastUsedAt} />
                </>
              ) : (
                "never fetched"
              )}
            </p>
          </div>
          {f.status === "active" && <RevokeButton feed={f} />}
        </li>
      ))}
    </ul>
  );
}
