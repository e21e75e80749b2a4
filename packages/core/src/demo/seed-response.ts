import { copyResponseSteps } from "../response/copy.ts";
import type { DemoIncident } from "./incidents.ts";
import type { Tx } from "./seed.ts";

const MINUTE = 60_000;

/**
 * A demo incident's response checklist from the defaults: a resolved incident's steps all done, one
 * after another up to its resolution; an open one's first steps at the given minutes. Nobody signed
 * them (the demo has no users).
 */
export async function seedResponseSteps(
  tx: Tx,
  incidentId: string,
  demo: DemoIncident,
  detectedAt: Date,
  resolvedAt: Date | null,
): Promise<number> {
  await copyResponseSteps(tx, incidentId, demo.severity);
  const steps = await tx.incidentResponseStep.findMany({
    where: { incidentId },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  const start = detectedAt.getTime();
  const doneAt = (i: number): Date | null => {
    if (resolvedAt) return new Date(start + Math.round(((i + 1) / steps.length) * (resolvedAt.getTime() - start)));
    const after = demo.responseDoneAfter?.[i];
    return after === undefined ? null : new Date(start + after * MINUTE);
  };
  for (const [i, step] of steps.entries()) {
    const answeredAt = doneAt(i);
    if (answeredAt)
      await tx.incidentResponseStep.update({ where: { id: step.id }, data: { status: "DONE", answeredAt } });
  }
  return steps.length;
}
