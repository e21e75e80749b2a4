import { sampleDatabases } from "@opsdeck/core/database/sample";
import type { Db } from "@opsdeck/db";
import { log } from "./log.ts";
import { startPeriodic } from "./periodic.ts";

/** Sample every monitored database's insights every `seconds` (each database by one worker per interval). */
export function startPgInsights(db: Db, seconds: number, secretKey: Buffer | undefined) {
  const failing = new Set<string>();
  return startPeriodic("Postgres insights sampling", seconds, async () => {
    const r = await sampleDatabases({ db, deps: { secretKey, intervalSeconds: seconds } });
    // A database's fault is on its page; the log says when it starts and stops failing.
    for (const ref of r.failed)
      if (!failing.has(ref)) log("warn", "Postgres insights: a database failed its sample", { ref });
    for (const ref of r.sampled)
      if (failing.has(ref)) log("info", "Postgres insights: a database sampled again", { ref });
    for (const ref of r.sampled) failing.delete(ref);
    for (const ref of r.failed) failing.add(ref);
  });
}
