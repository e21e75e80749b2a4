import { getUserByEmail, MIN_PASSWORD_LENGTH, resetPassword, systemCtx } from "@opsdeck/core";
import type { Db } from "@opsdeck/db";
import type { Command } from "../args.ts";
import type { Io } from "../io.ts";

type Args = Extract<Command, { name: "user reset-password" }>;

/** `user reset-password --email E`, new password from stdin. */
export async function userResetPassword({ db, io, args }: { db: Db; io: Io; args: Args }): Promise<void> {
  const ctx = systemCtx("cli");
  const user = await getUserByEmail({ db, ctx, email: args.email });
  const newPassword = await io.readPassword(
    `New password for ${user.email} (at least ${MIN_PASSWORD_LENGTH} characters): `,
    { confirm: true },
  );
  await resetPassword({ db, ctx, input: { userId: user.id, newPassword } });
  io.out(`Password set for ${user.email}${user.disabledAt ? " (the account is disabled)" : ""}`);
}
