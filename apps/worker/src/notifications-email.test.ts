import { createServer } from "node:net";
import { declareIncident } from "@opsdeck/core/incident/declare";
import { createChannel } from "@opsdeck/core/notification/channel-write";
import { generateKey, parseKey } from "@opsdeck/core/secrets/crypto";
import { ctxOf, makeUser } from "@opsdeck/core/testing";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { startSmtpReceiver } from "@opsdeck/integrations/testing/index";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startWorker, stopWorkers, until } from "./worker-process.testing.ts";

afterEach(stopWorkers, 30_000);

/** A port nothing listens on: taken from the OS, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Mail notifications sent by a real worker process through SMTP. */
describe("worker: email notifications", () => {
  let t: TestDb;
  const keyText = generateKey();
  const key = parseKey(keyText);
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t?.drop());

  it("mails the recipients through SMTP, retries a refusal, and fails an unreachable server on the timeline", async () => {
    const smtp = await startSmtpReceiver({ auth: { user: "opsdeck", pass: "smtp-pass" } });
    try {
      const admin = await makeUser(t.db, { role: "ADMIN", name: "Grace" });
      const ctx = ctxOf(admin);
      await t.db.service.create({ data: { slug: "shop", name: "Shop" } });
      const mail = (name: string, port: number) =>
        createChannel({
          db: t.db,
          ctx,
          key,
          input: {
            name,
            kind: "EMAIL",
            config: {
              host: "127.0.0.1",
              port,
              username: "opsdeck",
              from: "opsdeck@example.com",
              to: ["oncall@example.com", "lead@example.com"],
            },
            password: "smtp-pass",
          },
        });
      await mail("ops-mail", smtp.port);
      await mail("dead-mail", await closedPort());
      smtp.failNext(1, 451);
      const w = startWorker({
        DATABASE_URL: t.url,
        WORKER_ID: "notify-mail",
        WORKER_HEARTBEAT_SECONDS: "1",
        OPSDECK_SECRET_KEY: keyText,
        NEXTAUTH_URL: "http://opsdeck.test",
        WORKER_NOTIFY_RETRY_SECONDS: "0.5",
      });
      const incident = await declareIncident({
        db: t.db,
        ctx,
        input: { title: "Checkout down", severity: "P1", services: ["shop"] },
      });
      const messages = await until(
        "both mail notifications to end",
        async () => {
          const open = await t.db.notification.count({ where: { incidentId: incident.id, status: "QUEUED" } });
          if (open > 0) return null;
          const entries = await t.db.incidentEvent.findMany({
            where: { incidentId: incident.id, kind: "notification" },
            orderBy: [{ at: "asc" }, { createdAt: "asc" }],
          });
          return entries.map((e) => e.message);
        },
        w,
        60_000,
      );
      expect(messages.filter((m) => m.startsWith("Email ops-mail"))).toEqual([
        expect.stringMatching(
          /^Email ops-mail: attempt 1 of 2 failed \(declared\): .*451 Mailbox busy.*; retrying in 0\.5 s$/,
        ),
        "Email ops-mail: sent (declared) on attempt 2",
      ]);
      expect(messages.filter((m) => m.startsWith("Email dead-mail"))).toEqual([
        expect.stringMatching(/^Email dead-mail: attempt 1 of 2 failed \(declared\): .*ECONNREFUSED.*; retrying/),
        expect.stringMatching(/^Email dead-mail: failed after 2 attempts \(declared\): .*ECONNREFUSED/),
      ]);
      expect(smtp.mails).toHaveLength(1);
      const [received] = smtp.mails;
      expect(received?.from).toBe("opsdeck@example.com");
      expect(received?.to).toEqual(["oncall@example.com", "lead@example.com"]);
      expect(received?.subject).toBe(
        `[P1] #${incident.number} Checkout down: Declared P1 – High (major impact); commander Grace`,
      );
      expect(received?.raw).toMatch(/^To: oncall@example\.com, lead@example\.com\r?$/m);
      expect(received?.raw).toMatch(/^X-Priority: 1/m);
    } finally {
      await smtp.close();
    }
  }, 90_000);
});
