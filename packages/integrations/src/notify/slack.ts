import { alertFacts, alertTitle } from "./alert.ts";
import { checklistFacts, checklistTitle } from "./checklist.ts";
import { isAlertMessage, isChecklistMessage, messageFacts, messageTitle, type NotifyMessage } from "./message.ts";

/** Slack's limits: a header's text, a section's text and a field's text. */
const HEADER_MAX = 150;
const SECTION_MAX = 3000;
const FIELD_MAX = 2000;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
/** mrkdwn treats &, < and > as control characters. */
export const slackEscape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

type Fact = { label: string; value: string };
export type SlackLayout = Layout;
type Layout = {
  title: string;
  mention: string;
  headline: string;
  facts: Fact[];
  text: string | null;
  fields: Fact[];
  link: { label: string; url: string | null; actionId: string };
};

const factFields = (facts: Fact[]) =>
  facts.map((f) => ({ type: "mrkdwn", text: cut(`*${f.label}*\n${slackEscape(f.value)}`, FIELD_MAX) }));

export function blocksOf(l: Layout): { text: string; blocks: unknown[] } {
  const blocks: unknown[] = [
    { type: "header", text: { type: "plain_text", text: cut(l.title, HEADER_MAX), emoji: true } },
    {
      type: "section",
      text: { type: "mrkdwn", text: cut(`${l.mention}*${slackEscape(l.headline)}*`, SECTION_MAX) },
      fields: factFields(l.facts),
    },
  ];
  if (l.text) blocks.push({ type: "section", text: { type: "mrkdwn", text: cut(slackEscape(l.text), SECTION_MAX) } });
  if (l.fields.length) blocks.push({ type: "section", fields: factFields(l.fields) });
  if (l.link.url)
    blocks.push({
      type: "actions",
      elements: [
        {
          type: "button",
          text: { type: "plain_text", text: l.link.label },
          url: l.link.url,
          action_id: l.link.actionId,
        },
      ],
    });
  return { text: `${l.mention}${slackEscape(l.title)}: ${slackEscape(l.headline)}`, blocks };
}

const mentionOf = (m: { page: boolean; severity: string }) =>
  m.page ? (m.severity === "P0" ? "<!channel> " : "<!here> ") : "";

/**
 * An incoming-webhook payload in Block Kit: a header with severity and title, the headline (with
 * @channel for P0 and @here for P1 when paging), status / severity / commander fields, the update's
 * text and facts, and a button to the incident. `text` is the notification's fallback. A missed
 * checklist run is laid out the same way, never mentioning anyone, with a button to the run; an
 * alert rule's change with its service, value and condition, paging like an incident, and a button
 * to the rule.
 */
export function slackPayload(m: NotifyMessage): { text: string; blocks: unknown[] } {
  if (isAlertMessage(m))
    return blocksOf({
      title: alertTitle(m),
      mention: mentionOf(m),
      headline: m.headline,
      facts: alertFacts(m),
      text: null,
      fields: [],
      link: { label: "Open the alert rule", url: m.url, actionId: "open_alert_rule" },
    });
  if (isChecklistMessage(m))
    return blocksOf({
      title: checklistTitle(m),
      mention: "",
      headline: m.headline,
      facts: checklistFacts(m),
      text: m.text,
      fields: [],
      link: { label: "Open the run", url: m.url, actionId: "open_checklist_run" },
    });
  return blocksOf({
    title: messageTitle(m),
    mention: mentionOf(m),
    headline: m.headline,
    facts: messageFacts(m),
    text: m.text,
    fields: m.fields,
    link: { label: `Open incident #${m.number}`, url: m.url, actionId: "open_incident" },
  });
}
