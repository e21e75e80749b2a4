-- CreateTable
CREATE TABLE "CheckTileHistory" (
    "checkSeq" INTEGER NOT NULL,
    "sparkline" JSONB NOT NULL,
    "minuteStart" TIMESTAMPTZ(3) NOT NULL,
    "uptimeBar" JSONB NOT NULL,
    "hourStart" TIMESTAMPTZ(3) NOT NULL,
    "refreshedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CheckTileHistory_pkey" PRIMARY KEY ("checkSeq")
);

-- AddForeignKey
ALTER TABLE "CheckTileHistory" ADD CONSTRAINT "CheckTileHistory_checkSeq_fkey" FOREIGN KEY ("checkSeq") REFERENCES "Check"("seq") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (Prisma cannot declare partial indexes; scripts/db.ts keeps `db:migrate:create` from
-- dropping it): the service page's latest failures, found per check without scanning every raw result.
-- Only failed runs are indexed, so the raw results of a healthy check cost no index space.
CREATE INDEX "CheckResult_failures_idx" ON "CheckResult" ("checkSeq", "at" DESC) WHERE "status" IS NOT NULL;
