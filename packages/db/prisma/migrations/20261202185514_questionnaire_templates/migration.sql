-- AlterEnum
ALTER TYPE "AnswerKind" ADD VALUE 'table';

-- AlterTable
-- Existing reviews all follow the ESCAP 2020 survey: their sections are cluster-1 to cluster-4
-- and general, question 7 is the vote-fed table and question 9 is drafted from the methodology.
ALTER TABLE "question" ADD COLUMN     "answer_config" JSONB,
ADD COLUMN     "draft_from" TEXT,
ADD COLUMN     "national" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "objectives" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "section_key" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

UPDATE "question" SET
  "section_key" = CASE WHEN "cluster_number" IS NULL THEN 'general' ELSE 'cluster-' || "cluster_number" END,
  "answer_config" = CASE "answer_kind"
    WHEN 'priority_objectives' THEN '{"kind":"priority_objectives","columns":["Priority GCM objective","Reasons for prioritisation"]}'::jsonb
    ELSE jsonb_build_object('kind', "answer_kind"::text)
  END,
  "draft_from" = CASE WHEN "code" = '9' THEN 'methodology' ELSE NULL END;

ALTER TABLE "question" ALTER COLUMN "answer_config" SET NOT NULL,
ALTER COLUMN "section_key" SET NOT NULL;

-- The kind in answer_config is the kind of the column.
ALTER TABLE "question" ADD CONSTRAINT "question_answer_config_kind" CHECK ("answer_config"->>'kind' = "answer_kind"::text);

-- CreateTable
CREATE TABLE "questionnaire_template" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "imported_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "questionnaire_template_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_template_key_version_key" ON "questionnaire_template"("key", "version");

-- AddForeignKey
ALTER TABLE "questionnaire_template" ADD CONSTRAINT "questionnaire_template_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
