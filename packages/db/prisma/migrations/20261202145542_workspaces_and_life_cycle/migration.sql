-- Country workspaces: organisations and people belong to a country, reused by its reviews across
-- cycles. A review life cycle ends in archived. The final deadline may carry a local time.

-- AlterEnum
ALTER TYPE "ReviewStatus" ADD VALUE 'archived';

-- CreateTable
CREATE TABLE "workspace" (
    "id" UUID NOT NULL,
    "country" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workspace_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "workspace_country_key" ON "workspace"("country");

-- One workspace per country that has a review
INSERT INTO "workspace" ("id", "country")
SELECT gen_random_uuid(), "country" FROM "review" GROUP BY "country";

-- AlterTable
ALTER TABLE "review" ADD COLUMN "final_due_time" TEXT,
ADD COLUMN "workspace_id" UUID;
UPDATE "review" r SET "workspace_id" = w."id" FROM "workspace" w WHERE w."country" = r."country";
ALTER TABLE "review" ALTER COLUMN "workspace_id" SET NOT NULL;
ALTER TABLE "review" ADD CONSTRAINT "review_final_due_time_check"
  CHECK ("final_due_time" IS NULL OR "final_due_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');

-- Organisations move from their owning review to that review country workspace
ALTER TABLE "organisation" ADD COLUMN "archived_at" TIMESTAMPTZ(3),
ADD COLUMN "workspace_id" UUID;
UPDATE "organisation" o SET "workspace_id" = r."workspace_id" FROM "review" r WHERE r."id" = o."review_id";
UPDATE "organisation" o SET "workspace_id" = (
    SELECT r."workspace_id" FROM "review_organisation" ro JOIN "review" r ON r."id" = ro."review_id"
    WHERE ro."organisation_id" = o."id" ORDER BY ro."created_at" LIMIT 1)
WHERE o."workspace_id" IS NULL;
-- Two cycles of one country may each have made an organisation of the same name: number the later ones
UPDATE "organisation" o SET "name" = o."name" || ' (' || d.n || ')'
FROM (
    SELECT "id", row_number() OVER (PARTITION BY "workspace_id", "name" ORDER BY "created_at", "id") AS n
    FROM "organisation" WHERE "workspace_id" IS NOT NULL
) d
WHERE d."id" = o."id" AND d.n > 1;

ALTER TABLE "organisation" DROP CONSTRAINT "organisation_review_id_fkey";
DROP INDEX "organisation_review_id_name_key";
ALTER TABLE "organisation" DROP COLUMN "review_id";
CREATE UNIQUE INDEX "organisation_workspace_id_name_key" ON "organisation"("workspace_id", "name");

-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN "workspace_id" UUID;

-- CreateTable
CREATE TABLE "workspace_contact" (
    "workspace_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "organisation_id" UUID,
    "title" TEXT,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workspace_contact_pkey" PRIMARY KEY ("workspace_id","person_id")
);
CREATE INDEX "workspace_contact_organisation_id_idx" ON "workspace_contact"("organisation_id");

-- Everyone who took part in a country review is in that country directory
INSERT INTO "workspace_contact" ("workspace_id", "person_id", "organisation_id", "title")
SELECT DISTINCT ON (r."workspace_id", m."person_id") r."workspace_id", m."person_id",
    CASE WHEN mo."workspace_id" = r."workspace_id" THEN mo."id"
         WHEN po."workspace_id" = r."workspace_id" THEN po."id" END,
    p."title"
FROM "membership" m
JOIN "review" r ON r."id" = m."review_id"
JOIN "person" p ON p."id" = m."person_id"
LEFT JOIN "organisation" mo ON mo."id" = m."organisation_id"
LEFT JOIN "organisation" po ON po."id" = p."organisation_id"
ORDER BY r."workspace_id", m."person_id", m."created_at";

-- CreateIndex
CREATE INDEX "review_workspace_id_idx" ON "review"("workspace_id");
CREATE INDEX "audit_event_workspace_id_created_at_idx" ON "audit_event"("workspace_id", "created_at");

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "workspace_contact" ADD CONSTRAINT "workspace_contact_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "workspace_contact" ADD CONSTRAINT "workspace_contact_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "workspace_contact" ADD CONSTRAINT "workspace_contact_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "review" ADD CONSTRAINT "review_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
