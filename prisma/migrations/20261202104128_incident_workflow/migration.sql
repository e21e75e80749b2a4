-- CreateEnum
CREATE TYPE "IncidentRole" AS ENUM ('COMMANDER', 'COMMS_LEAD');

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "commsLeadId" TEXT,
ADD COLUMN     "customerFacing" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "IncidentEvent" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "data" JSONB;

-- CreateTable
CREATE TABLE "IncidentService" (
    "incidentId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,

    CONSTRAINT "IncidentService_pkey" PRIMARY KEY ("incidentId","serviceId")
);

-- CreateTable
CREATE TABLE "IncidentRoleAssignment" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "role" "IncidentRole" NOT NULL,
    "userId" TEXT,
    "assignedById" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "IncidentRoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IncidentService_serviceId_idx" ON "IncidentService"("serviceId");

-- CreateIndex
CREATE INDEX "IncidentRoleAssignment_incidentId_role_startedAt_idx" ON "IncidentRoleAssignment"("incidentId", "role", "startedAt");

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_commsLeadId_fkey" FOREIGN KEY ("commsLeadId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentService" ADD CONSTRAINT "IncidentService_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentService" ADD CONSTRAINT "IncidentService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRoleAssignment" ADD CONSTRAINT "IncidentRoleAssignment_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRoleAssignment" ADD CONSTRAINT "IncidentRoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRoleAssignment" ADD CONSTRAINT "IncidentRoleAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing incidents: their one service becomes their first affected service, and their commander
-- holds the role from detection on.
INSERT INTO "IncidentService" ("incidentId", "serviceId")
SELECT id, "serviceId" FROM "Incident" WHERE "serviceId" IS NOT NULL;

INSERT INTO "IncidentRoleAssignment" ("id", "incidentId", "role", "userId", "startedAt")
SELECT 'mig_' || md5(id), id, 'COMMANDER', "commanderId", "detectedAt" FROM "Incident" WHERE "commanderId" IS NOT NULL;
