import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyWebhookSignature } from "../deploy/webhook-signature.ts";
import { type SmtpReceiver, startSmtpReceiver } from "../testing/smtp-receiver.ts";
import { startSlackServer } from "../testing/slack-server.ts";
import { startWebhookReceiver } from "../testing/webhook-receiver.ts";
import type { ChecklistMessage, IncidentMessage } from "./message.ts";
import { deliverMessage } from "./send.ts";
import { slackPayload } from "./slack.ts";

const MESSAGE: IncidentMessage = {
  number: 12,
  title: "Checkout errors",
  severity: "P1",
  status: "IDENTIFIED",
  commander: "Ada Lovelace",
  event: "update",
  headline: "Status update: identified",
  text: "A bad deploy of the <payment> client",
  fields: [{ label: "Impact", value: "Card payments fail for 20 % of users" }],
  url: "http://opsdeck.test/incidents/12",
  page: true,
};

const MISSED: ChecklistMessage = {
  about: "checklist",
  event: "missed",
  checklist: { slug: "daily-backups", name: "Daily <backups>" },
  periodKey: "2026-12-02",
  assignee: "Ada Lovelace",
  dueAt: "2026-12-02T09:00:00.000Z",
  due: "2026-12-02 10:00 GMT+1",
  headline: "Missed: not signed off in time",
  text: "Nobody signed it off by 2026-12-02 12:00 GMT+1.",
  url: "http://opsdeck.test/checklists/daily-backups/runs/2026-12-02",
};

/** The readable text of a raw mail: soft line breaks joined and =XX escapes decoded. */
const readable = (raw: string) =>
  Buffer.from(
    raw
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
    "latin1",
  ).toString("utf8");

describe("Slack messages", () => {
  it("lead with severity and title, show the facts and link to the incident", () => {
    const { text, blocks } = slackPayload(MESSAGE);
    expect(text).toBe("<!here> [P1] #12 Checkout errors: Status update: identified");
    expect(blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "[P1] #12 Checkout errors", emoji: true },
    });
    const section = blocks[1] as { text: { text: string }; fields: { text: string }[] };
    expect(section.text.text).toBe("<!here> *Status update: identified*");
    expect(section.fields.map((f) => f.text)).toEqual([
      "*Status*\nIdentified",
      "*Severity*\nP1",
      "*Commander*\nAda Lovelace",
    ]);
    expect(JSON.stringify(blocks)).toContain("A bad deploy of the &lt;payment&gt; client");
    expect(blocks.at(-1)).toMatchObject({
      type: "actions",
      elements: [{ type: "button", url: "http://opsdeck.test/incidents/12", text: { text: "Open incident #12" } }],
    });
  });

  it("page with @channel for P0, and mention nobody when quiet", () => {
    expect(slackPayload({ ...MESSAGE, severity: "P0" }).text).toMatch(/^<!channel> /);
    const quiet = slackPayload({ ...MESSAGE, severity: "P3", page: false });
    expect(JSON.stringify(quiet)).not.toMatch(/<!here>|<!channel>/);
  });

  it("cut a header to Slack's 150 characters, which the receiver enforces", async () => {
    const slack = await startSlackServer();
    try {
      const r = await deliverMessage(
        { kind: "SLACK", url: `${slack.url}/services/T1/B1/x` },
        {
          ...MESSAGE,
          title: "x".repeat(400),
        },
      );
      expect(r).toEqual({ ok: true, retryable: false, detail: "sent" });
      const header = slack.messages[0]?.blocks[0] as { text: { text: string } };
      expect(header.text.text).toHaveLength(150);
    } finally {
      await slack.close();
    }
  });

  it("say why a send failed and whether another attempt may pass", async () => {
    const slack = await startSlackServer();
    try {
      slack.failNext(1, 500);
      slack.failNext(1, 429);
      const url = `${slack.url}/services/T1/B1/x`;
      expect(await deliverMessage({ kind: "SLACK", url }, MESSAGE)).toEqual({
        ok: false,
        retryable: true,
        detail: "500 Internal Server Error: internal_error",
      });
      expect((await deliverMessage({ kind: "SLACK", url }, MESSAGE)).retryable).toBe(true);
      expect(await deliverMessage({ kind: "SLACK", url: `${slack.url}/nowhere` }, MESSAGE)).toEqual({
        ok: false,
        retryable: false,
        detail: "404 Not Found: no_service",
      });
      const closed = await deliverMessage({ kind: "SLACK", url: "http://127.0.0.1:9/services/x" }, MESSAGE);
      expect(closed).toMatchObject({
        ok: false,
        retryable: true,
        detail: expect.stringMatching(/Could not reach the Slack webhook/),
      });
    } finally {
      await slack.close();
    }
  });
});

describe("missed checklist runs", () => {
  it("are laid out like incidents in Slack, mention nobody and link to the run", () => {
    const { text, blocks } = slackPayload(MISSED);
    expect(text).toBe("[Checklist] Daily &lt;backups&gt; 2026-12-02: Missed: not signed off in time");
    expect(blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "[Checklist] Daily <backups> 2026-12-02", emoji: true },
    });
    const section = blocks[1] as { text: { text: string }; fields: { text: string }[] };
    expect(section.text.text).toBe("*Missed: not signed off in time*");
    expect(section.fields.map((f) => f.text)).toEqual([
      "*Period*\n2026-12-02",
      "*Assigned to*\nAda Lovelace",
      "*Due*\n2026-12-02 10:00 GMT+1",
    ]);
    expect(blocks.at(-1)).toMatchObject({
      type: "actions",
      elements: [{ type: "button", url: MISSED.url, text: { text: "Open the run" } }],
    });
    expect(JSON.stringify(blocks)).not.toMatch(/<!here>|<!channel>/);
  });

  it("reach a webhook as signed JSON of type checklist.missed", async () => {
    const receiver = await startWebhookReceiver({ secret: "whsec_notify_test" });
    try {
      const r = await deliverMessage({ kind: "WEBHOOK", url: receiver.url, secret: "whsec_notify_test" }, MISSED);
      expect(r.ok).toBe(true);
      expect(receiver.messages[0]?.body).toMatchObject({
        type: "checklist.missed",
        page: false,
        checklist: { slug: "daily-backups", name: "Daily <backups>" },
        run: { periodKey: "2026-12-02", assignee: "Ada Lovelace", dueAt: MISSED.dueAt, url: MISSED.url },
        headline: "Missed: not signed off in time",
      });
    } finally {
      await receiver.close();
    }
  });
});

