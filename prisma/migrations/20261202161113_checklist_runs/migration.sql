-- CreateEnum
CREATE TYPE "ChecklistOutcome" AS ENUM ('DONE', 'NOT_DONE', 'NA');

-- DropForeignKey
ALTER TABLE "ChecklistItemResult" DROP CONSTRAINT "ChecklistItemResult_doneById_fkey";

-- DropForeignKey
ALTER TABLE "ChecklistItemResult" DROP CONSTRAINT "ChecklistItemResult_itemId_fkey";

-- DropIndex
DROP INDEX "ChecklistItemResult_runId_itemId_key";

-- AlterTable: runs keep a copy of their items; existing answers carry over
ALTER TABLE "ChecklistItemResult" RENAME COLUMN "doneAt" TO "answeredAt";
ALTER TABLE "ChecklistItemResult" RENAME COLUMN "doneById" TO "answeredById";
ALTER TABLE "ChecklistItemResult" RENAME COLUMN "note" TO "remark";
ALTER TABLE "ChecklistItemResult" ADD COLUMN     "detail" TEXT,
ADD COLUMN     "evidence" JSONB,
ADD COLUMN     "evidenceRule" TEXT,
ADD COLUMN     "helpUrl" TEXT,
ADD COLUMN     "outcome" "ChecklistOutcome",
ADD COLUMN     "position" INTEGER,
ADD COLUMN     "title" TEXT,
ALTER COLUMN "itemId" DROP NOT NULL;

UPDATE "ChecklistItemResult" r SET "position" = i."position", "title" = i."title", "detail" = i."detail",
  "outcome" = CASE WHEN r."done" THEN 'DONE'::"ChecklistOutcome" END,
  "answeredAt" = CASE WHEN r."done" THEN r."answeredAt" END,
  "answeredById" = CASE WHEN r."done" THEN r."answeredById" END
FROM "ChecklistTemplateItem" i WHERE i."id" = r."itemId";

INSERT INTO "ChecklistItemResult" ("id", "runId", "itemId", "position", "title", "detail", "done")
SELECT md5(random()::text || clock_timestamp()::text), run."id", i."id", i."position", i."title", i."detail", false
FROM "ChecklistRun" run JOIN "ChecklistTemplateItem" i ON i."templateId" = run."templateId"
WHERE NOT EXISTS (SELECT 1 FROM "ChecklistItemResult" r WHERE r."runId" = run."id" AND r."itemId" = i."id");

ALTER TABLE "ChecklistItemResult" DROP COLUMN "done",
ALTER COLUMN "position" SET NOT NULL,
ALTER COLUMN "title" SET NOT NULL;

-- AlterTable
ALTER TABLE "ChecklistRun" ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "missAfter" TIMESTAMP(3),
ADD COLUMN     "missedAt" TIMESTAMP(3),
ADD COLUMN     "openedById" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ChecklistTemplate" ADD COLUMN     "assigneeId" TEXT,
ADD COLUMN     "assigneeRole" "Role" NOT NULL DEFAULT 'RESPONDER',
ADD COLUMN     "dueDay" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "dueTime" TEXT NOT NULL DEFAULT '10:00',
ADD COLUMN     "graceMinutes" INTEGER NOT NULL DEFAULT 120,
ADD COLUMN     "source" TEXT,
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

-- AlterTable
ALTER TABLE "ChecklistTemplateItem" ADD COLUMN     "evidence" TEXT,
ADD COLUMN     "helpUrl" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItemResult_runId_position_key" ON "ChecklistItemResult"("runId", "position");

-- CreateIndex
CREATE INDEX "ChecklistRun_missAfter_idx" ON "ChecklistRun"("missAfter");

-- AddForeignKey
ALTER TABLE "ChecklistTemplate" ADD CONSTRAINT "ChecklistTemplate_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistRun" ADD CONSTRAINT "ChecklistRun_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItemResult" ADD CONSTRAINT "ChecklistItemResult_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ChecklistTemplateItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItemResult" ADD CONSTRAINT "ChecklistItemResult_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
