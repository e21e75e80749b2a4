-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('EMAIL', 'SLACK', 'WEBHOOK');

-- CreateTable
CREATE TABLE "ContactMethod" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "ContactKind" NOT NULL,
    "address" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "testedAt" TIMESTAMPTZ(3),
    "testOk" BOOLEAN,
    "testDetail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactMethod_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContactMethod_userId_kind_address_key" ON "ContactMethod"("userId", "kind", "address");

-- CreateIndex
CREATE INDEX "ContactMethod_userId_position_idx" ON "ContactMethod"("userId", "position");

-- AddForeignKey
ALTER TABLE "ContactMethod" ADD CONSTRAINT "ContactMethod_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
