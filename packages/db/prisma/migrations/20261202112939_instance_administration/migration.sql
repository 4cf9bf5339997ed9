-- CreateEnum
CREATE TYPE "AccountTokenPurpose" AS ENUM ('activation', 'password_reset');

-- AlterTable
ALTER TABLE "person" ADD COLUMN     "account_version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "is_administrator" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "may_create_reviews" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "suspended_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "account_token" (
    "id" UUID NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "person_id" UUID NOT NULL,
    "purpose" "AccountTokenPurpose" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "account_token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "account_token_token_hash_key" ON "account_token"("token_hash");

-- CreateIndex
CREATE INDEX "account_token_person_id_purpose_idx" ON "account_token"("person_id", "purpose");

-- AddForeignKey
ALTER TABLE "account_token" ADD CONSTRAINT "account_token_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Until now any signed-in person could start a review. People who coordinate a review keep that
-- right, so an upgrade takes nothing from them. Everyone else now needs an administrator to grant it.
UPDATE "person" SET "may_create_reviews" = true
WHERE "id" IN (SELECT "person_id" FROM "membership" WHERE "role" = 'coordinator' AND "accepted_at" IS NOT NULL);
