import type { Db, Severity } from "@opsdeck/db";
import type { AnyCtx } from "../roles.ts";
import { enqueueNotifications } from "../notification/enqueue.ts";
import { slaTargetsFor } from "../severity/read.ts";
import { copyResponseSteps } from "../response/copy.ts";
import { startEscalation } from "../escalation/start.ts";
import { isUniqueViolation } from "../service/internal.ts";
import { addEvent, finish, INCIDENT_STATE_SELECT, type Tx } from "./internal.ts";

/** A check state change as the worker committed it. */
export type CheckChange = {
  checkId: string;
  from: string;
  to: string;
  atMs: number;
  message: string | null;
  duringMaintenance: boolean;
};

type CheckOfService = {
  id: string;
  name: string;
  service: { id: string; name: string; autoIncidentSeverity: Severity | null };
};

/**
 * Automatic incidents from check state changes the worker has committed (system ctx "worker"). A
 * check of a service with a policy turning DOWN outside maintenance opens the service's automatic
 * incident, or adds to its timeline when one is open; a check turning UP is noted there and never
 * resolves it (people do). Returns how many changes touched an incident.
 */
export async function applyCheckChangesToIncidents({
  db,
  ctx,
  input,
  now = new Date(),
}: {
  db: Db;
  ctx: AnyCtx;
  input: { changes: CheckChange[] };
  now?: Date;
}): Promise<number> {
  const relevant = input.changes
    .filter((c) => (c.to === "DOWN" && !c.duringMaintenance) || c.to === "UP")
    .sort((a, b) => a.atMs - b.atMs);
  if (relevant.length === 0) return 0;
  const checks = await db.check.findMany({
    where: { id: { in: [...new Set(relevant.map((c) => c.checkId))] } },
    select: { id: true, name: true, service: { select: { id: true, name: true, autoIncidentSeverity: true } } },
  });
  const byId = new Map<string, CheckOfService>(checks.map((c) => [c.id, c]));
  let touched = 0;
  for (const change of relevant) {
    const check = byId.get(change.checkId);
    if (check && (await applyChange(db, ctx, check, change, now))) touched++;
  }
  return touched;
}

/** One change in one transaction; a concurrent open of the same service's incident wins and this retries into its timeline. */
async function applyChange(
  db: Db,
  ctx: AnyCtx,
  check: CheckOfService,
  change: CheckChange,
  now: Date,
): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => applyInTx(tx, ctx, check, change, now));
    } catch (e) {
      if (!isUniqueViolation(e) || attempt >= 3) throw e;
    }
  }
}

async function applyInTx(tx: Tx, ctx: AnyCtx, check: CheckOfService, change: CheckChange, now: Date): Promise<boolean> {
  const at = new Date(change.atMs);
  const [open] = await tx.$queryRaw<{ id: string; number: number }[]>`
    SELECT id, number FROM "Incident" WHERE "autoServiceId" = ${check.service.id} AND status <> 'RESOLVED' FOR UPDATE`;
  const data = { checkId: check.id, check: check.name, message: change.message };
  if (open) {
    const down = change.to === "DOWN";
    const message = down
      ? `${check.name} is DOWN${change.message ? `: ${change.message}` : ""}`
      : `${check.name} recovered`;
    await addEvent(tx, ctx, open.id, { kind: down ? "check_down" : "check_up", message, at, data });
    await enqueueNotifications(tx, { incidentId: open.id, event: "check_state", headline: message }, now);
    await finish(tx, ctx, {
      action: "incident.check_change",
      before: null,
      after: { check: check.name, to: change.to, at },
      incident: open,
      live: "incident.timeline",
    });
    return true;
  }
  const severity = check.service.autoIncidentSeverity;
  if (change.to !== "DOWN" || !severity) return false;
  const incident = await tx.incident.create({
    data: {
      title: `${check.service.name} is down`,
      severity,
      serviceId: check.service.id,
      autoServiceId: check.service.id,
      detectedAt: at,
      ...(await slaTargetsFor(tx, severity)),
      createdAt: now,
      services: { create: [{ serviceId: check.service.id }] },
    },
    select: INCIDENT_STATE_SELECT,
  });
  await copyResponseSteps(tx, incident.id, severity);
  await addEvent(tx, ctx, incident.id, {
    kind: "opened",
    message: `opened automatically: ${check.name} DOWN`,
    at,
    data: { ...data, severity },
  });
  await startEscalation(tx, ctx, incident.id, now);
  await enqueueNotifications(
    tx,
    {
      incidentId: incident.id,
      event: "auto_opened",
      headline: `Opened automatically: ${check.name} is DOWN`,
      text: change.message,
    },
    now,
  );
  await finish(tx, ctx, {
    action: "incident.auto_open",
    before: null,
    after: { ...incident, services: [check.service.id], check: check.name },
    incident,
    live: "incident.created",
  });
  return true;
}
