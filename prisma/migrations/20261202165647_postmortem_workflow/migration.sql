-- CreateEnum
CREATE TYPE "ActionItemKind" AS ENUM ('PREVENT', 'DETECT', 'RESPOND');

-- AlterTable
ALTER TABLE "ActionItem" ADD COLUMN     "kind" "ActionItemKind" NOT NULL DEFAULT 'PREVENT',
ADD COLUMN     "url" TEXT;

-- AlterTable
ALTER TABLE "Postmortem" ADD COLUMN     "authorId" TEXT,
ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "fieldVersions" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "resolution" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "revenueLostCents" INTEGER,
ADD COLUMN     "title" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "trigger" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "usersAffected" INTEGER,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Existing postmortems: the incident's title, the due time of the severities that require one
-- (48 h after resolution), and their last change as the publication time of published ones.
UPDATE "Postmortem" p SET "title" = i."title" FROM "Incident" i WHERE i."id" = p."incidentId";
UPDATE "Postmortem" p SET "dueAt" = i."resolvedAt" + interval '48 hours'
  FROM "Incident" i WHERE i."id" = p."incidentId" AND i."severity" IN ('P0', 'P1') AND i."resolvedAt" IS NOT NULL;
UPDATE "Postmortem" SET "publishedAt" = "updatedAt" WHERE "status" = 'PUBLISHED';

-- CreateIndex
CREATE INDEX "ActionItem_status_dueDate_idx" ON "ActionItem"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Postmortem_status_dueAt_idx" ON "Postmortem"("status", "dueAt");

-- AddForeignKey
ALTER TABLE "Postmortem" ADD CONSTRAINT "Postmortem_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
