-- CreateTable
CREATE TABLE "AppMetricsEndpoint" (
    "serviceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "tokenCiphertext" TEXT,
    "requestMetric" TEXT NOT NULL DEFAULT 'http_requests_total',
    "statusLabel" TEXT,
    "durationMetric" TEXT NOT NULL DEFAULT 'http_request_duration_seconds',
    "claimedAt" TIMESTAMPTZ(3),
    "scrapedAt" TIMESTAMPTZ(3),
    "counters" JSONB,
    "problems" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppMetricsEndpoint_pkey" PRIMARY KEY ("serviceId")
);

-- AddForeignKey
ALTER TABLE "AppMetricsEndpoint" ADD CONSTRAINT "AppMetricsEndpoint_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;
