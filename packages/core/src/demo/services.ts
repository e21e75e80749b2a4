import type { ServiceTier } from "@opsdeck/db";

export type DemoService = {
  slug: string;
  name: string;
  description: string;
  team: string;
  tier: ServiceTier;
  runbookMd: string;
  /** What customers use: shown on the status page under `publicName`. */
  public?: boolean;
  publicName?: string;
};

/** A small web team's stack, with runbook excerpts taken from the operations runbooks. */
export const DEMO_SERVICES: DemoService[] = [
  {
    slug: "storefront",
    public: true,
    publicName: "Storefront",
    name: "Storefront web app",
    description: "Next.js storefront, admin dashboard and API routes, hosted on Vercel.",
    team: "Web",
    tier: "TIER_1",
    runbookMd: `## P0: site down
1. \`vercel status\`
2. \`curl -I https://your-domain.com/api/health\`
3. \`vercel logs --follow\` and check Sentry for new errors
4. Check the database in the Neon dashboard
5. Roll back if needed: \`vercel ls\`, then \`vercel alias set <previous-deployment> your-domain.com\`
6. Post in #incidents and update the status page

## 500 errors
Check recent deployments (\`vercel ls\`), \`vercel logs | grep ERROR\`, the database
(\`psql $DATABASE_URL -c "SELECT 1;"\`) and missing environment variables (\`vercel env ls\`).`,
  },
  {
    slug: "api",
    public: true,
    publicName: "API",
    name: "API",
    description: "Node API on Render: checkout, accounts and the Stripe webhook endpoint.",
    team: "Platform",
    tier: "TIER_1",
    runbookMd: `## 5xx error spike
1. Check the Render dashboard for service status
2. Review logs: \`grep "x-request-id"\` in Render logs
3. Check database connectivity: \`GET /readyz\`
4. Is it one endpoint or all of them? Is the connection pool exhausted?
5. Restart the service if needed; scale up instances if under load

## Health checks
- Liveness: \`GET /healthz\` · Readiness: \`GET /readyz\` · Legacy: \`GET /health\`

## Rollback
Render → service → Deployments → "Rollback" on the previous successful deploy; watch health checks.`,
  },
  {
    slug: "postgres",
    name: "PostgreSQL (Neon)",
    description: "Primary database. Daily automated backups at 02:00 UTC, 30-day retention.",
    team: "Platform",
    tier: "TIER_1",
    runbookMd: `## Connection exhaustion
\`\`\`sql
SELECT count(*) FROM pg_stat_activity;
SELECT setting FROM pg_settings WHERE name = 'max_connections';
\`\`\`
Alert when more than 80% of the pool is used.

## Point-in-time recovery
Neon Console → database → Restore → choose timestamp → new database or overwrite →
update \`DATABASE_URL\` → restart the application.

**RTO** 4 hours · **RPO** 24 hours (daily backups)`,
  },
  {
    slug: "stripe",
    public: true,
    publicName: "Payments",
    name: "Stripe payments",
    description: "Checkout sessions, payment intents and webhooks that turn payments into orders.",
    team: "Payments",
    tier: "TIER_1",
    runbookMd: `## Stripe webhook failures
1. Stripe Dashboard → Developers → Webhooks: look for failed deliveries; check the endpoint URL
2. Replay failed events: \`stripe events resend evt_1234567890\`
3. Check \`STRIPE_WEBHOOK_SECRET\` in the hosting environment; test with
   \`stripe listen --forward-to localhost:3001/api/checkout/webhook\`

Symptom: payment succeeds but no order appears, or orders stuck in "pending".
Alert: more than 10 webhook failures in 1 hour.`,
  },
  {
    slug: "email",
    public: true,
    publicName: "Email notifications",
    name: "Transactional email (Resend)",
    description: "Order confirmations and password resets sent through Resend.",
    team: "Web",
    tier: "TIER_2",
    runbookMd: `## Email not sending
1. Check Resend logs: https://resend.com/emails
2. \`vercel logs | grep email\`
3. Verify the API key is set: \`vercel env ls | grep RESEND\`
4. Resend Dashboard → Domains: domain added, DNS records configured and verified
5. Render the React Email template locally: if \`render()\` throws, the template is broken`,
  },
  {
    slug: "jobs",
    name: "Background jobs",
    description: "Scheduled work: nightly backups to S3, order fulfilment sync, reports.",
    team: "Platform",
    tier: "TIER_2",
    runbookMd: `## Nightly backup job
Runs from cron at 02:00 UTC: \`0 2 * * * /path/to/backup-script.sh\`
\`\`\`bash
pg_dump $DATABASE_URL > backup_$(date +%Y%m%d_%H%M%S).sql
gzip backup_*.sql
aws s3 cp backup_*.sql.gz s3://your-backup-bucket/
\`\`\`
If it did not run, take a manual backup with the same commands and check the worker logs.`,
  },
];
