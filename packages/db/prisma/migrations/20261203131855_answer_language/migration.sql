-- AlterTable
ALTER TABLE "review" ADD COLUMN     "template_language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "contribution" ADD COLUMN     "language" TEXT;

-- AlterTable
ALTER TABLE "contribution_revision" ADD COLUMN     "language" TEXT;

-- AlterTable
ALTER TABLE "answer" ADD COLUMN     "language" TEXT;

-- AlterTable
ALTER TABLE "answer_revision" ADD COLUMN     "language" TEXT;

-- Reviews of an imported questionnaire take its language (the built-in ones are in English).
UPDATE "review" AS r
SET "template_language" = t."content" ->> 'language'
FROM "questionnaire_template" AS t
WHERE t."key" = r."template_key"
  AND t."version" = r."template_version"
  AND t."content" ->> 'language' IS NOT NULL;
