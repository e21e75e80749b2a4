import { ackLinkPath, issueAckLink } from "../ack-link/issue.ts";
import type { Tx } from "./internal.ts";

/** The one-click acknowledgement link of a page to `userId`, or null when the public URL is unknown. */
export async function ackUrlFor(
  tx: Tx,
  baseUrl: string | undefined,
  incidentId: string,
  userId: string,
  now: Date,
): Promise<string | null> {
  if (!baseUrl) return null;
  const token = await issueAckLink(tx, { incidentId, userId, now });
  return `${baseUrl.replace(/\/+$/, "")}${ackLinkPath(token)}`;
}
