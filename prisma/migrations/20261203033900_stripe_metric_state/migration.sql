-- CreateTable
CREATE TABLE "StripeMetricState" (
    "targetId" TEXT NOT NULL,
    "claimedAt" TIMESTAMPTZ(3),
    "readUntil" TIMESTAMPTZ(3),
    "sampledAt" TIMESTAMPTZ(3),
    "problem" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StripeMetricState_pkey" PRIMARY KEY ("targetId")
);

-- AddForeignKey
ALTER TABLE "StripeMetricState" ADD CONSTRAINT "StripeMetricState_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;
