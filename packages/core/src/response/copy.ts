import type { Severity } from "@opsdeck/db";
import type { AnyCtx } from "../roles.ts";
import { addEvent, type Tx } from "../incident/internal.ts";
import { sameTitle } from "./schemas.ts";

const RANK: Record<Severity, number> = { P0: 0, P1: 1, P2: 2, P3: 3 };

const defaultsOf = (tx: Tx, severity: Severity) =>
  tx.responseStepDefault.findMany({
    where: { severity },
    orderBy: { position: "asc" },
    select: { title: true, detail: true },
  });

/** An opening incident's checklist: a copy of its severity's defaults, which later edits leave alone. */
export async function copyResponseSteps(tx: Tx, incidentId: string, severity: Severity): Promise<void> {
  const steps = await defaultsOf(tx, severity);
  await tx.incidentResponseStep.createMany({
    data: steps.map((s, position) => ({ ...s, incidentId, position, severity })),
  });
}

/**
 * A raised severity (P2 → P0) adds the new severity's steps the incident lacks (by title) after its
 * own, with a timeline entry; a lowered one removes nothing. The caller holds the incident's lock.
 */
export async function addRaisedSeveritySteps(
  tx: Tx,
  ctx: AnyCtx,
  incidentId: string,
  change: { from: Severity; to: Severity; at: Date },
): Promise<number> {
  if (RANK[change.to] >= RANK[change.from]) return 0;
  const have = await tx.incidentResponseStep.findMany({
    where: { incidentId },
    select: { title: true, position: true },
  });
  const missing = (await defaultsOf(tx, change.to)).filter((d) => !have.some((h) => sameTitle(h.title, d.title)));
  if (missing.length === 0) return 0;
  const next = Math.max(-1, ...have.map((h) => h.position)) + 1;
  await tx.incidentResponseStep.createMany({
    data: missing.map((s, i) => ({ ...s, incidentId, position: next + i, severity: change.to })),
  });
  const n = missing.length;
  await addEvent(tx, ctx, incidentId, {
    kind: "response_step",
    message: `Response checklist: ${n} step${n === 1 ? "" : "s"} of ${change.to} added`,
    at: change.at,
    data: { action: "added", severity: change.to, titles: missing.map((s) => s.title) },
  });
  return n;
}
