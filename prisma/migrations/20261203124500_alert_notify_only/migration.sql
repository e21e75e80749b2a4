-- AlterEnum
ALTER TYPE "AlertAction" ADD VALUE 'NOTIFY';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "alertRuleEventId" BIGINT;

-- A notification is about an incident, a checklist run or an alert rule's state change: exactly one.
ALTER TABLE "Notification" DROP CONSTRAINT "Notification_subject_check";
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_subject_check"
  CHECK (num_nonnulls("incidentId", "checklistRunId", "alertRuleEventId") = 1);

-- CreateIndex
CREATE INDEX "Notification_alertRuleEventId_idx" ON "Notification"("alertRuleEventId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_alertRuleEventId_fkey" FOREIGN KEY ("alertRuleEventId") REFERENCES "AlertRuleEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
