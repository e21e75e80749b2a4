import { ZChannelInput, ZChannelRef, ZChannelUpdate } from "@opsdeck/core/notification/schemas";
import { z } from "zod";

/* Request schemas of the notification routes, from the schemas their core services validate with. */

export const ZChannelIdParam = z.object({ id: ZChannelRef.shape.id });

const [slack, webhook, email] = ZChannelInput.options;
/** One body per kind, each with its own settings and write-only secret field. */
export const ZCreateChannelBody = z.discriminatedUnion("kind", [
  z.strictObject(slack.shape),
  z.strictObject(webhook.shape),
  z.strictObject(email.shape),
]);

export const ZUpdateChannelBody = z.strictObject(ZChannelUpdate.omit({ id: true }).shape);
