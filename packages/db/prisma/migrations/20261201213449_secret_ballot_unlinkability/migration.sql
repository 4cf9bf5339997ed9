-- Secret ballots that no reader of the database can link to their voters
-- (docs/decisions/0012-secret-ballot-unlinkability.md).

-- A secret round hides its results until the close: live results beside the live list of who has
-- voted would reveal each ballot. Rounds set up otherwise before this version are hidden now.
UPDATE "vote_round" SET "results_hidden" = true WHERE "secret" AND NOT "results_hidden";
ALTER TABLE "vote_round" ADD CONSTRAINT "vote_round_secret_hides_results" CHECK (NOT "secret" OR "results_hidden");

-- Secret ballots are now keyed by an HMAC under SECRET_KEY. The ballots cast before were keyed by
-- sha256(voter_salt:voter id), and the salt sat in the same database: give them random keys that
-- nothing can recompute, and rewrite them in one statement in content order with fresh ids and
-- version 1, so that neither xmin, nor row order, nor the version links them to their
-- participation rows. Their voters can no longer change them (the API answers 409).
WITH "old" AS (
  DELETE FROM "ballot" USING "vote_round"
   WHERE "ballot"."round_id" = "vote_round"."id" AND "vote_round"."secret"
  RETURNING "ballot"."round_id", "ballot"."content"
)
INSERT INTO "ballot" ("id", "round_id", "voter_key", "person_id", "content", "version")
SELECT gen_random_uuid(), "round_id", 'legacy:' || gen_random_uuid()::text, NULL, "content", 1
  FROM "old"
 ORDER BY "round_id", "content"::text;

-- AlterTable
ALTER TABLE "vote_round" DROP COLUMN "voter_salt";
