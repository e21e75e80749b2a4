import type { Db } from "@opsdeck/db";

/** The one-click acknowledgement link of a page to `userId`, or null when the public URL is unknown. */
export async function ackUrlFor(
  _db: Db,
  baseUrl: string | undefined,
  _incidentId: string,
  _userId: string,
  _now: Date,
): Promise<string | null> {
  if (!baseUrl) return null;
  return null;
}
