import { createDb, type Db } from "@opsdeck/db";
import { type Command, parseCommand } from "./args.ts";
import { checkList } from "./commands/check-list.ts";
import { HELP } from "./commands/help.ts";
import { oncall } from "./commands/oncall.ts";
import { serviceList } from "./commands/service-list.ts";
import { tokenCreate } from "./commands/token-create.ts";
import { userCreate } from "./commands/user-create.ts";
import { userList } from "./commands/user-list.ts";
import { userResetPassword } from "./commands/user-reset-password.ts";
import { formatError, UsageError } from "./errors.ts";
import type { Io } from "./io.ts";

export type RunDeps = { env: Record<string, string | undefined>; io: Io; openDb?: (url: string) => Db };

function dispatch(db: Db, io: Io, command: Exclude<Command, { name: "help" }>): Promise<void> {
  switch (command.name) {
    case "user create":
      return userCreate({ db, io, args: command });
    case "user reset-password":
      return userResetPassword({ db, io, args: command });
    case "user list":
      return userList({ db, io });
    case "token create":
      return tokenCreate({ db, io, args: command });
    case "check list":
      return checkList({ db, io, args: command });
    case "service list":
      return serviceList({ db, io, args: command });
    case "oncall":
      return oncall({ db, io, args: command });
  }
}

/** Run one CLI invocation; returns the exit code (0 success, 1 any failure, printed without a stack). */
export async function run(argv: string[], { env, io, openDb = (url) => createDb(url, 2) }: RunDeps): Promise<number> {
  let db: Db | undefined;
  try {
    const command = parseCommand(argv);
    if (command.name === "help") {
      io.out(HELP);
      return 0;
    }
    if (!env.DATABASE_URL) throw new UsageError("DATABASE_URL is not set (`npm run opsdeck -- …` sets it for you)");
    db = openDb(env.DATABASE_URL);
    await dispatch(db, io, command);
    return 0;
  } catch (e) {
    for (const line of formatError(e)) io.err(line);
    return 1;
  } finally {
    await db?.$disconnect().catch(() => {});
  }
}
