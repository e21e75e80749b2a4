import { z } from "zod";

const ZCursor = z.string().transform((s, ctx) => {
  const [iso, id] = Buffer.from(s, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  if (!id || Number.isNaN(at.getTime())) {
    ctx.addIssue({ code: "custom", message: "Invalid cursor" });
    return z.NEVER;
  }
  return { at, id };
});

export const encodeAuditCursor = (at: Date, id: string): string =>
  Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");

const ZDate = z.coerce.date({ error: "Invalid date" });
const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((s) => s || undefined);

export const ZListAuditLog = z
  .object({
    actor: optionalText,
    action: optionalText,
    targetType: optionalText,
    from: ZDate.optional(),
    to: ZDate.optional(),
    cursor: ZCursor.optional(),
    limit: z.coerce.number().int().min(1).max(100, "Use at most 100").default(50),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "Must not be before the start" });
export type TListAuditLog = z.input<typeof ZListAuditLog>;

export type TAuditLogDto = {
  id: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  createdAt: string;
};

export type TAuditLogPage = { entries: TAuditLogDto[]; nextCursor: string | null };
