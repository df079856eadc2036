-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[];
