-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'fr', 'es', 'ru', 'zh', 'ar');

-- AlterTable
ALTER TABLE "person" ADD COLUMN     "locale" "Locale";
