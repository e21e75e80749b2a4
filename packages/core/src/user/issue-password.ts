import { randomBytes } from "node:crypto";
import type { ServiceCall } from "../call.ts";
import { ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { resetPassword } from "./reset-password.ts";
import { type TIssuePassword, ZIssuePassword } from "./schemas.ts";

/** 18 random bytes as base64url: 24 characters, easy to paste, hard to guess. */
const generatePassword = (): string => randomBytes(18).toString("base64url");

/**
 * An admin resets another user's password to a generated one, returned once for the admin to pass
 * on privately. Audited as a password reset (without the password); your own goes through the
 * change-password form, which asks for the current one.
 */
export async function issueTemporaryPassword({
  db,
  ctx,
  input,
}: ServiceCall<TIssuePassword>): Promise<{ password: string }> {
  assertRole(ctx, "ADMIN");
  const { userId } = parseInput(ZIssuePassword, input);
  if (ctx.actor?.id === userId) {
    throw new ValidationError({ userId: ["Change your own password under Settings; it asks for the current one"] });
  }
  const password = generatePassword();
  await resetPassword({ db, ctx, input: { userId, newPassword: password } });
  return { password };
}
