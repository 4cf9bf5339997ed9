-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sending', 'sent', 'failed', 'cancelled');

-- AlterTable
ALTER TABLE "person" ADD COLUMN     "calendar_token_hash" CHAR(64);

-- AlterTable
ALTER TABLE "review" ADD COLUMN     "reminder_policy" JSONB;

-- CreateTable
CREATE TABLE "outbox_message" (
    "id" UUID NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "review_id" UUID,
    "assignment_id" UUID,
    "not_before" TIMESTAMPTZ(3) NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "max_attempts" INTEGER NOT NULL DEFAULT 8,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "to_addresses" TEXT[],
    "cc_addresses" TEXT[],
    "subject" TEXT,
    "text" TEXT,
    "html" TEXT,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "claimed_by" TEXT,
    "claimed_until" TIMESTAMPTZ(3),
    "message_id" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "cancelled_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "outbox_message_dedupe_key_idx" ON "outbox_message"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbox_message_status_not_before_idx" ON "outbox_message"("status", "not_before");

-- CreateIndex
CREATE INDEX "outbox_message_assignment_id_status_idx" ON "outbox_message"("assignment_id", "status");

-- CreateIndex
CREATE INDEX "outbox_message_review_id_created_at_idx" ON "outbox_message"("review_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "person_calendar_token_hash_key" ON "person"("calendar_token_hash");

-- AddForeignKey
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Constraints that the Prisma schema language cannot express, kept by hand.
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_attempts_range" CHECK ("attempts" >= 0 AND "max_attempts" >= 1);
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_sent_has_time" CHECK ("status" <> 'sent' OR "sent_at" IS NOT NULL);
-- One live message per dedupe key, cancelled ones do not count, so a reminder can be planned again.
CREATE UNIQUE INDEX "outbox_message_live_dedupe_key" ON "outbox_message"("dedupe_key") WHERE "status" <> 'cancelled';
