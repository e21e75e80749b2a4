-- CreateTable
CREATE TABLE "TargetDeployment" (
    "targetId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "deployedAt" TIMESTAMPTZ(3) NOT NULL,
    "state" TEXT NOT NULL,
    "live" BOOLEAN NOT NULL,
    "commit" TEXT,
    "message" TEXT,
    "author" TEXT,
    "url" TEXT,
    "seenAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TargetDeployment_pkey" PRIMARY KEY ("targetId","providerId")
);

-- CreateTable
CREATE TABLE "DeployReadState" (
    "targetId" TEXT NOT NULL,
    "claimedAt" TIMESTAMPTZ(3),
    "readAt" TIMESTAMPTZ(3),
    "problem" TEXT,

    CONSTRAINT "DeployReadState_pkey" PRIMARY KEY ("targetId")
);

-- CreateIndex
CREATE INDEX "TargetDeployment_deployedAt_idx" ON "TargetDeployment"("deployedAt");

-- AddForeignKey
ALTER TABLE "TargetDeployment" ADD CONSTRAINT "TargetDeployment_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeployReadState" ADD CONSTRAINT "DeployReadState_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;
