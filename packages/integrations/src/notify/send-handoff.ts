import { type HandoffMessage, handoffEmail, handoffSlack, handoffWebhookBody } from "./handoff.ts";
import type { PageEndpoint } from "./send-page.ts";
import { type Delivery, mailed, NOTIFY_TIMEOUT_MS, postJson, type SendOptions } from "./send.ts";
import { sendMail } from "./smtp.ts";

/** Send one handoff to one contact method, the way pages go; never throws for the receiver's own failures. */
export async function sendHandoffMessage(
  to: PageEndpoint,
  m: HandoffMessage,
  opts: SendOptions = {},
): Promise<Delivery> {
  const timeoutMs = opts.timeoutMs ?? NOTIFY_TIMEOUT_MS;
  if (to.kind === "EMAIL")
    return mailed(() => sendMail(to.smtp, to.password, [to.address], handoffEmail(m), timeoutMs));
  if (to.kind === "SLACK")
    return postJson(
      { url: to.url, body: JSON.stringify(handoffSlack(m, to.memberId)), secret: undefined, what: "the Slack webhook" },
      opts,
    );
  return postJson({ url: to.url, body: handoffWebhookBody(m, opts.now), secret: to.secret, what: "the webhook" }, opts);
}
