import { type PageMessage, pageEmail, pageSlack, pageWebhookBody } from "./page.ts";
import { type Delivery, mailed, NOTIFY_TIMEOUT_MS, postJson, type SendOptions } from "./send.ts";
import { sendMail, type SmtpSettings } from "./smtp.ts";

/**
 * Where a page to one person goes, secrets decrypted: their address through a mail channel's SMTP
 * server, a Slack channel's incoming webhook mentioning their member id, or their own signed webhook.
 */
export type PageEndpoint =
  | { kind: "EMAIL"; smtp: SmtpSettings; password: string | null; address: string }
  | { kind: "SLACK"; url: string; memberId: string }
  | { kind: "WEBHOOK"; url: string; secret: string };

/** Send one page to one contact method; never throws for the receiver's own failures. */
export async function sendPage(to: PageEndpoint, m: PageMessage, opts: SendOptions = {}): Promise<Delivery> {
  const timeoutMs = opts.timeoutMs ?? NOTIFY_TIMEOUT_MS;
  if (to.kind === "EMAIL") return mailed(() => sendMail(to.smtp, to.password, [to.address], pageEmail(m), timeoutMs));
  if (to.kind === "SLACK")
    return postJson(
      { url: to.url, body: JSON.stringify(pageSlack(m, to.memberId)), secret: undefined, what: "the Slack webhook" },
      opts,
    );
  return postJson({ url: to.url, body: pageWebhookBody(m, opts.now), secret: to.secret, what: "the webhook" }, opts);
}
