import type { ContactMethodModel, Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import type { AnyCtx } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { ContactMethodDto } from "./dto.ts";
import { methodsOf, ownerOf, type Tx, toContactDto } from "./internal.ts";
import { type TContactMethod, ZContactMethod, ZContactMethodRef, ZContactMethods } from "./schemas.ts";

const keyOf = (m: { kind: string; address: string }) =>
  `${m.kind}:${m.kind === "EMAIL" ? m.address.toLowerCase() : m.address}`;
const summary = (list: { kind: string; address: string }[]) => list.map((m) => `${m.kind} ${m.address}`);

/**
 * Replace a person's list in one transaction (their row locked): methods already there keep their id
 * (so a webhook keeps its signing secret and its last test), new ones are added, missing ones removed.
 */
async function replace(tx: Tx, ctx: AnyCtx, userId: string, next: TContactMethod[]): Promise<ContactMethodModel[]> {
  await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${userId} FOR UPDATE`;
  const before = await methodsOf(tx, userId);
  const existing = new Map(before.map((m) => [keyOf(m), m]));
  const kept = new Set<string>();
  for (const [position, m] of next.entries()) {
    const old = existing.get(keyOf(m));
    if (old) {
      kept.add(old.id);
      if (old.position !== position) await tx.contactMethod.update({ where: { id: old.id }, data: { position } });
    } else {
      const made = await tx.contactMethod.create({ data: { userId, kind: m.kind, address: m.address, position } });
      kept.add(made.id);
    }
  }
  await tx.contactMethod.deleteMany({ where: { userId, id: { notIn: [...kept] } } });
  const after = await methodsOf(tx, userId);
  if (summary(before).join("\n") !== summary(after).join("\n"))
    await recordAudit(tx, ctx, {
      action: "user.contact_methods",
      targetType: "user",
      targetId: userId,
      before: { methods: summary(before) },
      after: { methods: summary(after) },
    });
  return after;
}

/** The list's errors said of the one method being added: "3.address" becomes "address". */
function asOneField<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    const keyed = Object.entries(err.fieldErrors).map(([k, v]) => [k.replace(/^\d+\./, ""), v]);
    throw new ValidationError(Object.fromEntries(keyed));
  }
}

type Edit = { db: Db; ctx: AnyCtx; key?: Buffer | null };

/** Set a person's whole list (`PUT /users/{email}/contact-methods`); errors are keyed `<index>.<field>`. */
export async function putContactMethods({
  db,
  ctx,
  input,
  key = null,
}: ServiceCall<{ email: string; methods: unknown }> & Edit): Promise<ContactMethodDto[]> {
  const methods = parseInput(ZContactMethods, input.methods);
  return db.$transaction(async (tx) => {
    const userId = await ownerOf(tx, ctx, input, true);
    return (await replace(tx, ctx, userId, methods)).map((m) => toContactDto(m, key));
  });
}

/** Add one method at the end of the list (the settings form); errors are keyed `kind` / `address`. */
export async function addContactMethod({
  db,
  ctx,
  input,
  key = null,
}: ServiceCall<{ email: string; method: unknown }> & Edit): Promise<ContactMethodDto[]> {
  const method = parseInput(ZContactMethod, input.method);
  return db.$transaction(async (tx) => {
    const userId = await ownerOf(tx, ctx, input, true);
    const current = await methodsOf(tx, userId);
    const next = asOneField(() =>
      parseInput(ZContactMethods, [...current.map(({ kind, address }) => ({ kind, address })), method]),
    );
    return (await replace(tx, ctx, userId, next)).map((m) => toContactDto(m, key));
  });
}

/** Remove one method from its owner's list. */
export async function removeContactMethod({ db, ctx, input }: ServiceCall<{ id: string }>): Promise<void> {
  const { id } = parseInput(ZContactMethodRef, input);
  await db.$transaction(async (tx) => {
    const row = await tx.contactMethod.findUnique({ where: { id }, include: { user: { select: { email: true } } } });
    if (!row) throw new NotFoundError("No such contact method");
    const userId = await ownerOf(tx, ctx, { email: row.user.email }, true);
    const rest = (await methodsOf(tx, userId)).filter((m) => m.id !== id);
    await replace(
      tx,
      ctx,
      userId,
      rest.map(({ kind, address }) => ({ kind, address }) as TContactMethod),
    );
  });
}
