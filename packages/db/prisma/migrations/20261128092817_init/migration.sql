-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('ministry_agency', 'un_entity', 'ngo', 'academia', 'other');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('setup', 'collecting', 'consolidating', 'submitted', 'closed');

-- CreateEnum
CREATE TYPE "ReviewRole" AS ENUM ('coordinator', 'contributor', 'stakeholder', 'observer');

-- CreateEnum
CREATE TYPE "AssignmentRole" AS ENUM ('lead', 'contributing');

-- CreateEnum
CREATE TYPE "ContributionState" AS ENUM ('not_started', 'drafting', 'submitted', 'changes_requested', 'accepted');

-- CreateEnum
CREATE TYPE "AnswerKind" AS ENUM ('narrative', 'principles_checklist', 'priority_objectives');

-- CreateEnum
CREATE TYPE "AnswerStatus" AS ENUM ('draft', 'final', 'not_applicable');

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "type" "OrganisationType" NOT NULL,
    "country" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "phone" TEXT,
    "organisation_id" UUID,
    "password_hash" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review" (
    "id" UUID NOT NULL,
    "template_key" TEXT NOT NULL,
    "template_version" INTEGER NOT NULL,
    "country" TEXT NOT NULL,
    "cycle" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'setup',
    "time_zone" TEXT NOT NULL,
    "final_due_date" DATE NOT NULL,
    "coordinating_organisation_id" UUID,
    "contact_office" TEXT NOT NULL DEFAULT '',
    "contact_name" TEXT NOT NULL DEFAULT '',
    "contact_title" TEXT NOT NULL DEFAULT '',
    "contact_email" TEXT NOT NULL DEFAULT '',
    "contact_phone" TEXT NOT NULL DEFAULT '',
    "contact_mailing_address" TEXT NOT NULL DEFAULT '',
    "recipients_to" TEXT[],
    "recipients_cc" TEXT[],
    "consent_to_publish" BOOLEAN,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_organisation" (
    "review_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "head_contact_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_organisation_pkey" PRIMARY KEY ("review_id","organisation_id")
);

