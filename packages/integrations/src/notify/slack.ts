import { type IncidentMessage, messageFacts, messageTitle } from "./message.ts";

/** Slack's limits: a header's text, a section's text and a field's text. */
const HEADER_MAX = 150;
const SECTION_MAX = 3000;
const FIELD_MAX = 2000;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
/** mrkdwn treats &, < and > as control characters. */
export const slackEscape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * An incoming-webhook payload in Block Kit: a header with severity and title, the headline (with
 * @channel for P0 and @here for P1 when paging), status / severity / commander fields, the update's
 * text and facts, and a button to the incident. `text` is the notification's fallback.
 */
export function slackPayload(m: IncidentMessage): { text: string; blocks: unknown[] } {
  const mention = m.page ? (m.severity === "P0" ? "<!channel> " : "<!here> ") : "";
  const blocks: unknown[] = [
    { type: "header", text: { type: "plain_text", text: cut(messageTitle(m), HEADER_MAX), emoji: true } },
    {
      type: "section",
      text: { type: "mrkdwn", text: cut(`${mention}*${slackEscape(m.headline)}*`, SECTION_MAX) },
      fields: messageFacts(m).map((f) => ({
        type: "mrkdwn",
        text: cut(`*${f.label}*\n${slackEscape(f.value)}`, FIELD_MAX),
      })),
    },
  ];
  if (m.text) blocks.push({ type: "section", text: { type: "mrkdwn", text: cut(slackEscape(m.text), SECTION_MAX) } });
  if (m.fields.length)
    blocks.push({
      type: "section",
      fields: m.fields.map((f) => ({ type: "mrkdwn", text: cut(`*${f.label}*\n${slackEscape(f.value)}`, FIELD_MAX) })),
    });
  if (m.url)
    blocks.push({
      type: "actions",
      elements: [
        {
          type: "button",
          text: { type: "plain_text", text: `Open incident #${m.number}` },
          url: m.url,
          action_id: "open_incident",
        },
      ],
    });
  return { text: `${mention}${slackEscape(messageTitle(m))}: ${slackEscape(m.headline)}`, blocks };
}
