import { createApiToken, getUserByEmail, systemCtx } from "@opsdeck/core";
import type { Db } from "@opsdeck/db";
import type { Command } from "../args.ts";
import type { Io } from "../io.ts";

type Args = Extract<Command, { name: "token create" }>;

/** `token create --email E [--name N] [--expires-days D]`: the token alone on stdout, notes on stderr. */
export async function tokenCreate({ db, io, args }: { db: Db; io: Io; args: Args }): Promise<void> {
  const ctx = systemCtx("cli");
  const user = await getUserByEmail({ db, ctx, email: args.email });
  const expiresInDays = args.expiresDays === undefined ? undefined : Number(args.expiresDays);
  const { token, apiToken } = await createApiToken({
    db,
    ctx,
    input: { name: args.tokenName ?? "cli", expiresInDays },
    forUserId: user.id,
  });
  io.out(token);
  const expiry = apiToken.expiresAt ? `expires ${apiToken.expiresAt.slice(0, 10)}` : "never expires";
  io.err(
    `Token "${apiToken.name}" (odk_${apiToken.prefix}…) for ${user.email}, ${expiry}. Store it now: it is not shown again.`,
  );
}
