-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('RELEASES', 'VERCEL', 'RENDER', 'WEBHOOK', 'POSTGRES', 'STRIPE');

-- CreateEnum
CREATE TYPE "BackupOrigin" AS ENUM ('MANUAL', 'SCHEDULED', 'SAFETY');

-- CreateEnum
CREATE TYPE "ActionKind" AS ENUM ('ROLLBACK', 'BACKUP', 'VERIFY', 'RESTORE', 'REPLAY');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('AWAITING_APPROVAL', 'QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'EXPIRED');

-- CreateTable
CREATE TABLE "Target" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "TargetKind" NOT NULL,
    "serviceId" TEXT,
    "config" JSONB NOT NULL,
    "secretName" TEXT,
    "requireApproval" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Backup" (
    "id" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "runId" TEXT,
    "origin" "BackupOrigin" NOT NULL DEFAULT 'MANUAL',
    "key" TEXT NOT NULL,
    "sizeBytes" BIGINT NOT NULL,
    "sha256" TEXT NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "serverVersion" TEXT NOT NULL,
    "toolVersion" TEXT NOT NULL,
    "rowCounts" JSONB NOT NULL,
    "verifiedAt" TIMESTAMP(3),
    "verification" JSONB,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Backup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionRun" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "kind" "ActionKind" NOT NULL,
    "status" "ActionStatus" NOT NULL,
    "targetId" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "summary" TEXT NOT NULL,
    "requestedById" TEXT,
    "idempotencyKey" TEXT,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "cancelRequestedAt" TIMESTAMP(3),
    "cancelledById" TEXT,
    "incidentId" TEXT,
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "progressNote" TEXT,
    "result" JSONB,
    "error" TEXT,
    "jobId" TEXT,
    "workerId" TEXT,
    "heartbeatAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionRunLog" (
    "id" BIGSERIAL NOT NULL,
    "runId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "line" TEXT NOT NULL,

    CONSTRAINT "ActionRunLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Target_name_key" ON "Target"("name");

-- CreateIndex
CREATE INDEX "Target_serviceId_idx" ON "Target"("serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "Backup_runId_key" ON "Backup"("runId");

-- CreateIndex
CREATE INDEX "Backup_targetId_createdAt_idx" ON "Backup"("targetId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ActionRun_number_key" ON "ActionRun"("number");

-- CreateIndex
CREATE INDEX "ActionRun_status_createdAt_idx" ON "ActionRun"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ActionRun_targetId_createdAt_idx" ON "ActionRun"("targetId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ActionRun_requestedById_idempotencyKey_key" ON "ActionRun"("requestedById", "idempotencyKey");

-- CreateIndex
CREATE INDEX "ActionRunLog_runId_id_idx" ON "ActionRunLog"("runId", "id");

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Backup" ADD CONSTRAINT "Backup_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Backup" ADD CONSTRAINT "Backup_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ActionRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionRun" ADD CONSTRAINT "ActionRun_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionRun" ADD CONSTRAINT "ActionRun_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionRun" ADD CONSTRAINT "ActionRun_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionRun" ADD CONSTRAINT "ActionRun_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionRunLog" ADD CONSTRAINT "ActionRunLog_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ActionRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand (Prisma cannot express a partial index; scripts/db.ts keeps later diffs from
-- dropping it): at most one live run per target, so a double click, a second tab or a second
-- person cannot start a second rollback or restore while one is waiting, queued or running.
CREATE UNIQUE INDEX "ActionRun_targetId_live_key" ON "ActionRun" ("targetId") WHERE "status" IN ('AWAITING_APPROVAL', 'QUEUED', 'RUNNING');
