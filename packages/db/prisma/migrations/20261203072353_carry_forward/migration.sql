-- AlterTable
ALTER TABLE "review" ADD COLUMN     "carried_forward_from_id" UUID;

-- AlterTable
ALTER TABLE "question" ADD COLUMN     "carry_from" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "answer" ADD COLUMN     "carried_at" TIMESTAMPTZ(3),
ADD COLUMN     "carried_body" TEXT,
ADD COLUMN     "carried_from_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "carried_from_cycle" INTEGER,
ADD COLUMN     "carried_from_review_id" UUID;

-- AddForeignKey
ALTER TABLE "review" ADD CONSTRAINT "review_carried_forward_from_id_fkey" FOREIGN KEY ("carried_forward_from_id") REFERENCES "review"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer" ADD CONSTRAINT "answer_carried_from_review_id_fkey" FOREIGN KEY ("carried_from_review_id") REFERENCES "review"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An answer records all of its origin or none of it
ALTER TABLE "answer" ADD CONSTRAINT "answer_carried_origin_whole" CHECK (
  ("carried_at" IS NULL) = ("carried_body" IS NULL) AND ("carried_at" IS NULL) = ("carried_from_cycle" IS NULL)
);

-- CreateIndex
CREATE INDEX "review_carried_forward_from_id_idx" ON "review"("carried_forward_from_id");
