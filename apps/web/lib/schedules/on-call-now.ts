import "server-only";
import { onCallEverywhere, type OnCallDto } from "@opsdeck/core";
import { cache } from "react";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

/**
 * Who is on call on every schedule, read once per request however many parts of the page show it
 * (the shell, the on-call page, an incident's box).
 */
export const onCallNow = cache(async (): Promise<{ renderedAt: number; onCall: OnCallDto[] }> => {
  const me = await requireRole("VIEWER");
  const now = new Date();
  return { renderedAt: now.getTime(), onCall: await onCallEverywhere({ db: db(), ctx: { actor: me }, now }) };
});
