import type { ChecklistCadence } from "@opsdeck/db";
import type { EvidenceRule } from "../checklist/evidence/rules.ts";
import { RELEASE_CHECKLISTS } from "./checklists-release.ts";

export type DemoChecklist = {
  slug: string;
  name: string;
  description: string;
  cadence: ChecklistCadence;
  /** "HH:MM" UTC on day `dueDay` of the period; missed `graceMinutes` later. */
  dueTime?: string;
  dueDay?: number;
  graceMinutes?: number;
  source?: string;
  items: { title: string; detail?: string; helpUrl?: string; evidence?: EvidenceRule }[];
};

const sql = (query: string) => `\`\`\`sql\n${query}\n\`\`\``;

const DATABASE_CHECKLISTS: DemoChecklist[] = [
  {
    slug: "daily-database-checks",
    name: "Daily database checks",
    description: "Size, growth and connections, and proof that last night's jobs ran.",
    cadence: "DAILY",
    dueTime: "10:00",
    graceMinutes: 120,
    source: "Operations Runbook: Daily Maintenance",
    items: [
      {
        title: "All health checks are up",
        detail: "Anything down or degraded has an incident or a reason in the remark.",
        evidence: "checks.all_up",
      },
      { title: "No open P0 or P1 incident", evidence: "incidents.none_open_major" },
      {
        title: "Check database size",
        detail: sql("SELECT pg_size_pretty(pg_database_size(current_database())) AS size;"),
      },
      {
        title: "Check the largest tables",
        detail: sql(`SELECT schemaname, tablename,
  pg_size_pretty(pg_total_relation_size(schemaname||'.'||tablename)) AS size
FROM pg_tables WHERE schemaname = 'public'
ORDER BY pg_total_relation_size(schemaname||'.'||tablename) DESC LIMIT 10;`),
      },
      {
        title: "Check active connections (alert above 80% of the pool)",
        detail: sql("SELECT count(*) AS connections, state FROM pg_stat_activity GROUP BY state;"),
      },
      {
        title: "Verify last night's backup ran",
        detail: "Every Postgres target has a successful backup from the last 24 hours, verified in the last 90 days.",
        evidence: "backups.fresh",
      },
      {
        title: "Verify scheduled jobs ran",
        detail: "Worker logs and heartbeats: every cron job has a run since yesterday.",
      },
      { title: "Check error logs", detail: "Sentry and `vercel logs | grep ERROR`: error rate below 1%." },
    ],
  },
  {
    slug: "weekly-database-maintenance",
    name: "Weekly database maintenance",
    description: "Slow queries, unused indexes and vacuum.",
    cadence: "WEEKLY",
    dueTime: "17:00",
    dueDay: 5,
    graceMinutes: 1440,
    source: "Operations Runbook: Weekly Maintenance",
    items: [
      {
        title: "Review the slowest queries",
        detail: sql(`SELECT query, mean_exec_time, calls, total_exec_time
FROM pg_stat_statements ORDER BY mean_exec_time DESC LIMIT 20;`),
      },
      {
        title: "Find unused indexes",
        detail: sql(`SELECT schemaname, tablename, indexname, idx_scan
FROM pg_stat_user_indexes
WHERE idx_scan = 0 AND indexrelname NOT LIKE '%_pkey'
ORDER BY pg_relation_size(indexrelid) DESC;`),
      },
      {
        title: "Vacuum if autovacuum is behind",
        detail: `Automatic in Neon; manually if needed:\n${sql("VACUUM ANALYZE;")}`,
      },
      { title: "Check connection pool utilisation stays below 80%" },
    ],
  },
  {
    slug: "monthly-maintenance",
    name: "Monthly maintenance",
    description: "Archive old data, refresh planner statistics, review secrets and dependencies.",
    cadence: "MONTHLY",
    dueTime: "17:00",
    dueDay: 7,
    graceMinutes: 2880,
    source: "Operations Runbook: Monthly Maintenance",
    items: [
      {
        title: "Archive orders older than 2 years",
        detail: sql(`INSERT INTO "OrderArchive" SELECT * FROM "Order" WHERE "createdAt" < NOW() - INTERVAL '2 years';
DELETE FROM "Order" WHERE "createdAt" < NOW() - INTERVAL '2 years';`),
      },
      { title: "Update planner statistics", detail: sql("ANALYZE;") },
      {
        title: "Review secrets rotation",
        detail:
          "SESSION_SECRET (`openssl rand -base64 32`), STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET: " +
          "rotate what is due, update the hosting environment, redeploy.",
      },
      { title: "Apply security updates to dependencies", detail: "`npm audit`, then update and deploy." },
      { title: "Database performance review", detail: "Compare query times and database size with last month." },
      {
        title: "No postmortem overdue",
        detail: "P0 and P1 postmortems are due 48 hours after resolution.",
        evidence: "postmortems.none_overdue",
      },
    ],
  },
];

export const DEMO_CHECKLISTS: DemoChecklist[] = [...DATABASE_CHECKLISTS, ...RELEASE_CHECKLISTS];
