import type { Db, Prisma } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { hashPassword } from "../auth/password.ts";
import { ConflictError } from "../errors.ts";
import { parseInput } from "../validate.ts";
import { toUserDto, USER_SELECT } from "./internal.ts";
import { type TSetupAdmin, type TUserDto, ZSetupAdmin } from "./schemas.ts";

const alreadyDone = () => new ConflictError("Setup is already done");

/** Users who can sign in. Disabled users (the demo's on-call engineers) do not count: they cannot. */
const ACTIVE = { where: { disabledAt: null } } as const;

/** Whether first-run setup is open: no user who can sign in exists yet. */
export const isSetupOpen = async (db: Db | Prisma.TransactionClient): Promise<boolean> =>
  (await db.user.count(ACTIVE)) === 0;

/**
 * First-run setup: creates an ADMIN only while no user who can sign in exists. Unauthenticated by design, so the
 * count is re-checked under an advisory lock: of concurrent calls exactly one can succeed.
 */
export async function setupFirstAdmin({
  db,
  input,
  requestId,
}: {
  db: Db;
  input: TSetupAdmin;
  requestId?: string;
}): Promise<TUserDto> {
  const data = parseInput(ZSetupAdmin, input);
  // Cheap refusal first: hashing costs CPU, and anyone can call this.
  if (!(await isSetupOpen(db))) throw alreadyDone();
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('opsdeck:setup-first-admin'))`;
    if (!(await isSetupOpen(tx))) throw alreadyDone();
    const user = await tx.user.create({
      data: { email: data.email, name: data.name ?? null, role: "ADMIN", passwordHash },
      select: USER_SELECT,
    });
    const dto = toUserDto(user);
    await recordAudit(
      tx,
      { actor: null, label: "setup", requestId },
      { action: "user.setup_first_admin", targetType: "user", targetId: user.id, after: dto },
    );
    return dto;
  });
}
