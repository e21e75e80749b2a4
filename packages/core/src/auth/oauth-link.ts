import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import type { NamedActor } from "../roles.ts";

/**
 * OAuth sign-in only for users an admin created: the enabled user with this email, or null.
 * Pass only an email the provider has verified; otherwise anyone could claim an address.
 */
export async function linkOAuthSignIn({
  db,
  email,
  provider = "oauth",
  requestId,
  now = new Date(),
}: {
  db: Db;
  email: string;
  provider?: string;
  requestId?: string;
  now?: Date;
}): Promise<NamedActor | null> {
  const wanted = email.trim();
  if (!wanted) return null;
  const user = await db.user.findFirst({ where: { email: { equals: wanted, mode: "insensitive" }, disabledAt: null } });
  if (!user) return null;
  const actor: NamedActor = { id: user.id, email: user.email, role: user.role, name: user.name };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await recordAudit(
      tx,
      { actor, requestId },
      { action: "auth.sign_in", targetType: "user", targetId: user.id, after: { method: provider } },
    );
  });
  return actor;
}
