import { createEscalationPolicy } from "@opsdeck/core/escalation/create";
import { ctxOf, type TestUser } from "@opsdeck/core/testing";
import type { TestDb } from "@opsdeck/db/testing";

/** Keep an escalation policy over the fuzz schedule, for generated reads and deletes to find. */
export async function replenishEscalationPolicies(db: TestDb["db"], admin: TestUser): Promise<void> {
  if (await db.escalationPolicy.count()) return;
  await createEscalationPolicy({
    db,
    ctx: ctxOf(admin),
    input: {
      name: "Fuzz escalation",
      severities: ["P0"],
      steps: [{ notify: { schedule: "Fuzz rotation", layer: "primary" }, waitMinutes: 5 }],
      repeat: 0,
    },
  });
}

export const ESCALATION_ID_SQL = {
  "escalation-policy": `SELECT id AS v FROM "EscalationPolicy" ORDER BY name, id`,
};
