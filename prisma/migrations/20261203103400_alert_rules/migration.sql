-- CreateEnum
CREATE TYPE "AlertAggregation" AS ENUM ('AVG', 'MIN', 'MAX', 'LAST', 'SUM', 'COUNT');

-- CreateEnum
CREATE TYPE "AlertComparator" AS ENUM ('GT', 'GTE', 'LT', 'LTE');

-- CreateEnum
CREATE TYPE "AlertAction" AS ENUM ('INCIDENT', 'INCIDENT_NOTIFY');

-- CreateEnum
CREATE TYPE "AlertState" AS ENUM ('OK', 'PENDING', 'FIRING', 'RESOLVED');

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "alertGroup" TEXT,
ADD COLUMN     "alertRuleId" TEXT;

-- CreateTable
CREATE TABLE "AlertRule" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "preset" TEXT,
    "series" TEXT NOT NULL,
    "labels" JSONB NOT NULL,
    "aggregation" "AlertAggregation" NOT NULL,
    "windowSeconds" INTEGER NOT NULL,
    "comparator" "AlertComparator" NOT NULL,
    "threshold" DOUBLE PRECISION NOT NULL,
    "forSeconds" INTEGER NOT NULL,
    "severity" "Severity" NOT NULL,
    "action" "AlertAction" NOT NULL,
    "weekdaysOnly" BOOLEAN NOT NULL DEFAULT false,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "claimedAt" TIMESTAMPTZ(3),
    "evaluatedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertRuleGroup" (
    "ruleId" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "state" "AlertState" NOT NULL DEFAULT 'OK',
    "since" TIMESTAMPTZ(3) NOT NULL,
    "pendingSince" TIMESTAMPTZ(3),
    "value" DOUBLE PRECISION,
    "noData" BOOLEAN NOT NULL DEFAULT false,
    "silenced" BOOLEAN NOT NULL DEFAULT false,
    "evaluatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AlertRuleGroup_pkey" PRIMARY KEY ("ruleId","group")
);

-- CreateTable
CREATE TABLE "AlertRuleEvent" (
    "id" BIGSERIAL NOT NULL,
    "ruleId" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "from" "AlertState" NOT NULL,
    "to" "AlertState" NOT NULL,
    "value" DOUBLE PRECISION,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "incidentId" TEXT,

    CONSTRAINT "AlertRuleEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AlertRule_name_key" ON "AlertRule"("name");

-- CreateIndex
CREATE INDEX "AlertRuleEvent_ruleId_id_idx" ON "AlertRuleEvent"("ruleId", "id");

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_alertRuleId_fkey" FOREIGN KEY ("alertRuleId") REFERENCES "AlertRule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertRuleGroup" ADD CONSTRAINT "AlertRuleGroup_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "AlertRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertRuleEvent" ADD CONSTRAINT "AlertRuleEvent_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "AlertRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One open incident per alert rule and service.
CREATE UNIQUE INDEX "Incident_alertRule_open_key" ON "Incident" ("alertRuleId", "alertGroup") WHERE "status" <> 'RESOLVED';
