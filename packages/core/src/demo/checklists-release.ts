import type { DemoChecklist } from "./checklists.ts";

export const RELEASE_CHECKLISTS: DemoChecklist[] = [
  {
    slug: "quarterly-backup-restore",
    name: "Quarterly backup restore test",
    description:
      "Restore the latest backup into a scratch database, following Backup Verification, and review RTO/RPO.",
    cadence: "QUARTERLY",
    dueTime: "17:00",
    dueDay: 14,
    graceMinutes: 10080,
    source: "Operations Runbook: Backup Verification",
    items: [
      { title: "Download the latest backup", detail: "`aws s3 cp s3://your-backup-bucket/latest.sql.gz ./`" },
      { title: "Create a test database", detail: "`createdb test_restore`" },
      { title: "Restore the backup", detail: "`gunzip latest.sql.gz && psql test_restore < latest.sql`" },
      {
        title: "Verify the data",
        detail: '`psql test_restore -c \'SELECT COUNT(*) FROM "Product";\'` and the same for "Order".',
      },
      { title: "Clean up", detail: "`dropdb test_restore`" },
      {
        title: "Review RTO and RPO",
        detail: "Targets: RTO 4 hours, RPO 24 hours (daily backups). Record how long this restore took.",
      },
      {
        title: "Check SSL certificates",
        detail: "Vercel renews automatically: confirm expiry dates anyway.",
        evidence: "tls.not_expiring",
      },
    ],
  },
  {
    slug: "pre-deploy",
    name: "Pre-deployment checklist",
    description: "Before every production deploy.",
    cadence: "PRE_DEPLOY",
    source: "Operations Runbook: Pre-Deployment Checklist",
    items: [
      { title: "All tests passing", detail: "`npm test`, plus typecheck and lint." },
      { title: "Code reviewed" },
      { title: "Staging tested", detail: "`npm run test:e2e` against staging." },
      {
        title: "Database migrations tested",
        detail: "`DATABASE_URL=$STAGING_DATABASE_URL npx prisma migrate deploy`",
      },
      { title: "Environment variables updated", detail: "`vercel env ls`" },
      { title: "Backup created", detail: "`pg_dump $DATABASE_URL > backup_pre_migration_$(date +%Y%m%d).sql`" },
      { title: "Recent commits reviewed for breaking changes" },
      { title: "Team notified", detail: "Post in the #deploys Slack channel." },
    ],
  },
];
