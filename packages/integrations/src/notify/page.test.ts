import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSlackServer } from "../testing/slack-server.ts";
import { type SmtpReceiver, startSmtpReceiver } from "../testing/smtp-receiver.ts";
import { startWebhookReceiver } from "../testing/webhook-receiver.ts";
import type { PageMessage } from "./page.ts";
import { sendPage } from "./send-page.ts";

const PAGE: PageMessage = {
  number: 42,
  title: "Checkout errors",
  severity: "P1",
  service: "Storefront",
  to: "Ana",
  url: "https://ops.example.test/incidents/42",
  ackUrl: "https://ops.example.test/ack/tok_1",
};

describe("pages to one person", () => {
  let smtp: SmtpReceiver;
  beforeAll(async () => {
    smtp = await startSmtpReceiver();
  });
  afterAll(() => smtp.close());

  it("mails only the person, urgently, with both links", async () => {
    const smtpSettings = {
      host: "127.0.0.1",
      port: smtp.port,
      secure: false,
      from: "ops@example.test",
      to: ["team@example.test"],
    };
    const r = await sendPage({ kind: "EMAIL", smtp: smtpSettings, password: null, address: "ana@example.test" }, PAGE);
    expect(r).toMatchObject({ ok: true });
    const mail = smtp.mails.at(-1);
    expect(mail?.to).toEqual(["ana@example.test"]);
    expect(mail?.subject).toBe("[P1] #42 Checkout errors: You are paged for incident #42");
    expect(mail?.raw).toMatch(/X-Priority: 1/i);
    expect(mail?.raw).toContain("https://ops.example.test/ack/tok_1");
  });

  it("mentions the Slack member and offers an Acknowledge button", async () => {
    const slack = await startSlackServer();
    try {
      const r = await sendPage({ kind: "SLACK", url: `${slack.url}/services/T/B/x`, memberId: "U012AB3CD" }, PAGE);
      expect(r).toMatchObject({ ok: true });
      const m = slack.messages.at(-1);
      expect(m?.text).toMatch(/^<@U012AB3CD> \[P1\] #42 Checkout errors/);
      const buttons = m?.blocks.flatMap(
        (b) => (b.elements as { url?: string; action_id?: string }[] | undefined) ?? [],
      );
      expect(buttons?.map((b) => [b.action_id, b.url])).toEqual([
        ["open_incident", PAGE.url],
        ["acknowledge_page", PAGE.ackUrl],
      ]);
    } finally {
      await slack.close();
    }
  });

  it("posts signed JSON to a person's webhook, and names the receiver's refusal", async () => {
    const hook = await startWebhookReceiver({ secret: "whsec_person" });
    try {
      const to = { kind: "WEBHOOK" as const, url: hook.url, secret: "whsec_person" };
      expect(await sendPage(to, PAGE)).toMatchObject({ ok: true });
      expect(hook.messages.at(-1)?.body).toMatchObject({
        type: "page",
        to: "Ana",
        acknowledgeUrl: PAGE.ackUrl,
        incident: { number: 42, severity: "P1", service: "Storefront", url: PAGE.url },
      });
      const wrong = await sendPage({ ...to, secret: "whsec_other" }, PAGE);
      expect(wrong).toMatchObject({ ok: false, retryable: false });
      expect(wrong.detail).toMatch(/^401 Unauthorized/);
    } finally {
      await hook.close();
    }
  });
});
