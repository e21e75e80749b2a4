-- CreateEnum
CREATE TYPE "OnCallHandoff" AS ENUM ('DAY', 'WEEK');

-- CreateTable
CREATE TABLE "OnCallSchedule" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OnCallSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnCallLayer" (
    "id" TEXT NOT NULL,
    "scheduleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "handoffEvery" "OnCallHandoff" NOT NULL,
    "handoffMinute" INTEGER NOT NULL,
    "handoffWeekday" INTEGER,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OnCallLayer_pkey" PRIMARY KEY ("id"),
    -- A weekly handoff names its ISO weekday; a daily one none.
    CONSTRAINT "OnCallLayer_handoff_check" CHECK (
        "handoffMinute" BETWEEN 0 AND 1439
        AND (("handoffEvery" = 'WEEK' AND "handoffWeekday" BETWEEN 1 AND 7)
          OR ("handoffEvery" = 'DAY' AND "handoffWeekday" IS NULL))
    )
);

-- CreateTable
CREATE TABLE "OnCallMember" (
    "layerId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "OnCallMember_pkey" PRIMARY KEY ("layerId","position")
);

-- CreateTable
CREATE TABLE "OnCallOverride" (
    "id" TEXT NOT NULL,
    "layerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OnCallOverride_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "OnCallOverride_range_check" CHECK ("endsAt" > "startsAt")
);

-- CreateIndex
CREATE UNIQUE INDEX "OnCallSchedule_name_key" ON "OnCallSchedule"("name");

-- CreateIndex
CREATE UNIQUE INDEX "OnCallLayer_scheduleId_name_key" ON "OnCallLayer"("scheduleId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "OnCallLayer_scheduleId_position_key" ON "OnCallLayer"("scheduleId", "position");

-- CreateIndex
CREATE INDEX "OnCallMember_userId_idx" ON "OnCallMember"("userId");

-- CreateIndex
CREATE INDEX "OnCallOverride_layerId_startsAt_idx" ON "OnCallOverride"("layerId", "startsAt");

-- AddForeignKey
ALTER TABLE "OnCallLayer" ADD CONSTRAINT "OnCallLayer_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "OnCallSchedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnCallMember" ADD CONSTRAINT "OnCallMember_layerId_fkey" FOREIGN KEY ("layerId") REFERENCES "OnCallLayer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnCallMember" ADD CONSTRAINT "OnCallMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnCallOverride" ADD CONSTRAINT "OnCallOverride_layerId_fkey" FOREIGN KEY ("layerId") REFERENCES "OnCallLayer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnCallOverride" ADD CONSTRAINT "OnCallOverride_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnCallOverride" ADD CONSTRAINT "OnCallOverride_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
