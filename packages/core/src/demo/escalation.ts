import type { SeedDemoCounts, Tx } from "./seed.ts";

const SCHEDULE = "Operations on-call";

/**
 * Two policies over the demo rotation: P0/P1 page the primary, then the secondary five minutes later,
 * and the chain runs once more; P2/P3 page the primary during working hours only.
 */
export async function seedEscalationPolicies(tx: Tx, counts: SeedDemoCounts): Promise<void> {
  const schedule = await tx.onCallSchedule.findUnique({ where: { name: SCHEDULE }, select: { id: true } });
  if (!schedule) return;
  const step = (position: number, layerName: string, waitMinutes: number) => ({
    position,
    scheduleId: schedule.id,
    layerName,
    waitMinutes,
  });
  const policies = [
    {
      name: "Page on-call for P0/P1",
      severities: ["P0", "P1"] as const,
      repeat: 1,
      hours: "ALWAYS" as const,
      steps: [step(0, "primary", 5), step(1, "secondary", 10)],
    },
    {
      name: "Page on-call for P2/P3 in working hours",
      severities: ["P2", "P3"] as const,
      repeat: 0,
      hours: "WORKING_HOURS" as const,
      steps: [step(0, "primary", 30), step(1, "secondary", 30)],
    },
  ];
  for (const { steps, severities, ...p } of policies) {
    if (await tx.escalationPolicy.findUnique({ where: { name: p.name }, select: { id: true } })) continue;
    await tx.escalationPolicy.create({
      data: { ...p, severities: [...severities], services: [], steps: { create: steps } },
    });
    counts.escalationPolicies++;
  }
}
