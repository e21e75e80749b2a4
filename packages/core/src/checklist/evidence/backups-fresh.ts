import { formatAgo } from "../../time/relative.ts";
import { evidence, type Reader, plural } from "./internal.ts";
import type { Evidence } from "./rules.ts";
import { BACKUP_MAX_AGE_HOURS, DAY_MS, HOUR_MS, VERIFICATION_MAX_AGE_DAYS } from "./thresholds.ts";

type TargetRow = {
  id: string;
  name: string;
  lastBackupAt: Date | null;
  lastVerifiedAt: Date | null;
  lastFailedVerificationAt: Date | null;
};

/**
 * A Backup row exists only for a complete file (the dump is written before the row), so a row that is
 * not deleted is a successful backup, whatever became of its run afterwards (retention, a safety backup
 * has none). A failed verification clears the backup's verifiedAt and keeps the attempt in `verification`.
 */
export async function backupsFresh(db: Reader, now: Date): Promise<Evidence> {
  const rows = await db.$queryRaw<TargetRow[]>`
    SELECT t.id, t.name,
      (SELECT max(b."createdAt") FROM "Backup" b
        WHERE b."targetId" = t.id AND b."deletedAt" IS NULL) AS "lastBackupAt",
      (SELECT max(b."verifiedAt") FROM "Backup" b WHERE b."targetId" = t.id) AS "lastVerifiedAt",
      (SELECT max((b.verification ->> 'at')::timestamptz) FROM "Backup" b
        WHERE b."targetId" = t.id AND b."verifiedAt" IS NULL AND b.verification IS NOT NULL) AS "lastFailedVerificationAt"
    FROM "Target" t
    WHERE t.kind = 'POSTGRES'
    ORDER BY t.name`;
  if (rows.length === 0) return evidence("backups.fresh", now, "unknown", "No Postgres targets", []);
  const link = (t: TargetRow) => ({ label: t.name, href: `/actions/targets/${t.id}` });
  const failing = rows.flatMap((t) => {
    const reasons = problemsOf(t, now);
    return reasons.length ? [{ t, text: `${t.name}: ${reasons.join("; ")}` }] : [];
  });
  if (failing.length === 0) {
    const all = rows.length === 1 ? rows[0]?.name : `All ${plural(rows.length, "Postgres target")}`;
    return evidence(
      "backups.fresh",
      now,
      "pass",
      `${all} backed up in the last ${BACKUP_MAX_AGE_HOURS} h and verified in the last ${VERIFICATION_MAX_AGE_DAYS} days`,
      rows.map(link),
    );
  }
  return evidence(
    "backups.fresh",
    now,
    "fail",
    failing.map((f) => f.text).join(". "),
    failing.map((f) => link(f.t)),
  );
}

function problemsOf(t: TargetRow, now: Date): string[] {
  const ago = (at: Date) => formatAgo(now.getTime() - at.getTime());
  const problems: string[] = [];
  if (!t.lastBackupAt) problems.push("no backup");
  else if (now.getTime() - t.lastBackupAt.getTime() > BACKUP_MAX_AGE_HOURS * HOUR_MS)
    problems.push(`last backup ${ago(t.lastBackupAt)}`);
  const failedAt = t.lastFailedVerificationAt;
  if (failedAt && !(t.lastVerifiedAt && t.lastVerifiedAt >= failedAt))
    problems.push(`last verification failed ${ago(failedAt)}`);
  else if (!t.lastVerifiedAt) problems.push("never verified");
  else if (now.getTime() - t.lastVerifiedAt.getTime() > VERIFICATION_MAX_AGE_DAYS * DAY_MS)
    problems.push(`last verified ${ago(t.lastVerifiedAt)}`);
  return problems;
}
