-- AlterTable
ALTER TABLE "submission" ADD COLUMN     "late" BOOLEAN NOT NULL DEFAULT false;
