-- CreateEnum
CREATE TYPE "CheckKind" AS ENUM ('HTTP', 'TCP', 'DNS', 'TLS', 'POSTGRES', 'STRIPE', 'HEARTBEAT');

-- CreateEnum
CREATE TYPE "CheckState" AS ENUM ('UP', 'DEGRADED', 'DOWN', 'PAUSED', 'MAINTENANCE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "CheckResultStatus" AS ENUM ('DEGRADED', 'DOWN');

-- CreateEnum
CREATE TYPE "RollupPeriod" AS ENUM ('MINUTE', 'HOUR', 'DAY');

-- CreateTable
CREATE TABLE "Check" (
    "id" TEXT NOT NULL,
    "seq" SERIAL NOT NULL,
    "serviceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CheckKind" NOT NULL,
    "config" JSONB NOT NULL,
    "intervalSeconds" INTEGER NOT NULL DEFAULT 60,
    "timeoutMs" INTEGER NOT NULL DEFAULT 10000,
    "downAfter" INTEGER NOT NULL DEFAULT 2,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "shard" INTEGER NOT NULL DEFAULT 0,
    "state" "CheckState" NOT NULL DEFAULT 'UNKNOWN',
    "health" "CheckState" NOT NULL DEFAULT 'UNKNOWN',
    "stateSince" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "lastCheckedAt" TIMESTAMP(3),
    "lastLatencyMs" INTEGER,
    "lastMessage" TEXT,
    "heartbeatToken" TEXT,
    "lastPingAt" TIMESTAMP(3),
    "runRequestedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Check_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckResult" (
    "at" TIMESTAMPTZ(3) NOT NULL,
    "checkSeq" INTEGER NOT NULL,
    "latencyMs" INTEGER NOT NULL,
    "status" "CheckResultStatus",
    "message" TEXT
);

-- CreateTable
CREATE TABLE "CheckRollup" (
    "checkSeq" INTEGER NOT NULL,
    "period" "RollupPeriod" NOT NULL,
    "bucketStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,
    "upCount" INTEGER NOT NULL,
    "degradedCount" INTEGER NOT NULL,
    "latencyMin" INTEGER,
    "latencyMax" INTEGER,
    "latencySum" BIGINT NOT NULL,
    "hist" INTEGER[],

    CONSTRAINT "CheckRollup_pkey" PRIMARY KEY ("checkSeq","period","bucketStart")
);

-- CreateTable
CREATE TABLE "CheckEvent" (
    "id" SERIAL NOT NULL,
    "checkId" TEXT NOT NULL,
    "from" "CheckState" NOT NULL,
    "to" "CheckState" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "message" TEXT,
    "duringMaintenance" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "CheckEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaintenanceWindow" (
    "id" TEXT NOT NULL,
    "checkId" TEXT,
    "serviceId" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaintenanceWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShardLease" (
    "shard" INTEGER NOT NULL,
    "ownerId" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShardLease_pkey" PRIMARY KEY ("shard")
);

-- CreateIndex
CREATE UNIQUE INDEX "Check_seq_key" ON "Check"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "Check_heartbeatToken_key" ON "Check"("heartbeatToken");

-- CreateIndex
CREATE INDEX "Check_serviceId_idx" ON "Check"("serviceId");

-- CreateIndex
CREATE INDEX "Check_shard_idx" ON "Check"("shard");

-- CreateIndex
CREATE INDEX "CheckResult_at_idx" ON "CheckResult" USING BRIN ("at");

-- CreateIndex
CREATE INDEX "CheckRollup_period_bucketStart_idx" ON "CheckRollup"("period", "bucketStart");

-- CreateIndex
CREATE INDEX "CheckEvent_checkId_at_idx" ON "CheckEvent"("checkId", "at");

-- CreateIndex
CREATE INDEX "MaintenanceWindow_endsAt_idx" ON "MaintenanceWindow"("endsAt");

-- AddForeignKey
ALTER TABLE "Check" ADD CONSTRAINT "Check_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckRollup" ADD CONSTRAINT "CheckRollup_checkSeq_fkey" FOREIGN KEY ("checkSeq") REFERENCES "Check"("seq") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckEvent" ADD CONSTRAINT "CheckEvent_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "Check"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceWindow" ADD CONSTRAINT "MaintenanceWindow_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "Check"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceWindow" ADD CONSTRAINT "MaintenanceWindow_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Shard of a check, derived from its compact key (core/check/shards.ts: shardOf). Prisma does not
-- manage triggers, so this does not show as drift.
CREATE FUNCTION "Check_set_shard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."shard" := NEW."seq" % 64;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Check_set_shard" BEFORE INSERT OR UPDATE OF "seq", "shard" ON "Check"
  FOR EACH ROW EXECUTE FUNCTION "Check_set_shard"();
