"use server";

import { redeemAckLink } from "@opsdeck/core/ack-link/redeem";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { type FormState, formAction } from "@/lib/form-state";

/** The one-click acknowledgement: the token is the credential, so no session is asked for. */
export async function acknowledgeByLinkAction(_prev: FormState, form: FormData): Promise<FormState> {
  const requestId = (await headers()).get("x-request-id") ?? undefined;
  return formAction(async () => {
    const v = await redeemAckLink({ db: db(), token: String(form.get("token") ?? ""), requestId });
    return `Acknowledged incident #${v.incident.number} as ${v.sentTo}. Further pages for it have stopped.`;
  });
}
