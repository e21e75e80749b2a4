-- AlterTable
ALTER TABLE "NotificationChannel" ADD COLUMN "checklists" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Notification" ALTER COLUMN "incidentId" DROP NOT NULL,
ADD COLUMN "checklistRunId" TEXT;

-- A notification is about an incident or a checklist run, never both and never neither.
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_subject_check"
  CHECK (num_nonnulls("incidentId", "checklistRunId") = 1);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_checklistRunId_channelId_event_key" ON "Notification"("checklistRunId", "channelId", "event");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_checklistRunId_fkey" FOREIGN KEY ("checklistRunId") REFERENCES "ChecklistRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
