import { deliverMessage } from "@opsdeck/integrations";
import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { ChannelTestResult } from "./dto.ts";
import { channelEndpoint } from "./internal.ts";
import { ZChannelRef } from "./schemas.ts";

/**
 * Run a test send and say how it went and how long it took: a send that could not even start (no
 * channel, no secret) is an answer too, "not sent: …".
 */
export async function timedTest(send: () => Promise<{ ok: boolean; detail: string }>): Promise<ChannelTestResult> {
  const started = Date.now();
  let result: { ok: boolean; detail: string };
  try {
    result = await send();
  } catch (err) {
    result = { ok: false, detail: `not sent: ${(err as Error).message}` };
  }
  return { ok: result.ok, detail: result.detail, durationMs: Date.now() - started };
}

/** How long a test may take: the admin is waiting for the answer. */
export const TEST_TIMEOUT_MS = 10_000;

/**
 * Send a test message to a channel now and say how it went (ADMIN): it pages nobody, whatever the
 * channel's settings. The outcome is audited; a failure is an answer, not an error.
 */
export async function sendTestNotification({
  db,
  ctx,
  input,
  key,
  baseUrl,
  timeoutMs = TEST_TIMEOUT_MS,
}: ServiceCall<{ id: string }> & { key: Buffer; baseUrl?: string; timeoutMs?: number }): Promise<ChannelTestResult> {
  assertRole(ctx, "ADMIN");
  const { id } = parseInput(ZChannelRef, input);
  const c = await db.notificationChannel.findUnique({ where: { id } });
  if (!c) throw new NotFoundError("No such notification channel");
  const outcome = await timedTest(async () => {
    const endpoint = await channelEndpoint(db, key, c);
    return deliverMessage(
      endpoint,
      {
        number: 0,
        title: "Test notification from Opsdeck",
        severity: c.severities[0] ?? "P3",
        status: "INVESTIGATING",
        commander: ctx.actor?.email ?? null,
        event: "test",
        headline: `Channel ${c.name} works: it receives ${c.severities.join(", ")} incidents${c.quiet ? ", quietly" : ""}${c.checklists ? ", and missed checklist runs" : ""}`,
        text: "Nothing is wrong; an admin sent this from Settings → Notifications.",
        fields: [],
        url: baseUrl ? `${baseUrl.replace(/\/+$/, "")}/settings/notifications` : null,
        page: false,
        test: true,
      },
      { timeoutMs },
    );
  });
  await recordAudit(db, ctx, {
    action: "notification_channel.test",
    targetType: "notification_channel",
    targetId: id,
    after: { name: c.name, ok: outcome.ok, detail: outcome.detail },
  });
  return outcome;
}
