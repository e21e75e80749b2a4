"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Time } from "@/components/ui/time";
import { fetchResult } from "@/lib/api/fetch-json";

type Failed = {
  events: { id: string; type: string; createdAt: string; pendingWebhooks: number | null }[];
  endpoints: { id: string; url: string; status: string; enabledEvents: string[] }[];
};

const WINDOWS = [
  { hours: 1, label: "Last hour" },
  { hours: 24, label: "Last 24 hours" },
  { hours: 72, label: "Last 3 days" },
  { hours: 168, label: "Last 7 days" },
] as const;

/**
 * Stripe's events whose webhook delivery failed in a window, to tick for replay, and the account's
 * endpoints to send them to. Read from Stripe when the form opens and when the window changes.
 */
export function FailedEvents({ targetId, endpointError }: { targetId: string; endpointError?: string[] }) {
  const [hours, setHours] = useState<number>(24);
  const [type, setType] = useState("");
  const q = useQuery({
    queryKey: ["failed-events", targetId, hours, type],
    queryFn: () =>
      fetchResult<Failed>(
        `/api/v1/targets/${targetId}/failed-events?${new URLSearchParams({ hours: String(hours), ...(type ? { type } : {}) })}`,
      ),
  });
  const r = q.data;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="mb-1 block font-medium">Failed deliveries</span>
          <select
            className="input"
            value={hours}
            onChange={(e) => setHours(Number(e.target.value))}
            aria-label="Failed deliveries in"
          >
            {WINDOWS.map((w) => (
              <option key={w.hours} value={w.hours}>
                {w.label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">Event type (optional)</span>
          <input
            className="input font-mono"
            defaultValue=""
            placeholder="invoice.payment_failed"
            spellCheck={false}
            autoComplete="off"
            onBlur={(e) => setType(e.target.value.trim())}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                setType(e.currentTarget.value.trim());
              }
            }}
          />
        </label>
        {r?.ok && r.data.endpoints.length > 0 ? (
          <label className="min-w-0 text-sm">
            <span className="mb-1 block font-medium">Send to endpoint</span>
            <select
              name="params.endpointId"
              className="input max-w-full font-mono"
              aria-invalid={endpointError ? true : undefined}
            >
              {r.data.endpoints.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.id} · {e.url}
                  {e.status === "enabled" ? "" : ` (${e.status})`}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label className="text-sm">
            <span className="mb-1 block font-medium">Webhook endpoint id</span>
            <input
              name="params.endpointId"
              className="input font-mono"
              autoComplete="off"
              spellCheck={false}
              placeholder="we_…"
              aria-invalid={endpointError ? true : undefined}
            />
          </label>
        )}
      </div>
      {endpointError?.map((m) => (
        <p key={m} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {m}
        </p>
      ))}
      {q.isPending && <p className="text-sm text-slate-600 dark:text-slate-400">Asking Stripe…</p>}
      {r && !r.ok && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          Stripe could not be read: {r.message}
        </p>
      )}
      {r?.ok &&
        (r.data.events.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No failed deliveries in this window.</p>
        ) : (
          <fieldset className="max-h-64 overflow-y-auto rounded border border-slate-200 p-2 dark:border-slate-700">
            <legend className="px-1 text-sm font-medium">{r.data.events.length} events to choose from</legend>
            {r.data.events.map((e) => (
              <label key={e.id} className="flex flex-wrap items-center gap-2 py-1 text-sm">
                <input type="checkbox" name="params.eventIds" value={e.id} defaultChecked />
                <span className="font-mono text-xs">{e.id}</span>
                <span>{e.type}</span>
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  <Time iso={e.createdAt} />
                </span>
              </label>
            ))}
          </fieldset>
        ))}
    </div>
  );
}
