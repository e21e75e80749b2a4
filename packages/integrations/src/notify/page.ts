import { contentOf } from "./email.ts";
import { blocksOf } from "./slack.ts";

/**
 * A page to one person: what the incident is and two links, the incident and a one-click
 * acknowledgement (null in a test, or when the public URL is unknown).
 */
export interface PageMessage {
  number: number;
  title: string;
  severity: "P0" | "P1" | "P2" | "P3";
  /** The service's name, or null when the incident names none. */
  service: string | null;
  /** The person paged, as their contact method's owner is named. */
  to: string;
  url: string | null;
  ackUrl: string | null;
  /** A test sent from the contact methods page, about no real incident. */
  test?: boolean;
}

const headline = (m: PageMessage) =>
  m.test ? `Test page for ${m.to}: nothing is wrong` : `You are paged for incident #${m.number}`;
const title = (m: PageMessage) => (m.test ? "Opsdeck test page" : `[${m.severity}] #${m.number} ${m.title}`);
const facts = (m: PageMessage) => [
  { label: "Severity", value: m.severity },
  { label: "Service", value: m.service ?? "none named" },
  { label: "Paged", value: m.to },
];

/** The mail of a page: urgent unless it is a test; the acknowledge link leads the text. */
export function pageEmail(m: PageMessage) {
  const ack = m.ackUrl ? `Acknowledge with one click: ${m.ackUrl}` : null;
  return contentOf({
    title: title(m),
    headline: headline(m),
    facts: facts(m),
    text: ack,
    url: m.url,
    what: m.test ? "Opsdeck" : "the incident",
    linkLabel: m.test ? "Open Opsdeck" : `Open incident #${m.number}`,
    priority: m.test ? "normal" : "high",
  });
}

/** Slack's member id is mentioned (`<@U…>`) so the person is notified wherever the channel is. */
export function pageSlack(m: PageMessage, memberId: string) {
  const payload = blocksOf({
    title: title(m),
    mention: `<@${memberId}> `,
    headline: headline(m),
    facts: facts(m),
    text: null,
    fields: [],
    link: { label: m.test ? "Open Opsdeck" : `Open incident #${m.number}`, url: m.url, actionId: "open_incident" },
  });
  if (m.ackUrl)
    (payload.blocks as unknown[]).push({
      type: "actions",
      elements: [
        {
          type: "button",
          style: "primary",
          text: { type: "plain_text", text: "Acknowledge" },
          url: m.ackUrl,
          action_id: "acknowledge_page",
        },
      ],
    });
  return payload;
}

/** The JSON a person's webhook (a phone-call or SMS bridge) receives, signed like every Opsdeck webhook. */
export function pageWebhookBody(m: PageMessage, now: Date = new Date()): string {
  return JSON.stringify({
    type: m.test ? "page.test" : "page",
    sentAt: now.toISOString(),
    to: m.to,
    incident: { number: m.number, title: m.title, severity: m.severity, service: m.service, url: m.url },
    acknowledgeUrl: m.ackUrl,
    text: `${title(m)}. ${headline(m)}.`,
  });
}
