-- CreateTable
CREATE TABLE "IncidentAckLink" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "IncidentAckLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IncidentAckLink_tokenHash_key" ON "IncidentAckLink"("tokenHash");

-- CreateIndex
CREATE INDEX "IncidentAckLink_incidentId_idx" ON "IncidentAckLink"("incidentId");

-- AddForeignKey
ALTER TABLE "IncidentAckLink" ADD CONSTRAINT "IncidentAckLink_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentAckLink" ADD CONSTRAINT "IncidentAckLink_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
