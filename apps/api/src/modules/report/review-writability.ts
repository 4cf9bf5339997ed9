import type { Prisma } from '@gcm/db';
import { AppError } from '@gcm/domain';
import { DateTime } from 'luxon';

type Db = Prisma.TransactionClient;

/** The question a write concerns, by id or by code; none for writes that concern no one question. */
export type QuestionRef = { id: string } | { code: string };

function formatDay(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).setLocale('en-GB').toFormat('d LLLL yyyy');
}

/**
 * Why the review's answers, contributions and assignments cannot be changed now, or null when they
 * can: once the report is submitted it is read-only until an amendment is opened, and an amendment
 * reopens only the questions it names. Holds the review row (FOR SHARE) until the transaction ends.
 */
export async function readOnlyReason(
  db: Db,
  reviewId: string,
  question?: QuestionRef,
): Promise<string | null> {
  // FOR SHARE: a submission (which takes the row FOR UPDATE) waits for this write, or this write for it.
  const [review] = await db.$queryRaw<{ status: string; timeZone: string }[]>`
    SELECT status::text AS status, time_zone AS "timeZone" FROM review WHERE id = ${reviewId}::uuid FOR SHARE`;
  if (review?.status !== 'submitted') return null;
  // One query after the other: inside a transaction they share one connection.
  const last = await db.submission.findFirst({
    where: { reviewId },
    orderBy: { version: 'desc' },
    select: { createdAt: true },
  });
  const amendment = await db.amendment.findFirst({
    where: { reviewId, submittedAt: null },
    select: { questionCodes: true },
  });
  const submitted = last
    ? `The report was submitted on ${formatDay(last.createdAt, review.timeZone)}`
    : 'The report was submitted';
  if (!amendment) return `${submitted}; open an amendment to change it`;
  if (!question) return null;
  const code =
    'code' in question
      ? question.code
      : (await db.question.findUnique({ where: { id: question.id }, select: { code: true } }))?.code;
  if (code !== undefined && amendment.questionCodes.includes(code)) return null;
  return `${submitted}; the open amendment reopens only question${amendment.questionCodes.length === 1 ? '' : 's'} ${amendment.questionCodes.join(', ')}, not question ${code ?? '(unknown)'}`;
}

/**
 * Refuses (409) a write to the review's answers, contributions or assignments while the submitted
 * report is read-only. Call it first in the write's transaction (before locking other rows, so
 * locks are always taken review first), naming the question written to.
 */
export async function assertReviewWritable(db: Db, reviewId: string, question?: QuestionRef): Promise<void> {
  const reason = await readOnlyReason(db, reviewId, question);
  if (reason) throw new AppError('CONFLICT', reason, { reason: 'report_submitted' });
}
