import type { TestDb } from "@opsdeck/db/testing";
import {
  type MessageReceiver,
  type SlackMessage,
  type SmtpReceiver,
  startSlackServer,
  startSmtpReceiver,
  startWebhookReceiver,
} from "@opsdeck/integrations/testing/index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, ValidationError } from "../errors.ts";
import { createChannel } from "../notification/channel-write.ts";
import { generateKey, parseKey } from "../secrets/crypto.ts";
import { ctxOf, expectAuditClean, type RoleSuite, roleSuite } from "../testing.ts";
import { listContactMethods } from "./list.ts";
import { addContactMethod, putContactMethods, removeContactMethod } from "./put.ts";
import { contactSigningSecret } from "./secret.ts";
import { testContactMethod } from "./test-send.ts";

const key = parseKey(generateKey());

async function fieldErrorsOf(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ValidationError);
  return (err as ValidationError).fieldErrors;
}

describe("contact methods", () => {
  let s: RoleSuite;
  let t: TestDb;
  let slack: MessageReceiver<SlackMessage>;
  let smtp: SmtpReceiver;

  beforeAll(async () => {
    s = await roleSuite();
    t = s.t;
    slack = await startSlackServer();
    smtp = await startSmtpReceiver();
  });
  afterAll(async () => {
    await slack.close();
    await smtp.close();
    await t.drop();
  });

  it("keeps the list in order, keeps the ids of methods already there, and audits the change", async () => {
    const ctx = ctxOf(s.responder);
    const email = s.responder.email;
    const first = await putContactMethods({
      db: t.db,
      ctx,
      input: {
        email,
        methods: [
          { kind: "EMAIL", address: "me@example.com" },
          { kind: "SLACK", address: "U012AB3CD" },
        ],
      },
    });
    expect(first.map((m) => m.kind)).toEqual(["EMAIL", "SLACK"]);
    const again = await putContactMethods({
      db: t.db,
      ctx,
      input: {
        email,
        methods: [
          { kind: "SLACK", address: "U012AB3CD" },
          { kind: "EMAIL", address: "me@example.com" },
        ],
      },
    });
    expect(again.map((m) => m.id)).toEqual([first[1]?.id, first[0]?.id]);
    const audit = await t.db.auditLog.findMany({ where: { action: "user.contact_methods", targetId: s.responder.id } });
    expect(audit).toHaveLength(2);
    expect(audit[1]?.after).toEqual({ methods: ["SLACK U012AB3CD", "EMAIL me@example.com"] });
    // Everyone signed in reads them (the runbooks publish them too).
    const read = await listContactMethods({ db: t.db, ctx: ctxOf(s.viewer), input: { email } });
    expect(read.map((m) => m.address)).toEqual(["U012AB3CD", "me@example.com"]);
  });

  it("refuses bad methods by field, saving nothing", async () => {
    const ctx = ctxOf(s.viewer);
    const email = s.viewer.email;
    const errors = await fieldErrorsOf(
      putContactMethods({
        db: t.db,
        ctx,
        input: {
          email,
          methods: [
            { kind: "EMAIL", address: "a@example.com" },
            { kind: "SLACK", address: "@ana" },
            { kind: "WEBHOOK", address: "ftp://bridge" },
            { kind: "EMAIL", address: "A@example.com" },
            { kind: "PAGER", address: "x" },
          ],
        },
      }),
    );
    expect(Object.keys(errors).sort()).toEqual(["1.address", "2.address", "4.kind"]);
    expect(await t.db.contactMethod.count({ where: { userId: s.viewer.id } })).toBe(0);
    const dup = await fieldErrorsOf(
      putContactMethods({
        db: t.db,
        ctx,
        input: {
          email,
          methods: [
            { kind: "EMAIL", address: "a@example.com" },
            { kind: "EMAIL", address: "A@example.com" },
          ],
        },
      }),
    );
    expect(dup).toEqual({ "1.address": ["Listed twice"] });
    await addContactMethod({ db: t.db, ctx, input: { email, method: { kind: "EMAIL", address: "a@example.com" } } });
    const added = await fieldErrorsOf(
      addContactMethod({ db: t.db, ctx, input: { email, method: { kind: "EMAIL", address: "a@example.com" } } }),
    );
    expect(added).toEqual({ address: ["Listed twice"] });
  });

  it("lets only the person or an admin change or test them", async () => {
    const email = s.admin.email;
    const input = { email, methods: [{ kind: "EMAIL", address: "boss@example.com" }] };
    await expect(putContactMethods({ db: t.db, ctx: ctxOf(s.responder), input })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const [mine] = await putContactMethods({ db: t.db, ctx: ctxOf(s.admin), input });
    await expect(
      removeContactMethod({ db: t.db, ctx: ctxOf(s.viewer), input: { id: mine?.id ?? "" } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      testContactMethod({ db: t.db, ctx: ctxOf(s.viewer), input: { id: mine?.id ?? "" }, key }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    // An admin edits anyone's list.
    await putContactMethods({ db: t.db, ctx: ctxOf(s.admin), input: { email: s.viewer.email, methods: [] } });
    expect(await t.db.contactMethod.count({ where: { userId: s.viewer.id } })).toBe(0);
  });

  it("sends a signed test page to a webhook and says when the receiver fails", async () => {
    const ctx = ctxOf(s.responder);
    const probe = await startWebhookReceiver({ secret: "unused" });
    const [m] = await putContactMethods({
      db: t.db,
      ctx,
      input: { email: s.responder.email, methods: [{ kind: "WEBHOOK", address: probe.url }] },
    });
    await probe.close();
    const id = m?.id ?? "";
    const secret = contactSigningSecret(key, id);
    const [shown] = await listContactMethods({ db: t.db, ctx, input: { email: s.responder.email }, key });
    expect(shown?.signingSecret).toBe(secret);
    const [hidden] = await listContactMethods({
      db: t.db,
      ctx: ctxOf(s.viewer),
      input: { email: s.responder.email },
      key,
    });
    expect(hidden?.signingSecret).toBeUndefined();

    // The receiver is told the method's secret, on the port the method names.
    const hook = await startWebhookReceiver({ secret, port: Number(new URL(probe.url).port) });
    try {
      const live = shown;
      const ok = await testContactMethod({
        db: t.db,
        ctx,
        input: { id: live?.id ?? "" },
        key,
        baseUrl: "http://o.test",
      });
      expect(ok).toMatchObject({ ok: true, detail: "sent" });
      expect(hook.messages).toHaveLength(1);
      expect(hook.messages[0]?.body).toMatchObject({ type: "page.test", acknowledgeUrl: null });
      hook.failNext(1, 500);
      const failed = await testContactMethod({ db: t.db, ctx, input: { id: live?.id ?? "" }, key });
      expect(failed.ok).toBe(false);
      expect(failed.detail).toMatch(/^500 Internal Server Error/);
      const [after] = await listContactMethods({ db: t.db, ctx, input: { email: s.responder.email } });
      expect(after?.test).toMatchObject({ ok: false });
      expect(after?.test?.detail).toMatch(/^500/);
      expect(await t.db.auditLog.count({ where: { action: "user.contact_method_test" } })).toBeGreaterThanOrEqual(2);
    } finally {
      await hook.close();
    }
  });

  it("says plainly that mail and Slack need a channel, then sends through the first enabled one", async () => {
    const ctx = ctxOf(s.responder);
    const list = await putContactMethods({
      db: t.db,
      ctx,
      input: {
        email: s.responder.email,
        methods: [
          { kind: "EMAIL", address: "me@example.com" },
          { kind: "SLACK", address: "U012AB3CD" },
        ],
      },
    });
    const [mail, member] = list.map((m) => m.id);
    const none = await testContactMethod({ db: t.db, ctx, input: { id: mail ?? "" }, key });
    expect(none).toMatchObject({ ok: false });
    expect(none.detail).toMatch(/no email notification channel is enabled/);

    const admin = ctxOf(s.admin);
    await createChannel({
      db: t.db,
      ctx: admin,
      key,
      input: {
        name: "mail",
        kind: "EMAIL",
        config: {
          host: "127.0.0.1",
          port: smtp.port,
          secure: false,
          from: "ops@example.com",
          to: ["team@example.com"],
        },
      },
    });
    await createChannel({
      db: t.db,
      ctx: admin,
      key,
      input: { name: "#oncall", kind: "SLACK", webhookUrl: `${slack.url}/services/T1/B1/oncall` },
    });
    expect(await testContactMethod({ db: t.db, ctx, input: { id: mail ?? "" }, key })).toMatchObject({ ok: true });
    expect(smtp.mails.at(-1)?.to).toEqual(["me@example.com"]);
    expect(smtp.mails.at(-1)?.subject).toMatch(/Opsdeck test page/);
    expect(await testContactMethod({ db: t.db, ctx, input: { id: member ?? "" }, key })).toMatchObject({ ok: true });
    expect(slack.messages.at(-1)?.text).toMatch(/^<@U012AB3CD> /);
    await expectAuditClean(t.db, [key.toString("hex")]);
  });
});
