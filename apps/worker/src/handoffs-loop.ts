import { dueHandoffs } from "@opsdeck/core/handoff/due";
import { sendHandoff } from "@opsdeck/core/handoff/send";
import type { Db } from "@opsdeck/db";
import { log } from "./log.ts";
import { startPeriodic } from "./periodic.ts";

/**
 * Every `seconds`, send the handoff message of each layer whose shift started in the last 15 minutes,
 * on every worker: each handoff row is claimed by one of them. Needs the key that opens contact roads.
 */
export function startHandoffs(db: Db, seconds: number, secretKey: Buffer, baseUrl: string | undefined) {
  return startPeriodic("Handoff messages", seconds, async () => {
    for (const handoff of await dueHandoffs({ db })) {
      const r = await sendHandoff({ db, key: secretKey, handoff, baseUrl });
      if (r.sent && r.outcomes.some((o) => !o.ok))
        log("warn", "Handoff: some contact methods were not reached", {
          layer: `${handoff.schedule}/${handoff.layer}`,
          failed: r.outcomes.filter((o) => !o.ok).map((o) => `${o.kind}: ${o.detail}`),
        });
    }
  });
}
