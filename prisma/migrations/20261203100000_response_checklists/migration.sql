-- CreateEnum
CREATE TYPE "ResponseStepStatus" AS ENUM ('OPEN', 'DONE', 'SKIPPED');

-- CreateTable
CREATE TABLE "ResponseStepDefault" (
    "id" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "detail" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResponseStepDefault_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentResponseStep" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "detail" TEXT,
    "severity" "Severity" NOT NULL,
    "status" "ResponseStepStatus" NOT NULL DEFAULT 'OPEN',
    "skipReason" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncidentResponseStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ResponseStepDefault_severity_position_key" ON "ResponseStepDefault"("severity", "position");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentResponseStep_incidentId_position_key" ON "IncidentResponseStep"("incidentId", "position");

-- AddForeignKey
ALTER TABLE "IncidentResponseStep" ADD CONSTRAINT "IncidentResponseStep_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentResponseStep" ADD CONSTRAINT "IncidentResponseStep_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The operations runbook's response steps per severity ("P0 Response Checklist", the incident
-- workflow); admins edit them under Settings → Response checklists.
INSERT INTO "ResponseStepDefault" ("id", "severity", "position", "title", "detail", "updatedAt") VALUES
  (gen_random_uuid()::text, 'P0', 0, 'Check the hosting provider''s status', 'Run `vercel status` and look at https://www.vercel-status.com: if the platform is down, say so and wait for it.', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P0', 1, 'Check the health endpoint', '`curl -I https://your-domain.com/api/health` should answer 200.', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P0', 2, 'Check the error logs', 'Follow them with `vercel logs --follow`, and look for new issues in Sentry.', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P0', 3, 'Check the database', 'Is it up and are connections free? `psql "$DATABASE_URL" -c "SELECT count(*) FROM pg_stat_activity;"`, and the provider''s dashboard.', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P0', 4, 'Roll back if a deploy caused it', 'Roll back to previous in the service''s actions on this page, or list deployments with `vercel ls` and point the domain back: `vercel alias set <previous-deployment> your-domain.com`', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P0', 5, 'Notify the team', 'Post in #incidents (the notification channels announce the incident); page the secondary on-call if nobody answers.', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P0', 6, 'Update the status page', 'Put the incident on the public status page (Severity and roles) and post an update with the impact and when the next one is due.', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P0', 7, 'Write the postmortem', 'Within 48 hours of resolving it: Write postmortem, on this page.', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P1', 0, 'Assess the impact', 'Which core features (checkout, login) are broken, for whom, since when. Raise it to P0 if the site is down.', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P1', 1, 'Notify the team', 'Post in #incidents (the notification channels announce the incident).', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P1', 2, 'Check the health endpoint', '`curl -I https://your-domain.com/api/health` should answer 200.', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P1', 3, 'Check the error logs', '`vercel logs | grep ERROR`, and new issues in Sentry.', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P1', 4, 'Check recent deploys', 'Does one line up with the start? `vercel ls`; if so, roll it back (Roll back to previous, in the service''s actions).', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P1', 5, 'Update the status page', 'If customers are affected: put the incident on the public status page and post an update with the impact.', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P1', 6, 'Write the postmortem', 'Within 48 hours of resolving it: Write postmortem, on this page.', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P2', 0, 'Assess the impact', 'A non-critical feature or slower pages? If core features are down, raise the severity.', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P2', 1, 'Check the error logs', '`vercel logs | grep ERROR`; for slow pages, the slowest queries: `psql "$DATABASE_URL" -c "SELECT query, mean_exec_time, calls FROM pg_stat_statements ORDER BY mean_exec_time DESC LIMIT 10;"`', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P2', 2, 'Post an update with the plan', 'Status, impact and when the next update is due.', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P2', 3, 'Track the permanent fix', 'Open an issue and link it in a note; resolve once the fix is verified in production.', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P3', 0, 'Confirm the issue', 'Reproduce it and note where it shows.', CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'P3', 1, 'Add it to the backlog', 'Link the issue in a note; resolve once the fix ships.', CURRENT_TIMESTAMP);
