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
import { createMailChannel } from "../notification/testing.ts";
import { generateKey, parseKey } from "../secrets/crypto.ts";
import { ctxOf, expectAuditClean, type RoleSuite, roleSuite, type TestUser } from "../testing.ts";
import { listContactMethods } from "./list.ts";
import { addContactMethod, putContactMethods, removeContactMethod } from "./put.ts";
import { contactSigningSecret } from "./secret.ts";
import { testContactMethod } from "./test-send.ts";

const key = parseKey(generateKey());
const MAIL_AND_SLACK = [
  { kind: "EMAIL", address: "me@example.com" },
  { kind: "SLACK", address: "U012AB3CD" },
];

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
  /** `who` sets the list of `email` (their own unless named). */
  const put = (who: TestUser, methods: unknown[], email = who.email) =>
    putContactMethods({ db: t.db, ctx: ctxOf(who), input: { email, methods } });
  /** `who` sends a test page to method `id`. */
  const sendTest = (who: TestUser, id: string | undefined, baseUrl?: string) =>
    testContactMethod({ db: t.db, ctx: ctxOf(who), input: { id: id ?? "" }, key, baseUrl });

  afterAll(async () => {
    await slack.close();
    await smtp.close();
    await t.drop();
  });

  it("keeps the list in order, keeps the ids of methods already there, and audits the change", async () => {
    const first = await put(s.responder, MAIL_AND_SLACK);
    expect(first.map((m) => m.kind)).toEqual(["EMAIL", "SLACK"]);
    const again = await put(s.responder, [...MAIL_AND_SLACK].reverse());
    expect(again.map((m) => m.id)).toEqual([first[1]?.id, first[0]?.id]);
    const audit = await t.db.auditLog.findMany({ where: { action: "user.contact_methods", targetId: s.responder.id } });
    expect(audit).toHaveLength(2);
    expect(audit[1]?.after).toEqual({ methods: ["SLACK U012AB3CD", "EMAIL me@example.com"] });
    // Everyone signed in reads them (the runbooks publish them too).
    const read = await listContactMethods({ db: t.db, ctx: ctxOf(s.viewer), input: { email: s.responder.email } });
    expect(read.map((m) => m.address)).toEqual(["U012AB3CD", "me@example.com"]);
  });

  it("refuses bad methods by field, saving nothing", async () => {
    const errors = await fieldErrorsOf(
      put(s.viewer, [
        { kind: "EMAIL", address: "a@example.com" },
        { kind: "SLACK", address: "@ana" },
        { kind: "WEBHOOK", address: "ftp://bridge" },
        { kind: "EMAIL", address: "A@example.com" },
        { kind: "PAGER", address: "x" },
      ]),
    );
    expect(Object.keys(errors).sort()).toEqual(["1.address", "2.address", "4.kind"]);
    expect(await t.db.contactMethod.count({ where: { userId: s.viewer.id } })).toBe(0);
    const dup = await fieldErrorsOf(
      put(s.viewer, [
        { kind: "EMAIL", address: "a@example.com" },
        { kind: "EMAIL", address: "A@example.com" },
      ]),
    );
    expect(dup).toEqual({ "1.address": ["Listed twice"] });
    const add = () =>
      addContactMethod({
        db: t.db,
        ctx: ctxOf(s.viewer),
        input: { email: s.viewer.email, method: { kind: "EMAIL", address: "a@example.com" } },
      });
    await add();
    expect(await fieldErrorsOf(add())).toEqual({ address: ["Listed twice"] });
  });

  it("lets only the person or an admin change or test them", async () => {
    const methods = [{ kind: "EMAIL", address: "boss@example.com" }];
    await expect(put(s.responder, methods, s.admin.email)).rejects.toBeInstanceOf(ForbiddenError);
    const [mine] = await put(s.admin, methods);
    await expect(
      removeContactMethod({ db: t.db, ctx: ctxOf(s.viewer), input: { id: mine?.id ?? "" } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sendTest(s.viewer, mine?.id)).rejects.toBeInstanceOf(ForbiddenError);
    // An admin edits anyone's list.
    await put(s.admin, [], s.viewer.email);
    expect(await t.db.contactMethod.count({ where: { userId: s.viewer.id } })).toBe(0);
  });

  it("sends a signed test page to a webhook and says when the receiver fails", async () => {
    const probe = await startWebhookReceiver({ secret: "unused" });
    const [m] = await put(s.responder, [{ kind: "WEBHOOK", address: probe.url }]);
    await probe.close();
    const secret = contactSigningSecret(key, m?.id ?? "");
    const listAs = (who: TestUser) =>
      listContactMethods({ db: t.db, ctx: ctxOf(who), input: { email: s.responder.email }, key });
    const [shown] = await listAs(s.responder);
    expect(shown?.signingSecret).toBe(secret);
    const [hidden] = await listAs(s.viewer);
    expect(hidden?.signingSecret).toBeUndefined();

    // The receiver is told the method's secret, on the port the method names.
    const hook = await startWebhookReceiver({ secret, port: Number(new URL(probe.url).port) });
    try {
      expect(await sendTest(s.responder, shown?.id, "http://o.test")).toMatchObject({ ok: true, detail: "sent" });
      expect(hook.messages).toHaveLength(1);
      expect(hook.messages[0]?.body).toMatchObject({ type: "page.test", acknowledgeUrl: null });
      hook.failNext(1, 500);
      const failed = await sendTest(s.responder, shown?.id);
      expect(failed.ok).toBe(false);
      expect(failed.detail).toMatch(/^500 Internal Server Error/);
      const [after] = await listContactMethods({
        db: t.db,
        ctx: ctxOf(s.responder),
        input: { email: s.responder.email },
      });
      expect(after?.test).toMatchObject({ ok: false });
      expect(after?.test?.detail).toMatch(/^500/);
      expect(await t.db.auditLog.count({ where: { action: "user.contact_method_test" } })).toBeGreaterThanOrEqual(2);
    } finally {
      await hook.close();
    }
  });

  it("says plainly that mail and Slack need a channel, then sends through the first enabled one", async () => {
    const [mail, member] = (await put(s.responder, MAIL_AND_SLACK)).map((m) => m.id);
    const none = await sendTest(s.responder, mail);
    expect(none).toMatchObject({ ok: false });
    expect(none.detail).toMatch(/no email notification channel is enabled/);

    const admin = ctxOf(s.admin);
    await createMailChannel(t.db, admin, key, smtp.port);
    await createChannel({
      db: t.db,
      ctx: admin,
      key,
      input: { name: "#oncall", kind: "SLACK", webhookUrl: `${slack.url}/services/T1/B1/oncall` },
    });
    expect(await sendTest(s.responder, mail)).toMatchObject({ ok: true });
    expect(smtp.mails.at(-1)?.to).toEqual(["me@example.com"]);
    expect(smtp.mails.at(-1)?.subject).toMatch(/Opsdeck test page/);
    expect(await sendTest(s.responder, member)).toMatchObject({ ok: true });
    expect(slack.messages.at(-1)?.text).toMatch(/^<@U012AB3CD> /);
    await expectAuditClean(t.db, [key.toString("hex")]);
  });
});
