import { formatStamp, onCallEverywhere, parseInput, systemCtx, ZOnCallQuery } from "@opsdeck/core";
import type { Db } from "@opsdeck/db";
import type { Command } from "../args.ts";
import type { Io } from "../io.ts";
import { printTable } from "../table.ts";

type Args = Extract<Command, { name: "oncall" }>;

/** `oncall [--at T] [--json]`: who is on call on each layer of every schedule, now or at T. */
export async function oncall({ db, io, args, now = new Date() }: { db: Db; io: Io; args: Args; now?: Date }) {
  const { at } = parseInput(ZOnCallQuery, { at: args.at });
  const schedules = await onCallEverywhere({ db, ctx: systemCtx("cli"), now: at ?? now });
  if (!schedules.length && !args.json) {
    io.err("No on-call schedules yet.");
    return;
  }
  const rows: string[][] = [["SCHEDULE", "LAYER", "ON CALL", "UNTIL"]];
  for (const s of schedules)
    for (const l of s.layers) {
      if (args.json) {
        const { user, until, override } = l;
        io.out(
          JSON.stringify({
            schedule: s.name,
            layer: l.name,
            email: user?.email ?? null,
            name: user?.name ?? null,
            until,
            override,
          }),
        );
        continue;
      }
      const who = l.user ? `${l.user.name ?? l.user.email}${l.override ? " (override)" : ""}` : "nobody yet";
      rows.push([s.name, l.name, who, l.until ? formatStamp(l.until, s.timeZone) : ""]);
    }
  if (!args.json) printTable(io, rows);
}
