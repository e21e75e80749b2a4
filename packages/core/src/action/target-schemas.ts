import { z } from "zod";
import { TARGET_KINDS } from "./kinds.ts";

const name = z
  .string({ error: "Name the target" })
  .trim()
  .min(1, "Name the target")
  .max(80, "Use at most 80 characters")
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9 ._-]*$/,
    "Use letters, digits, spaces, '.', '_' or '-', starting with a letter or digit",
  );

export const ZTargetInput = z.object({
  name,
  kind: z.enum(TARGET_KINDS, { error: `Choose one of ${TARGET_KINDS.join(", ")}` }),
  serviceId: z.string().trim().min(1).max(100).nullable().optional(),
  /** The kind's settings; checked against the kind's schema. */
  config: z.record(z.string(), z.unknown()).default({}),
  /** The credential; omitted on an edit: unchanged. Never returned. */
  credential: z.string().min(1, "Enter the credential").max(16_384).optional(),
  requireApproval: z.boolean().default(false),
});
export type TTargetInput = z.input<typeof ZTargetInput>;

/** Fields left out stay as they are (no defaults here: an edit of the name must not reset the settings). */
export const ZTargetUpdate = z.object({
  id: z.string().trim().min(1).max(100),
  name: name.optional(),
  serviceId: z.string().trim().min(1).max(100).nullable().optional(),
  config: z.record(z.string(), z.unknown()).optional(),
  credential: z.string().min(1, "Enter the credential").max(16_384).optional(),
  requireApproval: z.boolean().optional(),
});
export type TTargetUpdate = z.input<typeof ZTargetUpdate>;

export const ZTargetRef = z.object({ id: z.string().trim().min(1).max(100) });
