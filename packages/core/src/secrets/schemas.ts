import { z } from "zod";

export const ZSecretName = z
  .string({ error: "Name the secret" })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, "Use 1–100 letters, digits, '.', '_' or '-'");

export const ZPutSecret = z.object({
  name: ZSecretName,
  value: z.string({ error: "Enter a value" }).min(1, "Enter a value").max(16_384, "Use at most 16384 characters"),
});
export type TPutSecret = z.input<typeof ZPutSecret>;

/** What leaves the server about a secret: never the value or ciphertext. */
export type TSecretDto = { id: string; name: string; createdAt: string; updatedAt: string };
