import type { AlertState, NotificationStatus } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { ValidationError } from "../errors.ts";
import { channelLabel } from "../notification/internal.ts";
import { pageRows, readCursor } from "../page/keyset.ts";
import type { Page } from "../page/schemas.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { getRuleOrThrow } from "./internal.ts";
import { type TAlertRuleHistory, ZAlertRuleHistory } from "./schemas.ts";

export type AlertEventDto = {
  id: string;
  group: string;
  from: AlertState;
  to: AlertState;
  value: number | null;
  at: string;
  incidentNumber: number | null;
  /** What a notify-only rule sent about the change, to which channel ("Slack #oncall"). */
  notifications: { channel: string; status: NotificationStatus; lastError: string | null }[];
};

const EVENTS = { list: "alert-history", fields: [{ field: "id", type: "string", desc: true }] } as const;

/**
 * A rule's state changes, newest first (VIEWER), with the number of the incident each opened or
 * wrote on and the notifications each sent.
 */
export async function listAlertRuleHistory({
  db,
  ctx,
  input,
}: ServiceCall<TAlertRuleHistory>): Promise<Page<AlertEventDto>> {
  assertRole(ctx, "VIEWER");
  const { id, limit = 100, cursor } = parseInput(ZAlertRuleHistory, input);
  await getRuleOrThrow(db, id);
  const key = readCursor(EVENTS, cursor);
  const last = key?.[0];
  if (typeof last === "string" && !/^\d{1,19}$/.test(last))
    throw new ValidationError({ cursor: ["Not a cursor of this list: start again without one"] });
  const before = typeof last === "string" ? BigInt(last) : undefined;
  const rows = await db.alertRuleEvent.findMany({
    where: { ruleId: id, ...(before !== undefined && { id: { lt: before } }) },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const numbers = new Map(
    (
      await db.incident.findMany({
        where: { id: { in: rows.flatMap((r) => (r.incidentId ? [r.incidentId] : [])) } },
        select: { id: true, number: true },
      })
    ).map((i) => [i.id, i.number]),
  );
  const sent = await db.notification.findMany({
    where: { alertRuleEventId: { in: rows.map((r) => r.id) } },
    orderBy: [{ channel: { name: "asc" } }, { id: "asc" }],
    select: { alertRuleEventId: true, status: true, lastError: true, channel: { select: { name: true, kind: true } } },
  });
  const page = pageRows(
    EVENTS,
    rows.map((r) => ({
      id: r.id.toString(),
      group: r.group,
      from: r.from,
      to: r.to,
      value: r.value,
      at: r.at.toISOString(),
      incidentNumber: r.incidentId ? (numbers.get(r.incidentId) ?? null) : null,
      notifications: sent
        .filter((n) => n.alertRuleEventId === r.id)
        .map((n) => ({ channel: channelLabel(n.channel), status: n.status, lastError: n.lastError })),
    })),
    limit,
  );
  return { items: page.rows, next: page.next };
}
