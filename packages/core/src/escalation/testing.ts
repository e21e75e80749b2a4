import type { Db } from "@opsdeck/db";
import { putContactMethods } from "../contact/put.ts";
import { createChannel } from "../notification/channel-write.ts";
import { createSchedule } from "../schedule/create.ts";
import { ctxOf, makeUser, type TestUser } from "../testing.ts";

/**
 * An on-call team for escalation tests: a mail channel to the local SMTP receiver at `smtpPort`, a
 * schedule "Ops" whose layers "primary" and "secondary" are held by ana and ben (each with a mail
 * contact method), and carl with no contact method.
 */
export async function escalationTeam(db: Db, key: Buffer, smtpPort: number, admin: TestUser) {
  const ctx = ctxOf(admin);
  const tag = Math.random().toString(36).slice(2, 8);
  const [ana, ben, carl] = await Promise.all(
    ["ana", "ben", "carl"].map((n) => makeUser(db, { role: "RESPONDER", name: n, email: `${n}-${tag}@example.com` })),
  );
  if (!ana || !ben || !carl) throw new Error("users not made");
  await createChannel({
    db,
    ctx,
    key,
    input: {
      name: `mail-${tag}`,
      kind: "EMAIL",
      severities: ["P3"],
      config: { host: "127.0.0.1", port: smtpPort, secure: false, from: "ops@example.com", to: ["team@example.com"] },
    },
  });
  for (const u of [ana, ben])
    await putContactMethods({ db, ctx, input: { email: u.email, methods: [{ kind: "EMAIL", address: u.email }] } });
  const layer = (name: string, who: string) => ({
    name,
    handoff: { every: "week" as const, at: "09:00", weekday: "monday" as const },
    startsAt: "2026-01-05T09:00:00Z",
    members: [who],
  });
  const schedule = `Ops ${tag}`;
  await createSchedule({
    db,
    ctx,
    input: { name: schedule, timeZone: "UTC", layers: [layer("primary", ana.email), layer("secondary", ben.email)] },
  });
  return { ana, ben, carl, schedule, tag };
}
