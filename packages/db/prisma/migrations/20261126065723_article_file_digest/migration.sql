-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "fileSha256" TEXT NOT NULL DEFAULT '';
