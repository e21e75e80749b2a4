import type { ContactKind } from "@opsdeck/db";
import { DEMO_INCIDENTS } from "./incidents.ts";
import { DEMO_ON_CALL_USERS } from "./schedules.ts";
import type { SeedDemoCounts, Tx } from "./seed.ts";

const MINUTE = 60_000;
const [ADA, BEN] = DEMO_ON_CALL_USERS.map((u) => u.email) as [string, string];

/** Who each step paged, minutes after detection, and by which methods; who acknowledged it. */
const HISTORY: {
  title: string;
  policy: string;
  pages: { user: string; step: number; after: number; by: ContactKind[] }[];
  ackBy: string;
}[] = [
  {
    title: "Stripe webhook failures",
    policy: "Page on-call for P0/P1",
    pages: [{ user: ADA, step: 0, after: 1, by: ["EMAIL", "SLACK"] }],
    ackBy: ADA,
  },
  {
    title: "Elevated API latency",
    policy: "Page on-call for P2/P3 in working hours",
    pages: [
      { user: BEN, step: 0, after: 1, by: ["EMAIL"] },
      { user: ADA, step: 1, after: 31, by: ["EMAIL", "SLACK"] },
    ],
    ackBy: ADA,
  },
  {
    title: "Product images broken on /shop",
    policy: "Page on-call for P2/P3 in working hours",
    pages: [
      { user: BEN, step: 0, after: 1, by: ["EMAIL"] },
      { user: ADA, step: 1, after: 31, by: ["EMAIL", "SLACK"] },
    ],
    ackBy: BEN,
  },
];

/**
 * The demo incidents' escalations as the engine would have left them: the pages it sent to the demo
 * on-call users (contact methods named by kind: the demo users have none stored, so nothing is ever
 * sent) and the acknowledgement put in the name of who answered, so the on-call load report has data.
 */
export async function seedPageHistory(tx: Tx, counts: SeedDemoCounts): Promise<void> {
  for (const h of HISTORY) {
    const incident = await tx.incident.findFirst({
      where: { title: h.title, escalation: null },
      select: { id: true, detectedAt: true, acknowledgedAt: true },
    });
    const demo = DEMO_INCIDENTS.find((d) => d.title === h.title);
    if (!incident?.acknowledgedAt || !demo) continue;
    const users = new Map(
      (await tx.user.findMany({ where: { email: { in: [ADA, BEN] } }, select: { id: true, email: true } })).map((u) => [
        u.email,
        u.id,
      ]),
    );
    const ackBy = users.get(h.ackBy);
    if (!ackBy) continue;
    const policy = await tx.escalationPolicy.findUnique({ where: { name: h.policy }, select: { id: true } });
    const at = (minutes: number) => new Date(incident.detectedAt.getTime() + minutes * MINUTE);
    const last = h.pages.at(-1);
    const escalation = await tx.incidentEscalation.create({
      data: {
        incidentId: incident.id,
        policyId: policy?.id ?? null,
        step: last?.step ?? 0,
        dueAt: incident.acknowledgedAt,
        stoppedAt: incident.acknowledgedAt,
        stopReason: "acknowledged",
        createdAt: incident.detectedAt,
      },
      select: { id: true },
    });
    for (const p of h.pages) {
      const userId = users.get(p.user);
      if (!userId) continue;
      await tx.incidentPage.createMany({
        data: p.by.map((kind, i) => ({
          incidentId: incident.id,
          escalationId: escalation.id,
          round: 0,
          step: p.step,
          userId,
          methodId: `demo-${kind.toLowerCase()}`,
          methodKind: kind,
          sentAt: new Date(at(p.after).getTime() + i * 1000),
          ok: true,
        })),
      });
      counts.incidentPages += p.by.length;
    }
    await tx.incidentEvent.updateMany({
      where: { incidentId: incident.id, kind: "acknowledged" },
      data: { authorId: ackBy },
    });
  }
}
