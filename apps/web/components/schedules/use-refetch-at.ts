"use client";

import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

/** Longest wait a browser timer keeps (about 24.8 days). */
const MAX_TIMER_MS = 2_147_000_000;

/**
 * Read the query again when the earliest of these instants passes: a shift ends with no event to
 * say so, and whoever takes over should show up without a reload.
 */
export function useRefetchAt(queryKey: QueryKey, instants: (string | null)[]) {
  const client = useQueryClient();
  const next = Math.min(...instants.flatMap((t) => (t ? [Date.parse(t)] : [])));
  const key = JSON.stringify(queryKey);
  useEffect(() => {
    if (!Number.isFinite(next)) return;
    const timer = setTimeout(
      () => void client.invalidateQueries({ queryKey: JSON.parse(key) as QueryKey, exact: true }),
      Math.min(Math.max(next - Date.now(), 0) + 1_000, MAX_TIMER_MS),
    );
    return () => clearTimeout(timer);
  }, [client, key, next]);
}
