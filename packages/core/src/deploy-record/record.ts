import type { Db, Prisma } from "@opsdeck/db";
import type { Deployment } from "@opsdeck/integrations";

const cut = (v: string | null, max: number) => (v === null ? null : v.slice(0, max));

/**
 * Keep what a provider said of a target's deployments: new ones are added, known ones take their
 * latest state (building → READY, live moving on). One statement, however many.
 */
export async function recordDeployments(
  db: Db | Prisma.TransactionClient,
  targetId: string,
  deployments: Deployment[],
  now: Date,
): Promise<number> {
  const rows = deployments.filter((d) => Number.isFinite(Date.parse(d.createdAt)));
  if (rows.length === 0) return 0;
  return db.$executeRaw`
    INSERT INTO "TargetDeployment" ("targetId", "providerId", "deployedAt", state, live, "commit", message, author, url, "seenAt")
    SELECT ${targetId}, p, at, s, l, c, m, a, u, ${now}
      FROM unnest(${rows.map((d) => d.id.slice(0, 200))}::text[], ${rows.map((d) => new Date(d.createdAt))}::timestamptz[],
        ${rows.map((d) => d.state.slice(0, 60))}::text[], ${rows.map((d) => d.live)}::boolean[],
        ${rows.map((d) => cut(d.commit, 80))}::text[], ${rows.map((d) => cut(d.message, 300))}::text[],
        ${rows.map((d) => cut(d.author, 120))}::text[], ${rows.map((d) => cut(d.url, 2000))}::text[])
        AS t(p, at, s, l, c, m, a, u)
    ON CONFLICT ("targetId", "providerId") DO UPDATE SET state = EXCLUDED.state, live = EXCLUDED.live,
      "seenAt" = EXCLUDED."seenAt"`;
}
