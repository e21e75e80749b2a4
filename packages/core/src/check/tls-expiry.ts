import type { Db } from "@opsdeck/db";
import { writeMetricSamples } from "../metric/write.ts";

/** Days left on a TLS check's certificate, labelled with the check's id and its service's slug. */
export const TLS_DAYS_SERIES = "tls.days_remaining";

/**
 * Record a TLS probe's days left as a point of `tls.days_remaining` (the alert rules' input): the
 * expiry itself is not stored with the result. Nothing for a check that is gone.
 */
export async function recordTlsExpiry(db: Db, r: { checkId: string; at: Date; daysRemaining: number }): Promise<void> {
  const check = await db.check.findUnique({
    where: { id: r.checkId },
    select: { service: { select: { slug: true } } },
  });
  if (!check) return;
  await writeMetricSamples(db, [
    {
      name: TLS_DAYS_SERIES,
      labels: { service: check.service.slug, check: r.checkId },
      at: r.at,
      value: r.daysRemaining,
      unit: "days",
    },
  ]);
}
