import type { CheckState } from "@opsdeck/db";

/** Most tiles one opened service reads (its page has them all). */
export const SERVICE_TILES_READ = 500;

type Ask = { q?: string; state?: CheckState | ""; service?: string; limit: number };

/** `GET /api/v1/checks` for a search, a state or one service's tiles, worst first. */
export function tilesUrl({ q, state, service, limit }: Ask): string {
  const p = new URLSearchParams({ limit: String(limit) });
  if (q) p.set("q", q);
  if (state) p.set("state", state);
  if (service) p.set("service", service);
  return `/api/v1/checks?${p}`;
}
