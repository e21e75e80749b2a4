import { sendPage } from "@opsdeck/integrations";
import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { timedTest } from "../notification/test-send.ts";
import { parseInput } from "../validate.ts";
import { contactEndpoint } from "./endpoint.ts";
import { ownerOf } from "./internal.ts";
import { ZContactMethodRef } from "./schemas.ts";

/** How long a test may take: the person is waiting for the answer. */
export const CONTACT_TEST_TIMEOUT_MS = 10_000;

export type ContactTestResult = { ok: boolean; detail: string; durationMs: number };

/**
 * Send a test page to one contact method now (its owner or an admin) and say how it went. The outcome
 * is kept on the method, shown beside it, and audited; a failure is an answer, not an error.
 */
export async function testContactMethod({
  db,
  ctx,
  input,
  key,
  baseUrl,
  now = new Date(),
  timeoutMs = CONTACT_TEST_TIMEOUT_MS,
}: ServiceCall<{ id: string }> & { key: Buffer; baseUrl?: string; timeoutMs?: number }): Promise<ContactTestResult> {
  const { id } = parseInput(ZContactMethodRef, input);
  const m = await db.contactMethod.findUnique({ where: { id }, include: { user: true } });
  if (!m) throw new NotFoundError("No such contact method");
  await ownerOf(db, ctx, { email: m.user.email }, true);
  const tested = await timedTest(async () => {
    const to = await contactEndpoint(db, key, m);
    const url = baseUrl ? `${baseUrl.replace(/\/+$/, "")}/settings/contact` : null;
    const message = { number: 0, title: "Test page", severity: "P3" as const, service: null, url, ackUrl: null };
    return sendPage(to, { ...message, to: m.user.name ?? m.user.email, test: true }, { timeoutMs, now });
  });
  const outcome = { ...tested, detail: tested.detail.slice(0, 500) };
  await db.contactMethod.updateMany({
    where: { id },
    data: { testedAt: now, testOk: outcome.ok, testDetail: outcome.detail },
  });
  await recordAudit(db, ctx, {
    action: "user.contact_method_test",
    targetType: "user",
    targetId: m.userId,
    after: { kind: m.kind, address: m.address, ok: outcome.ok, detail: outcome.detail },
  });
  return outcome;
}
