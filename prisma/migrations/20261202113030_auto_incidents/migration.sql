-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "autoServiceId" TEXT;

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "autoIncidentSeverity" "Severity";

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_autoServiceId_fkey" FOREIGN KEY ("autoServiceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand (Prisma cannot express a partial index; scripts/db.ts keeps a later diff from
-- dropping it): at most one open automatic incident per service, so two workers seeing checks of
-- one service go DOWN at once cannot both open one.
CREATE UNIQUE INDEX "Incident_autoServiceId_open_key" ON "Incident" ("autoServiceId") WHERE "status" <> 'RESOLVED';
