import type { ChecklistCadence, Prisma } from "@opsdeck/db";
import { ConflictError, NotFoundError } from "../errors.ts";
import { displayName } from "../incident/internal.ts";
import { isCurrentPeriod } from "./open-run.ts";
import { periodKey } from "./period.ts";

type Tx = Prisma.TransactionClient;

export type LockedRun = {
  id: string;
  periodKey: string;
  version: number;
  signedOffAt: Date | null;
  signedOffBy: { name: string | null; email: string } | null;
  template: { id: string; slug: string; name: string; cadence: ChecklistCadence; timeZone: string };
};

/**
 * The run, locked until the transaction ends, so two people's changes to one run apply one after the
 * other (a second sign-off sees the first). NotFound unless the run belongs to the checklist `slug`.
 */
export async function lockRun(tx: Tx, slug: string, runId: string): Promise<LockedRun> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM "ChecklistRun" r JOIN "ChecklistTemplate" t ON t.id = r."templateId"
    WHERE r.id = ${runId} AND t.slug = ${slug} FOR UPDATE OF r`;
  if (!row) throw new NotFoundError("No such run of this checklist");
  return tx.checklistRun.findUniqueOrThrow({
    where: { id: row.id },
    select: {
      id: true,
      periodKey: true,
      version: true,
      signedOffAt: true,
      signedOffBy: { select: { name: true, email: true } },
      template: { select: { id: true, slug: true, name: true, cadence: true, timeZone: true } },
    },
  });
}

/** Refuse a change to a signed-off run or to another period's run. */
export function assertChangeable(run: LockedRun, now: Date): void {
  if (run.signedOffAt)
    throw new ConflictError(
      `${run.template.name} ${run.periodKey} was signed off by ${displayName(run.signedOffBy)} at ${run.signedOffAt.toISOString()}: a signed-off run cannot change`,
    );
  if (!isCurrentPeriod(run.template, run.periodKey, now)) {
    const current = periodKey(run.template.cadence, now, run.template.timeZone);
    throw new ConflictError(
      `This run is for ${run.periodKey}, which is over: only the current period's run (${current}) can be changed`,
    );
  }
}
