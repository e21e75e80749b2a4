"use client";

import { type QueryKey, type UseQueryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { LiveFrame, LiveMode } from "@/lib/live/connection";
import { useLive, useLiveMode } from "./live-provider";

/** Poll at this pace whenever the stream is not live. */
export const POLL_MS = 10_000;
export const REFETCH: unique symbol = Symbol("refetch");

type Handler<T> = (data: T, payload: Record<string, unknown>) => T | typeof REFETCH | undefined;

type Options<T> = Omit<UseQueryOptions<T, Error, T, QueryKey>, "refetchInterval"> & {
  /** The event id the initial data was read at: anything after it is caught up, anything lost refetches. */
  from?: number | null;
  /** Per event name: the patched data, REFETCH to read it again, or undefined to ignore it. */
  on: Partial<Record<string, Handler<T>>>;
};

/**
 * A query kept current by the event stream: patched in the cache from events (no refetch), refetched
 * once when the stream says it fell too far behind, and polled only while no stream can be held.
 * `updatedAt` is when the data was last patched or fetched (the freshness line adds the last ping).
 */
export function useLiveQuery<T>({ from = null, on, ...opts }: Options<T>) {
  const conn = useLive();
  const mode = useLiveMode();
  const client = useQueryClient();
  const handlers = useRef(on);
  handlers.current = on;
  const q = useQuery({ ...opts, refetchInterval: mode === "live" ? false : POLL_MS });
  const key = JSON.stringify(opts.queryKey);
  useEffect(() => {
    const queryKey = JSON.parse(key) as QueryKey;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refetch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void client.invalidateQueries({ queryKey, exact: true }), 250);
    };
    // Events sent before this page mounted (a client-side navigation) were not applied: read once.
    if (from !== null && conn.lastId !== null && conn.lastId > from) refetch();
    conn.start(from);
    const off = conn.subscribe((frame: LiveFrame) => {
      if (frame.event === "reset") return refetch();
      const handler = handlers.current[frame.event];
      const current = client.getQueryData<T>(queryKey);
      if (!handler || current === undefined) return;
      const next = handler(current, frame.data);
      if (next === REFETCH) refetch();
      else if (next !== undefined && next !== current) client.setQueryData(queryKey, next);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [conn, client, key, from]);
  // Before the first fetch of another key (placeholder data shown), the page's render time is what we know.
  const updatedAt = q.dataUpdatedAt || Number(opts.initialDataUpdatedAt ?? 0);
  return { ...q, mode, updatedAt } as typeof q & { mode: LiveMode; updatedAt: number };
}

/** Tell the stream which checks are on screen (their results and history are pushed too). */
export function useWatchChecks(ids: readonly string[]): void {
  const conn = useLive();
  const key = [...ids].sort().join(",");
  useEffect(() => (key ? conn.watch(key.split(",")) : undefined), [conn, key]);
}
