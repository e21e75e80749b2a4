import { STATUS_CODES } from "node:http";
import { ProviderError } from "../deploy/types.ts";
import { answerSnippet, isRetryableStatus, sendSigned } from "../deploy/webhook-request.ts";
import type { NotifyMessage } from "./message.ts";
import { sendEmail, type SmtpSettings } from "./smtp.ts";
import { slackPayload } from "./slack.ts";
import { webhookBody } from "./webhook.ts";

/** A channel as the sender needs it: its settings with the secret already decrypted. */
export type ChannelEndpoint =
  | { kind: "SLACK"; url: string }
  | { kind: "WEBHOOK"; url: string; secret: string }
  | { kind: "EMAIL"; smtp: SmtpSettings; password: string | null };

/** `detail` is what the timeline says: "sent", "500 Internal Server Error: …", "Could not reach …". */
export interface Delivery {
  ok: boolean;
  /** A later attempt may pass (429, 5xx, no answer); other refusals will not. */
  retryable: boolean;
  detail: string;
}

export const NOTIFY_TIMEOUT_MS = 10_000;

/** Send one message to one channel; never throws for the channel's own failures. */
export async function deliverMessage(
  channel: ChannelEndpoint,
  m: NotifyMessage,
  opts: SendOptions = {},
): Promise<Delivery> {
  const timeoutMs = opts.timeoutMs ?? NOTIFY_TIMEOUT_MS;
  if (channel.kind === "EMAIL") return mailed(() => sendEmail(channel.smtp, channel.password, m, timeoutMs));
  const slack = channel.kind === "SLACK";
  return postJson(
    {
      url: channel.url,
      body: slack ? JSON.stringify(slackPayload(m)) : webhookBody(m, opts.now),
      secret: slack ? undefined : channel.secret,
      what: slack ? "the Slack webhook" : "the webhook",
    },
    opts,
  );
}

export type SendOptions = { timeoutMs?: number; now?: Date; signal?: AbortSignal };

/** Send a mail and say how it went; never throws for the server's own refusals. */
export async function mailed(send: () => Promise<void>): Promise<Delivery> {
  try {
    await send();
    return { ok: true, retryable: false, detail: "sent" };
  } catch (err) {
    return smtpFailure(err);
  }
}

/** POST JSON (signed when a secret is given) and say how it went; never throws for the receiver's failures. */
export async function postJson(
  req: { url: string; body: string; secret: string | undefined; what: string },
  opts: SendOptions,
): Promise<Delivery> {
  try {
    const res = await sendSigned({
      method: "POST",
      url: req.url,
      body: req.body,
      secret: req.secret,
      timeoutMs: opts.timeoutMs ?? NOTIFY_TIMEOUT_MS,
      signal: opts.signal,
      what: req.what,
      maxBodyBytes: 4096,
      now: opts.now,
    });
    if (res.status >= 200 && res.status < 300) return { ok: true, retryable: false, detail: "sent" };
    const named = `${res.status} ${STATUS_CODES[res.status] ?? "Unknown status"}`;
    const body = res.text.trim() ? `: ${answerSnippet(res.text)}` : "";
    return { ok: false, retryable: isRetryableStatus(res.status), detail: `${named}${body}` };
  } catch (err) {
    if (err instanceof ProviderError) return { ok: false, retryable: err.retryable, detail: err.message };
    return { ok: false, retryable: true, detail: (err as Error).message ?? String(err) };
  }
}

/**
 * SMTP 5xx replies, refused logins and envelopes refused without a reply are permanent; 4xx
 * replies (a sender or recipient refused for now included) and lost connections may pass later.
 */
function smtpFailure(err: unknown): Delivery {
  const e = err as { responseCode?: number; code?: string; message?: string };
  const reply = e.responseCode ?? 0;
  const temporary = reply >= 400 && reply < 500;
  const permanent = reply >= 500 || e.code === "EAUTH" || (e.code === "EENVELOPE" && !temporary);
  const detail = (e.message ?? String(err)).replace(/\s+/g, " ").slice(0, 300);
  return { ok: false, retryable: !permanent, detail };
}
