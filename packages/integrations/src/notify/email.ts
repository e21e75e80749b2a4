import { type IncidentMessage, messageFacts, messageTitle } from "./message.ts";

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
  /** Paging mail is marked urgent; quiet mail low priority (X-Priority, Importance). */
  priority: "high" | "low";
}

/** The mail about one incident event: the same facts as the Slack message, as text and simple HTML. */
export function emailContent(m: IncidentMessage): EmailContent {
  const facts = [...messageFacts(m), ...m.fields];
  const text = [
    m.headline,
    "",
    ...facts.map((f) => `${f.label}: ${f.value}`),
    ...(m.text ? ["", m.text] : []),
    ...(m.url ? ["", `Open the incident: ${m.url}`] : []),
  ].join("\n");
  const rows = facts
    .map(
      (f) =>
        `<tr><th align="left" style="padding:2px 12px 2px 0">${escapeHtml(f.label)}</th><td>${escapeHtml(f.value)}</td></tr>`,
    )
    .join("");
  const html = [
    `<p><strong>${escapeHtml(m.headline)}</strong></p>`,
    `<table>${rows}</table>`,
    m.text ? `<p style="white-space:pre-wrap">${escapeHtml(m.text)}</p>` : "",
    m.url ? `<p><a href="${escapeHtml(m.url)}">Open incident #${m.number}</a></p>` : "",
  ].join("\n");
  return { subject: `${messageTitle(m)}: ${m.headline}`, text, html, priority: m.page ? "high" : "low" };
}
