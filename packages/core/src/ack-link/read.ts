import type { Db } from "@opsdeck/db";
import { NotFoundError } from "../errors.ts";
import { displayName, type Tx } from "../incident/internal.ts";
import { hashAckToken } from "./issue.ts";

/** What a link can still do: acknowledge, or why not (used, someone acknowledged, resolved since it was sent). */
export type AckLinkState = "ready" | "used" | "acknowledged" | "expired";

export type AckLinkView = {
  state: AckLinkState;
  /** The person the page went to, as the app names them. */
  sentTo: string;
  usedAt: string | null;
  incident: {
    number: number;
    title: string;
    severity: string;
    service: string | null;
    acknowledgedAt: string | null;
    acknowledgedBy: string | null;
    resolvedAt: string | null;
  };
};

export const NOT_A_LINK = "This acknowledgement link is not valid: check that the whole link was copied.";

export type AckLinkRow = NonNullable<Awaited<ReturnType<typeof findLink>>>;

export const ACK_LINK_SELECT = {
  id: true,
  incidentId: true,
  createdAt: true,
  usedAt: true,
  user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
} as const;

const findLink = (db: Db | Tx, token: string) =>
  db.incidentAckLink.findUnique({ where: { tokenHash: hashAckToken(token) }, select: ACK_LINK_SELECT });

/** The link's state as of now: "expired" once the incident has been resolved after the link was sent. */
export async function ackLinkState(db: Db | Tx, link: AckLinkRow) {
  const incident = await db.incident.findUniqueOrThrow({
    where: { id: link.incidentId },
    select: {
      number: true,
      title: true,
      severity: true,
      status: true,
      acknowledgedAt: true,
      resolvedAt: true,
      service: { select: { name: true } },
    },
  });
  const resolvedSince = await db.incidentEvent.findFirst({
    where: { incidentId: link.incidentId, kind: "resolved", at: { gte: link.createdAt } },
    select: { id: true },
  });
  const ack = incident.acknowledgedAt
    ? await db.incidentEvent.findFirst({
        where: { incidentId: link.incidentId, kind: "acknowledged" },
        orderBy: { at: "desc" },
        select: { author: { select: { name: true, email: true } } },
      })
    : null;
  const state: AckLinkState = link.usedAt
    ? "used"
    : incident.status === "RESOLVED" || resolvedSince
      ? "expired"
      : incident.acknowledgedAt
        ? "acknowledged"
        : "ready";
  const view: AckLinkView = {
    state,
    sentTo: displayName(link.user),
    usedAt: link.usedAt?.toISOString() ?? null,
    incident: {
      number: incident.number,
      title: incident.title,
      severity: incident.severity,
      service: incident.service?.name ?? null,
      acknowledgedAt: incident.acknowledgedAt?.toISOString() ?? null,
      acknowledgedBy: ack?.author ? displayName(ack.author) : null,
      resolvedAt: incident.resolvedAt?.toISOString() ?? null,
    },
  };
  return view;
}

/** What the link's page shows before anyone clicks: no sign-in, the token is the credential. */
export async function readAckLink(db: Db | Tx, token: string): Promise<AckLinkView> {
  const link = await findLink(db, token);
  if (!link) throw new NotFoundError(NOT_A_LINK);
  return ackLinkState(db, link);
}
