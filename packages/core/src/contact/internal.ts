import type { ContactMethodModel, Db, Prisma } from "@opsdeck/db";
import { ForbiddenError, NotFoundError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { findUserIdByEmail } from "../user/internal.ts";
import { parseInput } from "../validate.ts";
import type { ContactMethodDto } from "./dto.ts";
import { ZContactOwner } from "./schemas.ts";
import { contactSigningSecret } from "./secret.ts";

export type Tx = Prisma.TransactionClient;

/** Everyone signed in reads a person's contact methods; only that person or an admin changes or tests them. */
export const mayEdit = (ctx: AnyCtx, userId: string): boolean =>
  ctx.actor === null || ctx.actor.role === "ADMIN" || ctx.actor.id === userId;

/** The user named by `input.email`, checked for the caller's right to read (or to edit). */
export async function ownerOf(db: Db | Tx, ctx: AnyCtx, input: unknown, edit: boolean): Promise<string> {
  assertRole(ctx, "VIEWER");
  const { email } = parseInput(ZContactOwner, input);
  const userId = await findUserIdByEmail(db, email);
  if (!userId) throw new NotFoundError(`No user with the email ${email}`);
  if (edit && !mayEdit(ctx, userId))
    throw new ForbiddenError("Only the person themselves or an admin changes their contact methods.");
  return userId;
}

export const toContactDto = (m: ContactMethodModel, key: Buffer | null): ContactMethodDto => ({
  id: m.id,
  kind: m.kind,
  address: m.address,
  test: m.testedAt ? { at: m.testedAt.toISOString(), ok: m.testOk === true, detail: m.testDetail ?? "" } : null,
  ...(m.kind === "WEBHOOK" && key && { signingSecret: contactSigningSecret(key, m.id) }),
});

export const methodsOf = (db: Db | Tx, userId: string) =>
  db.contactMethod.findMany({ where: { userId }, orderBy: { position: "asc" } });
