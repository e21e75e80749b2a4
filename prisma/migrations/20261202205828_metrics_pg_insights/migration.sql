-- CreateEnum
CREATE TYPE "MetricKind" AS ENUM ('GAUGE', 'COUNTER');

-- CreateTable
CREATE TABLE "MetricSeries" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "labels" JSONB NOT NULL,
    "labelsKey" TEXT NOT NULL,
    "kind" "MetricKind" NOT NULL DEFAULT 'GAUGE',
    "unit" TEXT,
    "lastAt" TIMESTAMPTZ(3),
    "lastValue" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MetricSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetricPoint" (
    "seriesId" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "MetricPoint_pkey" PRIMARY KEY ("seriesId","at")
);

-- CreateTable
CREATE TABLE "MetricRollup" (
    "seriesId" INTEGER NOT NULL,
    "period" "RollupPeriod" NOT NULL,
    "bucketStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,
    "sum" DOUBLE PRECISION NOT NULL,
    "min" DOUBLE PRECISION NOT NULL,
    "max" DOUBLE PRECISION NOT NULL,
    "last" DOUBLE PRECISION NOT NULL,
    "lastAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MetricRollup_pkey" PRIMARY KEY ("seriesId","period","bucketStart")
);

-- CreateTable
CREATE TABLE "PgInsightState" (
    "ref" TEXT NOT NULL,
    "address" TEXT,
    "claimedAt" TIMESTAMPTZ(3),
    "sampledAt" TIMESTAMPTZ(3),
    "problem" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PgInsightState_pkey" PRIMARY KEY ("ref")
);

-- CreateTable
CREATE TABLE "PgStatementSnapshot" (
    "id" BIGSERIAL NOT NULL,
    "ref" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "statsReset" TIMESTAMPTZ(3),
    "entries" JSONB NOT NULL,

    CONSTRAINT "PgStatementSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MetricSeries_name_labelsKey_key" ON "MetricSeries"("name", "labelsKey");

-- CreateIndex
CREATE INDEX "MetricRollup_period_bucketStart_idx" ON "MetricRollup"("period", "bucketStart");

-- CreateIndex
CREATE INDEX "PgStatementSnapshot_ref_at_idx" ON "PgStatementSnapshot"("ref", "at");

-- AddForeignKey
ALTER TABLE "MetricPoint" ADD CONSTRAINT "MetricPoint_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MetricSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricRollup" ADD CONSTRAINT "MetricRollup_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MetricSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PgStatementSnapshot" ADD CONSTRAINT "PgStatementSnapshot_ref_fkey" FOREIGN KEY ("ref") REFERENCES "PgInsightState"("ref") ON DELETE CASCADE ON UPDATE CASCADE;
