import { createEscalationPolicy } from "@opsdeck/core/escalation/create";
import { declareIncident } from "@opsdeck/core/incident/declare";
import { systemCtx } from "@opsdeck/core/roles";
import { putContactMethods } from "@opsdeck/core/contact/put";
import type { Db } from "@opsdeck/db";

const ctx = systemCtx("bench");

/** The people the policy pages, one per step, so that (incident, person) names a step. */
export const PAGERS = ["Pager One", "Pager Two", "Pager Three"];

/**
 * The on-call side: one user per step, each with one webhook contact method to the receiver, and a
 * P3 policy paging them in turn, `waitMinutes` apart, with no repeat, for the service "paged", which
 * the incidents name. Returns the policy's id.
 */
export async function setUpPolicy(db: Db, receiverUrl: string, waitMinutes: number): Promise<string> {
  await db.service.create({ data: { slug: "paged", name: "Paged service" } });
  const emails: string[] = [];
  for (const [i, name] of PAGERS.entries()) {
    const email = `pager-${i + 1}@bench.example`;
    await db.user.create({ data: { email, name, role: "RESPONDER" } });
    await putContactMethods({ db, ctx, input: { email, methods: [{ kind: "WEBHOOK", address: receiverUrl }] } });
    emails.push(email);
  }
  const policy = await createEscalationPolicy({
    db,
    ctx,
    input: {
      name: "Bench: page three people in turn",
      severities: ["P3"],
      repeat: 0,
      steps: emails.map((email) => ({ notify: { email }, waitMinutes })),
    },
  });
  return policy.id;
}

/**
 * Open `count` P3 incidents spread evenly over `spreadMs`, so their steps fall due staggered, as
 * responders declaring them would (each in its own transaction, which starts its escalation). Each
 * starts on its schedule with up to `parallel` still being written, so a slow one does not delay the rest.
 */
export async function openIncidents(db: Db, count: number, spreadMs: number, say: (m: string) => void, parallel = 4) {
  const started = Date.now();
  const inFlight = new Set<Promise<unknown>>();
  let done = 0;
  for (let i = 0; i < count; i++) {
    const wait = started + (i * spreadMs) / count - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    while (inFlight.size >= parallel) await Promise.race(inFlight);
    const p = declareIncident({
      db,
      ctx,
      input: { title: `Bench incident ${i + 1}`, severity: "P3", services: ["paged"] },
    }).then(() => {
      inFlight.delete(p);
      if (++done % 250 === 0) say(`${done} incidents open`);
    });
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  return Date.now() - started;
}
