import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "../incident/state.ts";

/** 32 random bytes, base64url: unguessable, and short enough for an SMS bridge. */
const newToken = (): string => randomBytes(32).toString("base64url");

/** Links keep only this hash; the token itself travels in the page alone. */
export const hashAckToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/** The path of a link, to be put after the app's public URL. */
export const ackLinkPath = (token: string): string => `/ack/${token}`;

/**
 * A one-click acknowledgement for `userId`, the person a page about the incident goes to, written in
 * the page's transaction. Returns the token, which is not kept: the page carries it.
 */
export async function issueAckLink(tx: Tx, input: { incidentId: string; userId: string; now: Date }): Promise<string> {
  const token = newToken();
  await tx.incidentAckLink.create({
    data: { tokenHash: hashAckToken(token), incidentId: input.incidentId, userId: input.userId, createdAt: input.now },
  });
  return token;
}
