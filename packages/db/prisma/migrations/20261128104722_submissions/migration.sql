-- CreateTable
CREATE TABLE "submission" (
    "id" UUID NOT NULL,
    "review_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "file_name" TEXT NOT NULL,
    "document" BYTEA NOT NULL,
    "to_addresses" TEXT[],
    "cc_addresses" TEXT[],
    "sender_id" UUID,
    "outbox_id" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "amendment" (
    "id" UUID NOT NULL,
    "review_id" UUID NOT NULL,
    "question_codes" TEXT[],
    "note" TEXT NOT NULL,
    "opened_by_id" UUID,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_at" TIMESTAMPTZ(3),

    CONSTRAINT "amendment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "submission_outbox_id_key" ON "submission"("outbox_id");

-- CreateIndex
CREATE UNIQUE INDEX "submission_review_id_version_key" ON "submission"("review_id", "version");

-- CreateIndex
CREATE INDEX "amendment_review_id_idx" ON "amendment"("review_id");

-- AddForeignKey
ALTER TABLE "submission" ADD CONSTRAINT "submission_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "amendment" ADD CONSTRAINT "amendment_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Constraints that the Prisma schema language cannot express, kept by hand.
ALTER TABLE "submission" ADD CONSTRAINT "submission_version_positive" CHECK ("version" >= 1);
ALTER TABLE "submission" ADD CONSTRAINT "submission_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "submission" ADD CONSTRAINT "submission_has_recipient" CHECK (cardinality("to_addresses") >= 1);
-- At most one amendment open at a time per review.
CREATE UNIQUE INDEX "amendment_one_open_per_review" ON "amendment"("review_id") WHERE "submitted_at" IS NULL;
