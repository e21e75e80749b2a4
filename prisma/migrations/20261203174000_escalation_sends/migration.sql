-- CreateTable
CREATE TABLE "EscalationSend" (
    "id" TEXT NOT NULL,
    "escalationId" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "step" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "methodId" TEXT NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "claimedAt" TIMESTAMPTZ(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "EscalationSend_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EscalationSend_escalationId_round_step_userId_methodId_key" ON "EscalationSend"("escalationId", "round", "step", "userId", "methodId");

-- CreateIndex
CREATE INDEX "EscalationSend_claimedAt_idx" ON "EscalationSend"("claimedAt");

-- AddForeignKey
ALTER TABLE "EscalationSend" ADD CONSTRAINT "EscalationSend_escalationId_fkey" FOREIGN KEY ("escalationId") REFERENCES "IncidentEscalation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
