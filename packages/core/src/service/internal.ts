import { type Db, Prisma } from "@opsdeck/db";
import { ConflictError, type FieldErrors, ValidationError } from "../errors.ts";

export type Tx = Prisma.TransactionClient;

/** Every field an audit row keeps of a service. */
export const SERVICE_AUDIT_SELECT = {
  id: true,
  slug: true,
  name: true,
  description: true,
  team: true,
  tier: true,
  runbookUrl: true,
  runbookMd: true,
  ownerId: true,
  autoIncidentSeverity: true,
  public: true,
  publicName: true,
} as const satisfies Prisma.ServiceSelect;

export const slugTaken = (slug: string) => new ConflictError(`A service with slug ${slug} exists`);

export async function assertOwnerExists(db: Db | Tx, ownerId: string | null | undefined): Promise<void> {
  if (!ownerId) return;
  if (await db.user.findUnique({ where: { id: ownerId }, select: { id: true } })) return;
  const errors: FieldErrors = { ownerId: ["No such user"] };
  throw new ValidationError(errors);
}

export const isUniqueViolation = (e: unknown): boolean =>
  e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
