import { putContactMethods } from "@opsdeck/core/contact/put";
import { createMailChannel } from "@opsdeck/core/notification/testing";
import { createSchedule } from "@opsdeck/core/schedule/create";
import { generateKey, parseKey } from "@opsdeck/core/secrets/crypto";
import { ctxOf, makeUser } from "@opsdeck/core/testing";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { startSmtpReceiver } from "@opsdeck/integrations/testing/index";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startWorker, stopWorkers, until } from "./worker-process.testing.ts";

afterEach(stopWorkers, 30_000);

/** The handoff loop of a real worker process, started by main.ts. */
describe("worker: handoff messages", () => {
  let t: TestDb;
  const keyText = generateKey();
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t?.drop());

  it("mails the person whose shift has just started, once", async () => {
    const smtp = await startSmtpReceiver();
    try {
      const admin = await makeUser(t.db, { role: "ADMIN", name: "Grace" });
      const ana = await makeUser(t.db, { role: "RESPONDER", name: "Ana" });
      await createMailChannel(t.db, ctxOf(admin), parseKey(keyText), smtp.port);
      await putContactMethods({
        db: t.db,
        ctx: ctxOf(ana),
        input: { email: ana.email, methods: [{ kind: "EMAIL", address: ana.email }] },
      });
      // A rotation that began a minute ago: Ana's first shift, until the handoff three hours on.
      const at = new Date(Date.now() + 3 * 3_600_000).toISOString().slice(11, 16);
      const layer = { name: "primary", handoff: { every: "day" as const, at }, members: [ana.email] };
      await createSchedule({
        db: t.db,
        ctx: ctxOf(admin),
        input: {
          name: "Payments",
          timeZone: "UTC",
          layers: [{ ...layer, startsAt: new Date(Date.now() - 60_000).toISOString() }],
        },
      });
      const w = startWorker({
        DATABASE_URL: t.url,
        WORKER_ID: "handoffs",
        WORKER_HEARTBEAT_SECONDS: "1",
        OPSDECK_SECRET_KEY: keyText,
        NEXTAUTH_URL: "http://opsdeck.test",
        WORKER_HANDOFF_SECONDS: "5",
      });
      const row = await until(
        "the handoff to be sent",
        () => t.db.onCallHandoffMessage.findFirst({ where: { userId: ana.id, sentAt: { not: null } } }),
        w,
      );
      expect(row.outcomes).toEqual([{ kind: "EMAIL", address: ana.email, ok: true, detail: "sent" }]);
      // Two more ticks send nothing more.
      await new Promise((r) => setTimeout(r, 11_000));
      expect(smtp.mails.map((m) => m.to)).toEqual([[ana.email]]);
      expect(smtp.mails[0]?.subject).toMatch(/^\[On call\] Payments \/ primary: You are on call/);
    } finally {
      await smtp.close();
    }
  }, 60_000);
});
