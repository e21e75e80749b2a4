-- CreateTable
CREATE TABLE "OnCallHandoffNote" (
    "layerId" TEXT NOT NULL,
    "handoffAt" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT NOT NULL,
    "authorId" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OnCallHandoffNote_pkey" PRIMARY KEY ("layerId","handoffAt")
);

-- CreateTable
CREATE TABLE "OnCallHandoffMessage" (
    "layerId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "userId" TEXT NOT NULL,
    "claimedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "outcomes" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "OnCallHandoffMessage_pkey" PRIMARY KEY ("layerId","startsAt")
);

-- AddForeignKey
ALTER TABLE "OnCallHandoffNote" ADD CONSTRAINT "OnCallHandoffNote_layerId_fkey" FOREIGN KEY ("layerId") REFERENCES "OnCallLayer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnCallHandoffNote" ADD CONSTRAINT "OnCallHandoffNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnCallHandoffMessage" ADD CONSTRAINT "OnCallHandoffMessage_layerId_fkey" FOREIGN KEY ("layerId") REFERENCES "OnCallLayer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnCallHandoffMessage" ADD CONSTRAINT "OnCallHandoffMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The note is at most 2000 characters, as the services check.
ALTER TABLE "OnCallHandoffNote" ADD CONSTRAINT "OnCallHandoffNote_note_length" CHECK (char_length("note") <= 2000);
