-- CreateEnum
CREATE TYPE "EscalationHours" AS ENUM ('ALWAYS', 'WORKING_HOURS');

-- AlterTable
ALTER TABLE "OnCallSchedule" ADD COLUMN     "workEnd" INTEGER NOT NULL DEFAULT 1020,
ADD COLUMN     "workStart" INTEGER NOT NULL DEFAULT 540,
ADD COLUMN     "workdays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5]::INTEGER[];

-- CreateTable
CREATE TABLE "EscalationPolicy" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "severities" "Severity"[],
    "services" TEXT[],
    "repeat" INTEGER NOT NULL,
    "hours" "EscalationHours" NOT NULL DEFAULT 'ALWAYS',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EscalationPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EscalationStep" (
    "id" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "scheduleId" TEXT,
    "layerName" TEXT,
    "userId" TEXT,
    "waitMinutes" INTEGER NOT NULL,

    CONSTRAINT "EscalationStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentEscalation" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "policyId" TEXT,
    "round" INTEGER NOT NULL DEFAULT 0,
    "step" INTEGER NOT NULL DEFAULT 0,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "jobId" TEXT,
    "stoppedAt" TIMESTAMPTZ(3),
    "stopReason" TEXT,
    "unansweredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncidentEscalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentPage" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "escalationId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "step" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "methodId" TEXT NOT NULL,
    "methodKind" "ContactKind" NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "error" TEXT,

    CONSTRAINT "IncidentPage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EscalationPolicy_name_key" ON "EscalationPolicy"("name");

-- CreateIndex
CREATE INDEX "EscalationStep_scheduleId_idx" ON "EscalationStep"("scheduleId");

-- CreateIndex
CREATE INDEX "EscalationStep_userId_idx" ON "EscalationStep"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "EscalationStep_policyId_position_key" ON "EscalationStep"("policyId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentEscalation_incidentId_key" ON "IncidentEscalation"("incidentId");

-- CreateIndex
CREATE INDEX "IncidentEscalation_jobId_stoppedAt_unansweredAt_idx" ON "IncidentEscalation"("jobId", "stoppedAt", "unansweredAt");

-- CreateIndex
CREATE INDEX "IncidentPage_incidentId_idx" ON "IncidentPage"("incidentId");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentPage_escalationId_round_step_userId_methodId_key" ON "IncidentPage"("escalationId", "round", "step", "userId", "methodId");

-- AddForeignKey
ALTER TABLE "EscalationStep" ADD CONSTRAINT "EscalationStep_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "EscalationPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationStep" ADD CONSTRAINT "EscalationStep_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "OnCallSchedule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationStep" ADD CONSTRAINT "EscalationStep_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentEscalation" ADD CONSTRAINT "IncidentEscalation_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentEscalation" ADD CONSTRAINT "IncidentEscalation_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "EscalationPolicy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentPage" ADD CONSTRAINT "IncidentPage_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentPage" ADD CONSTRAINT "IncidentPage_escalationId_fkey" FOREIGN KEY ("escalationId") REFERENCES "IncidentEscalation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentPage" ADD CONSTRAINT "IncidentPage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
