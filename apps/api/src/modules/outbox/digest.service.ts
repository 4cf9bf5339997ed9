import { daysUntilDue, deadlineStatus, formatCalendarDate, weekIn } from '@gcm/domain';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import { Transactions } from '../../infra/prisma/transactions';
import { MailQueue } from '../../infra/queue/mail-queue';
import { formatDate } from '../mail/mail-facts';
import { mailText } from '../mail/mail-i18n';
import { renderMail } from '../mail/render';
import { DigestEmail, type DigestLine } from '../mail/templates/digest.email';
import { AssignmentMailRepository } from './assignment-mail.repository';
import { type DigestAssignment, DigestRepository } from './digest.repository';
import { OutboxRepository } from './outbox.repository';

/** Monday from 08:00 in the review's time zone. */
const DIGEST_WEEKDAY = 1;
const DIGEST_HOUR = 8;

/**
 * The weekly digest to each review's coordinators: overdue, due in the next seven days, submitted
 * and waiting. Run hourly by a job scheduler; the dedupe key (review + ISO week) makes it weekly.
 */
@Injectable()
export class DigestService {
  constructor(
    private readonly digests: DigestRepository,
    private readonly people: AssignmentMailRepository,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxRepository,
    private readonly queue: MailQueue,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async planDue(): Promise<number> {
    const now = this.clock.now();
    const reviews = await this.digests.reviewsUnderWay();
    let planned = 0;
    for (const review of reviews) {
      const week = weekIn(review.timeZone, now);
      if (week.weekday !== DIGEST_WEEKDAY || week.hour < DIGEST_HOUR) continue;
      const dedupeKey = `digest:${review.id}:${week.isoWeek}`;
      if (await this.digests.planned(dedupeKey)) continue;
      const coordinators = await this.people.coordinatorEmails(review.id);
      if (coordinators.length === 0) continue;
      const assignments = await this.digests.assignments(review.id);
      // One digest to all the coordinators, in the language most of them chose (see languageOf).
      const text = mailText(await this.people.languageOf(coordinators));
      const line = (a: DigestAssignment): DigestLine => ({
        questionCode: a.questionCode,
        organisationName: a.organisationName,
        dueDateText: formatDate(a.dueDate, text.locale),
        stateText: text.text(`mail.state.${a.state}`),
      });
      const status = (a: DigestAssignment) =>
        deadlineStatus({ dueDate: a.dueDate, now, timeZone: review.timeZone, state: a.state });
      const weekAgo = now.getTime() - 7 * 86_400_000;
      const facts = {
        reviewTitle: review.title,
        weekText: text.text('mail.digest.week', {
          date: formatCalendarDate(week.monday, 'long', text.locale),
        }),
        overdue: assignments.filter((a) => status(a) === 'overdue').map(line),
        dueSoon: assignments
          .filter((a) => {
            const days = daysUntilDue({ dueDate: a.dueDate, now, timeZone: review.timeZone });
            return status(a) !== 'done' && status(a) !== 'overdue' && days <= 7;
          })
          .map(line),
        submitted: assignments
          .filter((a) => a.state === 'submitted' && a.updatedAt.getTime() > weekAgo)
          .map(line),
        url: `${this.config.publicUrl}/reviews/${review.id}`,
      };
      const rendered = await renderMail(
        text.text('mail.digest.subject', {
          overdue: facts.overdue.length,
          dueSoon: facts.dueSoon.length,
          reviewTitle: review.title,
        }),
        DigestEmail({ facts, text }),
      );
      const rows = await this.transactions.run((tx) =>
        this.outbox.insert(tx, [
          {
            dedupeKey,
            kind: 'digest.weekly',
            reviewId: review.id,
            notBefore: now,
            toAddresses: coordinators,
            ccAddresses: [],
            ...rendered,
          },
        ]),
      );
      await this.queue.enqueueAfterCommit(rows);
      planned += rows.length;
    }
    return planned;
  }
}
