import { createHmac } from "node:crypto";

/**
 * A webhook contact method's signing secret, derived from OPSDECK_SECRET_KEY and the method's id
 * (nothing stored): removing the method and adding it again makes a new one.
 */
export const contactSigningSecret = (key: Buffer, methodId: string): string =>
  `whsec_${createHmac("sha256", key).update(`contact-webhook:${methodId}`).digest("hex")}`;
