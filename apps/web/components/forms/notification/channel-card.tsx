"use client";

import type { NotificationChannelDto } from "@opsdeck/core";
import { CHANNEL_KIND_LABEL, CHANNEL_SECRET, PAGING_SEVERITIES } from "@opsdeck/core/notification/kinds";
import { useState } from "react";
import { deleteChannelAction } from "@/app/(dashboard)/settings/notifications/actions";
import { Badge } from "@/components/badges/badge";
import { useFormAction } from "@/components/forms/use-form-action";
import { ChannelForm } from "./channel-form";
import { ChannelTest } from "./channel-test";

/** Where a channel's messages go, without its secret. */
function destination(c: NotificationChannelDto): string {
  if (c.kind === "WEBHOOK") return String(c.config.url ?? "");
  if (c.kind === "EMAIL") {
    const to = Array.isArray(c.config.to) ? c.config.to.join(", ") : "";
    return `${to} via ${String(c.config.host ?? "")}:${String(c.config.port ?? "")}`;
  }
  return "Slack incoming webhook";
}

/** One channel: what it receives and how, a test, edit and delete. */
export function ChannelCard({ channel: c }: { channel: NotificationChannelDto }) {
  const [editing, setEditing] = useState(false);
  const del = useFormAction(deleteChannelAction, undefined, {
    confirm: `Delete the channel ${c.name}? Its queued notifications are dropped.`,
  });
  const pages = !c.quiet && c.severities.some((s) => PAGING_SEVERITIES.includes(s));
  return (
    <article className="card min-w-0 p-4" aria-label={`Channel ${c.name}`}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="min-w-0 break-words font-semibold">{c.name}</h2>
        <Badge tone="slate">{CHANNEL_KIND_LABEL[c.kind]}</Badge>
        {!c.enabled && <Badge tone="amber">disabled</Badge>}
        {pages ? <Badge tone="red">pages P0/P1</Badge> : <Badge tone="sky">quiet</Badge>}
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500 dark:text-slate-400">Receives</dt>
        <dd>
          {c.severities.join(", ")} incidents{c.checklists && ", missed checklist runs"}
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">Sends to</dt>
        <dd className="min-w-0 break-words">{destination(c)}</dd>
        <dt className="text-slate-500 dark:text-slate-400">{CHANNEL_SECRET[c.kind].label}</dt>
        <dd>{c.hasSecret ? "set" : "not set"}</dd>
      </dl>
      {editing ? (
        <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
          <ChannelForm channel={c} onDone={() => setEditing(false)} />
        </div>
      ) : (
        <div className="mt-3">
          <ChannelTest id={c.id} name={c.name}>
            <button type="button" className="btn-secondary" onClick={() => setEditing(true)}>
              Edit
            </button>
            <form onSubmit={del.onSubmit} aria-label={`Delete ${c.name}`}>
              <input type="hidden" name="id" value={c.id} />
              <input type="hidden" name="name" value={c.name} />
              <button type="submit" className="btn-secondary text-red-700 dark:text-red-400" disabled={del.pending}>
                {del.pending ? "Deleting…" : "Delete"}
              </button>
            </form>
          </ChannelTest>
        </div>
      )}
    </article>
  );
}
