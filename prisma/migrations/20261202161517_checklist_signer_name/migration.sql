-- AlterTable
ALTER TABLE "ChecklistRun" ADD COLUMN     "signedOffByName" TEXT;

UPDATE "ChecklistRun" r SET "signedOffByName" = COALESCE(u."name", u."email")
FROM "User" u WHERE u."id" = r."signedOffById";
