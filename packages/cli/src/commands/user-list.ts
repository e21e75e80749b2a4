import { formatStamp, listUsers, systemCtx } from "@opsdeck/core";
import type { Db } from "@opsdeck/db";
import type { Io } from "../io.ts";
import { printTable } from "../table.ts";

const when = (iso: string | null) => (iso ? formatStamp(iso, "UTC") : "never");

/** `user list`: one aligned row per user. */
export async function userList({ db, io }: { db: Db; io: Io }): Promise<void> {
  const users = await listUsers({ db, ctx: systemCtx("cli") });
  if (!users.length) {
    io.out("No users yet. Create one with: npm run opsdeck -- user create --email E --role ADMIN");
    return;
  }
  const rows = [
    ["EMAIL", "ROLE", "STATUS", "LAST SIGN-IN", "NAME"],
    ...users.map((u) => [u.email, u.role, u.disabledAt ? "disabled" : "enabled", when(u.lastLoginAt), u.name ?? ""]),
  ];
  printTable(io, rows);
}
