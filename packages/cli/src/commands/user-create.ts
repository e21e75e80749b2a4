import { createUser, MIN_PASSWORD_LENGTH, parseInput, systemCtx, type TCreateUser, ZCreateUser } from "@opsdeck/core";
import type { Db } from "@opsdeck/db";
import type { Command } from "../args.ts";
import type { Io } from "../io.ts";

type Args = Extract<Command, { name: "user create" }>;

/** `user create --email E --role R [--name N]`, password from stdin. */
export async function userCreate({ db, io, args }: { db: Db; io: Io; args: Args }): Promise<void> {
  const fields = { email: args.email, role: args.role as TCreateUser["role"], name: args.displayName };
  // Check the flags before asking for a password the operator would then have to type again.
  parseInput(ZCreateUser.omit({ password: true }), fields);
  const password = await io.readPassword(`Password for ${args.email} (at least ${MIN_PASSWORD_LENGTH} characters): `, {
    confirm: true,
  });
  const user = await createUser({ db, ctx: systemCtx("cli"), input: { ...fields, password } });
  io.out(`Created ${user.role} ${user.email} (${user.id})`);
}