-- CreateTable
CREATE TABLE "membership" (
    "id" UUID NOT NULL,
    "review_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" "ReviewRole" NOT NULL,
    "organisation_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "question" (
    "id" UUID NOT NULL,
    "review_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "cluster_number" INTEGER,
    "prompt" TEXT NOT NULL,
    "answer_kind" "AnswerKind" NOT NULL,
    "target_words" INTEGER NOT NULL,
    "guidance" TEXT NOT NULL,

    CONSTRAINT "question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assignment" (
    "id" UUID NOT NULL,
    "review_id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "role" "AssignmentRole" NOT NULL,
    "due_date" DATE NOT NULL,
    "state" "ContributionState" NOT NULL DEFAULT 'not_started',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assignment_focal_point" (
    "assignment_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,

    CONSTRAINT "assignment_focal_point_pkey" PRIMARY KEY ("assignment_id","person_id")
);

-- CreateTable
CREATE TABLE "contribution" (
    "id" UUID NOT NULL,
    "assignment_id" UUID NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "word_count" INTEGER NOT NULL DEFAULT 0,
    "references" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contribution_revision" (
    "id" UUID NOT NULL,
    "contribution_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "word_count" INTEGER NOT NULL,
    "references" JSONB NOT NULL DEFAULT '[]',
    "author_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contribution_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "answer" (
    "id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "word_count" INTEGER NOT NULL DEFAULT 0,
    "data" JSONB,
    "status" "AnswerStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "answer_revision" (
    "id" UUID NOT NULL,
    "answer_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "data" JSONB,
    "status" "AnswerStatus" NOT NULL,
    "author_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "answer_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attachment" (
    "id" UUID NOT NULL,
    "review_id" UUID NOT NULL,
    "contribution_id" UUID,
    "answer_id" UUID,
    "file_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storage_key" TEXT NOT NULL,
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "review_id" UUID,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "question_id" UUID,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organisation_name_country_key" ON "organisation"("name", "country");

-- CreateIndex
CREATE UNIQUE INDEX "person_email_key" ON "person"("email");

-- CreateIndex
CREATE UNIQUE INDEX "review_country_cycle_template_key_key" ON "review"("country", "cycle", "template_key");

-- CreateIndex
CREATE INDEX "membership_person_id_idx" ON "membership"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "membership_review_id_person_id_key" ON "membership"("review_id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "question_review_id_code_key" ON "question"("review_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "question_review_id_order_key" ON "question"("review_id", "order");

-- CreateIndex
CREATE INDEX "assignment_review_id_organisation_id_idx" ON "assignment"("review_id", "organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "assignment_question_id_organisation_id_key" ON "assignment"("question_id", "organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "contribution_assignment_id_key" ON "contribution"("assignment_id");

-- CreateIndex
CREATE UNIQUE INDEX "contribution_revision_contribution_id_version_key" ON "contribution_revision"("contribution_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "answer_question_id_key" ON "answer"("question_id");

-- CreateIndex
CREATE UNIQUE INDEX "answer_revision_answer_id_version_key" ON "answer_revision"("answer_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "attachment_storage_key_key" ON "attachment"("storage_key");

-- CreateIndex
CREATE INDEX "attachment_contribution_id_idx" ON "attachment"("contribution_id");

-- CreateIndex
CREATE INDEX "audit_event_review_id_created_at_idx" ON "audit_event"("review_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_event_question_id_created_at_idx" ON "audit_event"("question_id", "created_at");

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review" ADD CONSTRAINT "review_coordinating_organisation_id_fkey" FOREIGN KEY ("coordinating_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_organisation" ADD CONSTRAINT "review_organisation_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_organisation" ADD CONSTRAINT "review_organisation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question" ADD CONSTRAINT "question_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment_focal_point" ADD CONSTRAINT "assignment_focal_point_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment_focal_point" ADD CONSTRAINT "assignment_focal_point_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contribution" ADD CONSTRAINT "contribution_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contribution_revision" ADD CONSTRAINT "contribution_revision_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contribution_revision" ADD CONSTRAINT "contribution_revision_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer" ADD CONSTRAINT "answer_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer_revision" ADD CONSTRAINT "answer_revision_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer_revision" ADD CONSTRAINT "answer_revision_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_contribution_id_fkey" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Constraints that the Prisma schema language cannot express, kept by hand.
-- One lead organisation per question.
CREATE UNIQUE INDEX "assignment_one_lead_per_question" ON "assignment"("question_id") WHERE "role" = 'lead';
ALTER TABLE "membership" ADD CONSTRAINT "membership_contributor_has_organisation"
  CHECK ("role" <> 'contributor' OR "organisation_id" IS NOT NULL);
ALTER TABLE "person" ADD CONSTRAINT "person_email_lower_case" CHECK ("email" = lower("email") AND position('@' in "email") > 1);
ALTER TABLE "review" ADD CONSTRAINT "review_cycle_range" CHECK ("cycle" BETWEEN 2000 AND 2100);
ALTER TABLE "review" ADD CONSTRAINT "review_version_positive" CHECK ("version" >= 1);
ALTER TABLE "question" ADD CONSTRAINT "question_cluster_range" CHECK ("cluster_number" IS NULL OR "cluster_number" BETWEEN 1 AND 4);
ALTER TABLE "question" ADD CONSTRAINT "question_target_words_positive" CHECK ("target_words" > 0);
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_version_positive" CHECK ("version" >= 1);
ALTER TABLE "contribution" ADD CONSTRAINT "contribution_counts_non_negative" CHECK ("version" >= 0 AND "word_count" >= 0);
ALTER TABLE "contribution_revision" ADD CONSTRAINT "contribution_revision_version_positive" CHECK ("version" >= 1);
ALTER TABLE "answer" ADD CONSTRAINT "answer_counts_non_negative" CHECK ("version" >= 0 AND "word_count" >= 0);
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_size_positive" CHECK ("size_bytes" > 0);
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_single_owner" CHECK (num_nonnulls("contribution_id", "answer_id") <= 1);
