-- DropIndex
DROP INDEX "organisation_name_country_key";

-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "review_id" UUID;

-- AlterTable
ALTER TABLE "membership" ADD COLUMN     "accepted_at" TIMESTAMPTZ(3) DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE UNIQUE INDEX "organisation_review_id_name_key" ON "organisation"("review_id", "name");

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Data: a membership counts as accepted only for someone who has an account (a password). People
-- who were invited and never accepted stay invited, and now need the link of their own invitation.
UPDATE "membership" m SET "accepted_at" = NULL
  FROM "person" p
 WHERE p."id" = m."person_id" AND p."password_hash" IS NULL;

-- Data: each organisation belongs to the earliest review it takes part in. An organisation that an
-- earlier version let several reviews share stays with that first review, and the others keep their
-- link, but only the owner may change it.
UPDATE "organisation" o SET "review_id" = first."review_id"
  FROM (
    SELECT DISTINCT ON ("organisation_id") "organisation_id", "review_id"
      FROM "review_organisation"
     ORDER BY "organisation_id", "created_at", "review_id"
  ) first
 WHERE first."organisation_id" = o."id";
