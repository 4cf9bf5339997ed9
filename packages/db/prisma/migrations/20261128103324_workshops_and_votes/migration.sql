-- CreateEnum
CREATE TYPE "WorkshopMode" AS ENUM ('in_person', 'online', 'hybrid');

-- CreateEnum
CREATE TYPE "ActionItemState" AS ENUM ('open', 'done', 'dropped');

-- CreateEnum
CREATE TYPE "VoteMethod" AS ENUM ('approval', 'dot', 'ranked', 'score');

-- CreateEnum
CREATE TYPE "VoteEligibilityKind" AS ENUM ('person', 'organisation');

-- CreateTable
CREATE TABLE "workshop" (
    "id" UUID NOT NULL,
    "review_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3),
    "mode" "WorkshopMode" NOT NULL DEFAULT 'in_person',
    "place" TEXT NOT NULL DEFAULT '',
    "agenda" TEXT[],
    "minutes" TEXT NOT NULL DEFAULT '',
    "outcomes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workshop_organiser" (
    "workshop_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,

    CONSTRAINT "workshop_organiser_pkey" PRIMARY KEY ("workshop_id","organisation_id")
);

-- CreateTable
CREATE TABLE "workshop_participant" (
    "id" UUID NOT NULL,
    "workshop_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "person_id" UUID,
    "name" TEXT,
    "invited" BOOLEAN NOT NULL DEFAULT true,
    "attended" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "workshop_participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_item" (
    "id" UUID NOT NULL,
    "workshop_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "owner_organisation_id" UUID,
    "due_date" DATE,
    "state" "ActionItemState" NOT NULL DEFAULT 'open',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "action_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vote_round" (
    "id" UUID NOT NULL,
    "review_id" UUID NOT NULL,
    "workshop_id" UUID,
    "title" TEXT NOT NULL,
    "method" "VoteMethod" NOT NULL,
    "rules" JSONB NOT NULL,
    "options" INTEGER[],
    "eligibility" "VoteEligibilityKind" NOT NULL DEFAULT 'person',
    "secret" BOOLEAN NOT NULL DEFAULT false,
    "results_hidden" BOOLEAN NOT NULL DEFAULT false,
    "quorum" INTEGER,
    "opens_at" TIMESTAMPTZ(3) NOT NULL,
    "closes_at" TIMESTAMPTZ(3) NOT NULL,
    "closed_at" TIMESTAMPTZ(3),
    "voter_salt" TEXT NOT NULL,
    "finalised_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "vote_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vote_eligibility" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "person_id" UUID,
    "organisation_id" UUID,

    CONSTRAINT "vote_eligibility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ballot" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "voter_key" TEXT NOT NULL,
    "person_id" UUID,
    "content" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ballot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vote_participation" (
    "round_id" UUID NOT NULL,
    "voter_key" TEXT NOT NULL,
    "person_id" UUID NOT NULL,

    CONSTRAINT "vote_participation_pkey" PRIMARY KEY ("round_id","voter_key")
);

-- CreateTable
CREATE TABLE "priority_objective" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "objective" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "priority_objective_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "workshop_review_id_starts_at_idx" ON "workshop"("review_id", "starts_at");

-- CreateIndex
CREATE INDEX "workshop_participant_workshop_id_organisation_id_idx" ON "workshop_participant"("workshop_id", "organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "workshop_participant_workshop_id_person_id_key" ON "workshop_participant"("workshop_id", "person_id");

-- CreateIndex
CREATE INDEX "action_item_workshop_id_idx" ON "action_item"("workshop_id");

-- CreateIndex
CREATE INDEX "vote_round_review_id_idx" ON "vote_round"("review_id");

-- CreateIndex
CREATE UNIQUE INDEX "vote_eligibility_round_id_person_id_key" ON "vote_eligibility"("round_id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "vote_eligibility_round_id_organisation_id_key" ON "vote_eligibility"("round_id", "organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "ballot_round_id_voter_key_key" ON "ballot"("round_id", "voter_key");

-- CreateIndex
CREATE INDEX "vote_participation_round_id_person_id_idx" ON "vote_participation"("round_id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "priority_objective_round_id_objective_key" ON "priority_objective"("round_id", "objective");

-- CreateIndex
CREATE UNIQUE INDEX "priority_objective_round_id_position_key" ON "priority_objective"("round_id", "position");

-- AddForeignKey
ALTER TABLE "workshop" ADD CONSTRAINT "workshop_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workshop_organiser" ADD CONSTRAINT "workshop_organiser_workshop_id_fkey" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workshop_organiser" ADD CONSTRAINT "workshop_organiser_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workshop_participant" ADD CONSTRAINT "workshop_participant_workshop_id_fkey" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workshop_participant" ADD CONSTRAINT "workshop_participant_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workshop_participant" ADD CONSTRAINT "workshop_participant_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_workshop_id_fkey" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_owner_organisation_id_fkey" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vote_round" ADD CONSTRAINT "vote_round_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vote_round" ADD CONSTRAINT "vote_round_workshop_id_fkey" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vote_eligibility" ADD CONSTRAINT "vote_eligibility_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "vote_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vote_eligibility" ADD CONSTRAINT "vote_eligibility_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vote_eligibility" ADD CONSTRAINT "vote_eligibility_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ballot" ADD CONSTRAINT "ballot_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "vote_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vote_participation" ADD CONSTRAINT "vote_participation_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "vote_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "priority_objective" ADD CONSTRAINT "priority_objective_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "vote_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Constraints that the Prisma schema language cannot express, kept by hand.
ALTER TABLE "vote_round" ADD CONSTRAINT "vote_round_closes_after_opening" CHECK ("closes_at" > "opens_at");
ALTER TABLE "vote_round" ADD CONSTRAINT "vote_round_has_options" CHECK (cardinality("options") >= 1);
ALTER TABLE "vote_round" ADD CONSTRAINT "vote_round_quorum_positive" CHECK ("quorum" IS NULL OR "quorum" >= 1);
ALTER TABLE "vote_eligibility" ADD CONSTRAINT "vote_eligibility_one_kind" CHECK (num_nonnulls("person_id", "organisation_id") = 1);
ALTER TABLE "workshop_participant" ADD CONSTRAINT "workshop_participant_named" CHECK ("person_id" IS NOT NULL OR coalesce("name", '') <> '');
ALTER TABLE "priority_objective" ADD CONSTRAINT "priority_objective_range" CHECK ("objective" BETWEEN 1 AND 23 AND "position" >= 1);
ALTER TABLE "workshop" ADD CONSTRAINT "workshop_ends_after_start" CHECK ("ends_at" IS NULL OR "ends_at" >= "starts_at");
