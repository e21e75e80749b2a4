import { systemCtx } from "@opsdeck/core";
import { listCheckTiles, type TListCheckTiles } from "@opsdeck/core/check/index";
import type { Db } from "@opsdeck/db";
import type { Command } from "../args.ts";
import type { Io } from "../io.ts";
import { printTable } from "../table.ts";
import { stateSummary } from "./state-summary.ts";

type Args = Extract<Command, { name: "check list" }>;

/**
 * `check list [--state S] [--q TEXT] [--order name|worst] [--json]`: every check, read a page at a time
 * by following the list's cursor; an aligned table, or one JSON object per line with --json.
 */
export async function checkList({ db, io, args, pageSize = 500 }: { db: Db; io: Io; args: Args; pageSize?: number }) {
  const ctx = systemCtx("cli");
  const filters = {
    state: args.state as TListCheckTiles["state"],
    q: args.q,
    order: args.order as TListCheckTiles["order"],
  };
  const rows: string[][] = [["SERVICE", "CHECK", "KIND", "STATE", "ID"]];
  let cursor: string | undefined;
  let shown = 0;
  let counts: Awaited<ReturnType<typeof listCheckTiles>>["counts"] | undefined;
  do {
    const page = await listCheckTiles({
      db,
      ctx,
      input: { ...filters, order: filters.order ?? "name", limit: pageSize, cursor },
    });
    counts ??= page.counts;
    for (const s of page.services)
      for (const c of s.checks) {
        shown++;
        if (args.json)
          io.out(JSON.stringify({ service: s.slug, id: c.id, name: c.name, kind: c.kind, state: c.state }));
        else rows.push([s.slug, c.name, c.kind, c.state, c.id]);
      }
    cursor = page.next ?? undefined;
  } while (cursor);
  if (!args.json) printTable(io, rows);
  io.err(`${shown} shown; all ${counts?.total ?? 0} checks: ${stateSummary(counts?.byState ?? {})}`);
}
