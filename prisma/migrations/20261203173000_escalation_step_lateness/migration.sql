-- AlterTable
ALTER TABLE "IncidentEscalation" ADD COLUMN     "queuedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "IncidentPage" ADD COLUMN     "dueAt" TIMESTAMPTZ(3);