describe("signed webhooks", () => {
  it("carry a signature the receiver verifies over the raw body", async () => {
    const receiver = await startWebhookReceiver({ secret: "whsec_notify_test" });
    try {
      const r = await deliverMessage({ kind: "WEBHOOK", url: receiver.url, secret: "whsec_notify_test" }, MESSAGE);
      expect(r.ok).toBe(true);
      const [d] = receiver.messages;
      expect(d?.verified).toBe(true);
      expect(d?.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(verifyWebhookSignature("whsec_notify_test", d?.signature, d?.raw ?? "")).toBe(true);
      expect(d?.body).toMatchObject({
        type: "incident.update",
        page: true,
        incident: { number: 12, severity: "P1", status: "IDENTIFIED", url: "http://opsdeck.test/incidents/12" },
        headline: "Status update: identified",
      });
      const wrong = await deliverMessage({ kind: "WEBHOOK", url: receiver.url, secret: "another-secret" }, MESSAGE);
      expect(wrong).toMatchObject({ ok: false, retryable: false, detail: expect.stringMatching(/^401 Unauthorized/) });
    } finally {
      await receiver.close();
    }
  });
});

describe("email", () => {
  let smtp: SmtpReceiver;
  beforeAll(async () => {
    smtp = await startSmtpReceiver({ auth: { user: "opsdeck", pass: "smtp-pass" } });
  });
  afterAll(() => smtp.close());
  const settings = () => ({
    host: "127.0.0.1",
    port: smtp.port,
    secure: false,
    username: "opsdeck",
    from: "opsdeck@example.com",
    to: ["oncall@example.com", "lead@example.com"],
  });

  it("reaches the SMTP server with the subject, the facts in text and HTML, and its priority", async () => {
    const r = await deliverMessage({ kind: "EMAIL", smtp: settings(), password: "smtp-pass" }, MESSAGE);
    expect(r).toEqual({ ok: true, retryable: false, detail: "sent" });
    const mail = smtp.mails.at(-1);
    expect(mail?.from).toBe("opsdeck@example.com");
    expect(mail?.to).toEqual(["oncall@example.com", "lead@example.com"]);
    const text = readable(mail?.raw ?? "");
    expect(text).toContain("Subject: [P1] #12 Checkout errors: Status update: identified");
    expect(text).toMatch(/X-Priority: 1/);
    expect(text).toContain("Impact: Card payments fail for 20 % of users");
    expect(text).toContain("Open the incident: http://opsdeck.test/incidents/12");
    expect(text).toContain("<strong>Status update: identified</strong>");
    expect(text).toContain("A bad deploy of the &lt;payment&gt; client");
  });

  it("marks quiet mail low priority", async () => {
    await deliverMessage({ kind: "EMAIL", smtp: settings(), password: "smtp-pass" }, { ...MESSAGE, page: false });
    expect(readable(smtp.mails.at(-1)?.raw ?? "")).toMatch(/X-Priority: 5/);
  });

  it("sends a missed checklist run with normal priority and a link to the run", async () => {
    const r = await deliverMessage({ kind: "EMAIL", smtp: settings(), password: "smtp-pass" }, MISSED);
    expect(r.ok).toBe(true);
    expect(smtp.mails.at(-1)?.subject).toBe("[Checklist] Daily <backups> 2026-12-02: Missed: not signed off in time");
    const text = readable(smtp.mails.at(-1)?.raw ?? "");
    expect(text).not.toMatch(/X-Priority|Importance/);
    expect(text).toContain("Assigned to: Ada Lovelace");
    expect(text).toContain("Due: 2026-12-02 10:00 GMT+1");
    expect(text).toContain(`Open the run: ${MISSED.url}`);
    expect(text).toContain("Open Daily &lt;backups&gt; 2026-12-02</a>");
  });

  it("retries a temporary refusal and a server that cannot be reached, but not a permanent refusal", async () => {
    smtp.failNext(1, 451);
    smtp.failNext(1, 550);
    const endpoint = { kind: "EMAIL" as const, smtp: settings(), password: "smtp-pass" };
    expect(await deliverMessage(endpoint, MESSAGE)).toMatchObject({
      ok: false,
      retryable: true,
      detail: expect.stringMatching(/451 Mailbox busy/),
    });
    expect(await deliverMessage(endpoint, MESSAGE)).toMatchObject({ ok: false, retryable: false });
    const closed = await deliverMessage({ ...endpoint, smtp: { ...settings(), port: 9 } }, MESSAGE);
    expect(closed).toMatchObject({ ok: false, retryable: true, detail: expect.stringMatching(/ECONNREFUSED/) });
  });

  it("does not retry a refused login", async () => {
    const r = await deliverMessage({ kind: "EMAIL", smtp: settings(), password: "wrong" }, MESSAGE);
    expect(r).toMatchObject({ ok: false, retryable: false });
    expect(r.detail).toMatch(/Invalid username or password/);
  });
});
