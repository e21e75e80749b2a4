import { listServicesPage, systemCtx } from "@opsdeck/core";
import type { Db } from "@opsdeck/db";
import type { Command } from "../args.ts";
import type { Io } from "../io.ts";
import { printTable } from "../table.ts";

type Args = Extract<Command, { name: "service list" }>;

/** `service list [--json]`: every service, most critical tier first, read a page at a time by cursor. */
export async function serviceList({ db, io, args, pageSize = 500 }: { db: Db; io: Io; args: Args; pageSize?: number }) {
  const ctx = systemCtx("cli");
  const rows: string[][] = [["SLUG", "NAME", "TIER", "TEAM", "OPEN INCIDENTS"]];
  let cursor: string | undefined;
  do {
    const page = await listServicesPage({ db, ctx, input: { limit: pageSize, cursor } });
    for (const s of page.items) {
      if (args.json) io.out(JSON.stringify({ slug: s.slug, id: s.id, name: s.name, tier: s.tier, team: s.team }));
      else rows.push([s.slug, s.name, s.tier, s.team ?? "", String(s.openIncidentCount)]);
    }
    cursor = page.next ?? undefined;
  } while (cursor);
  if (!args.json) printTable(io, rows);
}
