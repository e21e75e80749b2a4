"use client";

import type { MarkerDto } from "@opsdeck/core/marker/dto";
import { keepPreviousData } from "@tanstack/react-query";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";

/** Whose events a chart shows: a service's (by slug), or every event when the chart is tied to none. */
export type MarkerScope = { service: string | null };

/** The events of a chart's range; `failed` while they could not be read (the chart shows without them). */
export type ChartMarkers = { items: MarkerDto[]; more: boolean; failed?: boolean };

const MINUTE = 60_000;
/** Markers a chart draws at most; the text list says when there were more. */
export const MARKERS_LIMIT = 200;

async function fetchMarkers(url: string): Promise<ChartMarkers> {
  const res = await fetch(url, { headers: { accept: "application/json" }, cache: "no-store" });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return { items: (await res.json()) as MarkerDto[], more: res.headers.has("x-next-cursor") };
}

const refetch = (): typeof REFETCH => REFETCH;

/**
 * The events inside a chart's x range (its first bucket to the end of its last), read again when an
 * incident or a run changes. The range is widened to whole minutes so charts of one page, and a chart
 * refreshed within the same minute, share one request.
 */
export function useChartMarkers(
  scope: MarkerScope,
  firstAt: number | null,
  lastAt: number | null,
  stepSeconds: number,
) {
  const from = firstAt === null ? null : Math.floor(firstAt / MINUTE) * MINUTE;
  const to = lastAt === null ? null : Math.ceil((lastAt + stepSeconds * 1000) / MINUTE) * MINUTE;
  const params = new URLSearchParams({
    from: new Date(from ?? 0).toISOString(),
    to: new Date(to ?? 0).toISOString(),
    limit: String(MARKERS_LIMIT),
  });
  if (scope.service) params.set("service", scope.service);
  const q = useLiveQuery<ChartMarkers>({
    queryKey: ["markers", scope.service, from, to] as const,
    queryFn: () => fetchMarkers(`/api/v1/markers?${params}`),
    enabled: from !== null && to !== null && to > from,
    placeholderData: keepPreviousData,
    on: { "incident.created": refetch, "incident.changed": refetch, "action.finished": refetch },
  });
  return { ...(q.data ?? { items: [], more: false }), failed: q.isError };
}
