-- AlterTable
ALTER TABLE "assignment_comment" ADD COLUMN     "author_role" "ReviewRole",
ADD COLUMN     "reply_to_id" UUID;

-- AddForeignKey
ALTER TABLE "assignment_comment" ADD CONSTRAINT "assignment_comment_reply_to_id_fkey" FOREIGN KEY ("reply_to_id") REFERENCES "assignment_comment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The comments written so far: the role of the author in the review as it stands now
UPDATE "assignment_comment" AS c
SET "author_role" = m."role"
FROM "assignment" AS a, "membership" AS m
WHERE a."id" = c."assignment_id"
  AND m."review_id" = a."review_id"
  AND m."person_id" = c."author_id";
