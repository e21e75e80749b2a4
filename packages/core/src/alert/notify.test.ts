import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import {
  type MessageReceiver,
  type SlackMessage,
  type SmtpReceiver,
  startSlackServer,
  startSmtpReceiver,
  startWebhookReceiver,
  type WebhookDelivery,
} from "@opsdeck/integrations/testing/index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeMetricSamples } from "../metric/write.ts";
import { createChannel } from "../notification/channel-write.ts";
import { deliverNotification } from "../notification/deliver.ts";
import { dispatchDueNotifications } from "../notification/dispatch.ts";
import { systemCtx } from "../roles.ts";
import { generateKey, parseKey } from "../secrets/crypto.ts";
import { ctxOf, makeUser, type TestUser } from "../testing.ts";
import { createAlertRule } from "./create.ts";
import { listAlertRuleHistory } from "./history.ts";
import { evaluateAlertRules } from "./run.ts";

const SECRET = "whsec_alert_notify_test";
const T0 = new Date(Date.now() - 60 * 60_000);
const at = (s: number) => new Date(T0.getTime() + s * 1000);

/** A notify-only rule: its changes go to the channels of its severity, and no incident is opened. */
describe("notify-only alert rules", () => {
  let t: TestDb;
  let admin: TestUser;
  let slack: MessageReceiver<SlackMessage>;
  let hook: MessageReceiver<WebhookDelivery>;
  let smtp: SmtpReceiver;
  let ruleId: string;
  const key = parseKey(generateKey());

  beforeAll(async () => {
    t = await createTestDb();
    admin = await makeUser(t.db, { role: "ADMIN", name: "Ada" });
    [slack, hook, smtp] = await Promise.all([
      startSlackServer(),
      startWebhookReceiver({ secret: SECRET }),
      startSmtpReceiver(),
    ]);
    await t.db.service.create({ data: { slug: "shop", name: "The shop" } });
    const ctx = ctxOf(admin);
    const add = (input: Parameters<typeof createChannel>[0]["input"]) => createChannel({ db: t.db, ctx, key, input });
    await add({ name: "#oncall", kind: "SLACK", severities: ["P1"], webhookUrl: `${slack.url}/services/T1/B1/a` });
    await add({ name: "#low", kind: "SLACK", severities: ["P3"], webhookUrl: `${slack.url}/services/T1/B1/b` });
    await add({
      name: "ops-hook",
      kind: "WEBHOOK",
      severities: ["P1"],
      quiet: true,
      config: { url: hook.url },
      signingSecret: SECRET,
    });
    await add({
      name: "mail",
      kind: "EMAIL",
      severities: ["P1"],
      config: { host: "127.0.0.1", port: smtp.port, from: "ops@example.com", to: ["oncall@example.com"] },
    });
    const rule = await createAlertRule({
      db: t.db,
      ctx,
      input: {
        name: "Shop errors",
        series: "app.error_rate",
        aggregation: "AVG",
        windowSeconds: 60,
        comparator: "GT",
        threshold: 5,
        forSeconds: 0,
        severity: "P1",
        action: "NOTIFY",
      },
    });
    ruleId = rule.id;
  });
  afterAll(async () => {
    await Promise.all([slack?.close(), hook?.close(), smtp?.close()]);
    await t?.drop();
  });

  const write = (sec: number, value: number) =>
    writeMetricSamples(t.db, [{ name: "app.error_rate", labels: { service: "shop" }, at: at(sec), value }]);
  const evaluate = (sec: number) =>
    evaluateAlertRules({ db: t.db, ctx: systemCtx("worker"), intervalSeconds: 15, now: at(sec) });
  const rowsOf = (to: "FIRING" | "RESOLVED") =>
    t.db.notification.findMany({
      where: { alertRuleEvent: { ruleId, to } },
      include: { channel: true },
      orderBy: [{ createdAt: "asc" }, { channel: { name: "asc" } }],
    });
  /** Dispatch what is due (as pg-boss would) and deliver each, now (the receiver checks the signature's time). */
  const runDue = async () => {
    const now = new Date();
    const ids: string[] = [];
    await dispatchDueNotifications(
      t.db,
      async (id) => {
        ids.push(id);
        return `job-${id}`;
      },
      now,
    );
    for (const id of ids)
      await deliverNotification({
        db: t.db,
        id,
        deps: { secretKey: key, baseUrl: "http://opsdeck.test" },
        now: () => now,
      });
    return ids.length;
  };

  it("fires to the channels of its severity, with rule, service, value, condition and link, and no incident", async () => {
    await write(0, 9);
    expect((await evaluate(5)).changes).toEqual([{ ruleId, group: "shop", to: "FIRING" }]);
    expect(await t.db.incident.count()).toBe(0);
    const rows = await rowsOf("FIRING");
    expect(rows.map((r) => [r.channel.name, r.event, r.status, r.quiet, r.incidentId])).toEqual([
      ["#oncall", "alert.firing", "QUEUED", false, null],
      ["mail", "alert.firing", "QUEUED", false, null],
      ["ops-hook", "alert.firing", "QUEUED", true, null],
    ]);
    expect(slack.calls).toHaveLength(0);

    expect(await runDue()).toBe(3);
    const condition = "avg(app.error_rate) over 1 min > 5";
    // Slack's mrkdwn escapes ">".
    expect(slack.messages.map((m) => m.text)).toEqual([
      "<!here> [P1] Alert: Shop errors on The shop: Firing: avg(app.error_rate) over 1 min &gt; 5",
    ]);
    const blocks = JSON.stringify(slack.messages[0]?.blocks);
    expect(blocks).toContain(`"url":"http://opsdeck.test/alerts/${ruleId}"`);
    expect(blocks).toContain("*Value*\\n9");
    expect(blocks).toContain("*Service*\\nThe shop");
    expect(hook.messages.map((m) => m.verified)).toEqual([true]);
    expect(hook.messages[0]?.body).toMatchObject({
      type: "alert.firing",
      page: false,
      rule: { id: ruleId, name: "Shop errors", url: `http://opsdeck.test/alerts/${ruleId}` },
      severity: "P1",
      service: "The shop",
      value: 9,
      condition,
      at: at(5).toISOString(),
    });
    expect(smtp.mails.map((m) => [m.to, m.subject])).toEqual([
      [["oncall@example.com"], `[P1] Alert: Shop errors on The shop: Firing: ${condition}`],
    ]);
    expect(smtp.mails[0]?.raw).toContain(`http://opsdeck.test/alerts/${ruleId}`);
    const history = await listAlertRuleHistory({ db: t.db, ctx: ctxOf(admin), input: { id: ruleId } });
    expect(history.items[0]).toMatchObject({ to: "FIRING", incidentNumber: null });
    expect(history.items[0]?.notifications.map((n) => [n.channel, n.status])).toEqual([
      ["Slack #oncall", "SENT"],
      ["Email mail", "SENT"],
      ["Webhook ops-hook", "SENT"],
    ]);
  });

  it("notifies when it resolves, and suppresses a change of the same service within 10 minutes", async () => {
    await write(700, 1);
    expect((await evaluate(705)).changes).toEqual([{ ruleId, group: "shop", to: "RESOLVED" }]);
    expect((await rowsOf("RESOLVED")).map((r) => r.status)).toEqual(["QUEUED", "QUEUED", "QUEUED"]);
    expect(await runDue()).toBe(3);
    expect(hook.messages.at(-1)?.body).toMatchObject({ type: "alert.resolved", value: 1 });
    expect(slack.messages.at(-1)?.text).toBe(
      "<!here> [P1] Alert: Shop errors on The shop: Resolved: avg(app.error_rate) over 1 min &gt; 5 no longer holds",
    );

    await write(760, 12);
    expect((await evaluate(765)).changes).toEqual([{ ruleId, group: "shop", to: "FIRING" }]);
    const again = (await rowsOf("FIRING")).filter((r) => r.createdAt.getTime() === at(765).getTime());
    expect(again.map((r) => r.status)).toEqual(["SUPPRESSED", "SUPPRESSED", "SUPPRESSED"]);
    expect(await runDue()).toBe(0);
    expect(await t.db.incident.count()).toBe(0);
  });
});
