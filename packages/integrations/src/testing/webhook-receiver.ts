import { SIGNATURE_HEADER, verifyWebhookSignature } from "../deploy/webhook-signature.ts";
import { type MessageReceiver, parseObject, startReceiver } from "./receiver.ts";

/** A delivery the receiver accepted: the parsed body, and whether its signature verified. */
export interface WebhookDelivery {
  body: Record<string, unknown>;
  raw: string;
  signature: string | null;
  verified: boolean;
}

/**
 * A receiver of signed notification webhooks, as a customer would write one: it checks
 * X-Opsdeck-Signature over the raw body with `secret` and answers 401 when it does not verify.
 */
export async function startWebhookReceiver(o: {
  secret: string;
  port?: number;
}): Promise<MessageReceiver<WebhookDelivery>> {
  return startReceiver<WebhookDelivery>({
    port: o.port,
    failure: (status) => ({ status, body: { error: status === 429 ? "slow down" : "receiver failed" } }),
    accept: (req) => {
      const header = req.headers[SIGNATURE_HEADER.toLowerCase()];
      const signature = typeof header === "string" ? header : null;
      const verified = verifyWebhookSignature(o.secret, signature, req.body);
      const body = parseObject(req.body);
      if (!verified) return { reply: { status: 401, body: { error: "bad signature" } } };
      if (!body) return { reply: { status: 400, body: { error: "not JSON" } } };
      return { reply: { status: 204 }, message: { body, raw: req.body, signature, verified } };
    },
  });
}
