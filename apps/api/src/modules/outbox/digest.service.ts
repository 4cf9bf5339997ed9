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
import { type NewOutboxRow, OutboxRepository } from './outbox.repository';

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
      const status = (a: DigestAssignment) =>
        deadlineStatus({ dueDate: a.dueDate, now, timeZone: review.timeZone, state: a.state });
      const weekAgo = now.getTime() - 7 * 86_400_000;
      const overdue = assignments.filter((a) => status(a) === 'overdue');
      const dueSoon = assignments.filter((a) => {
        const days = daysUntilDue({ dueDate: a.dueDate, now, timeZone: review.timeZone });
        return status(a) !== 'done' && status(a) !== 'overdue' && days <= 7;
      });
      const submitted = assignments.filter((a) => a.state === 'submitted' && a.updatedAt.getTime() > weekAgo);
      // One digest per language the coordinators chose (English for those who chose none); the
      // first keeps the week's key, the others add their language to it.
      const groups = await this.people.languageGroups(coordinators);
      const mails: NewOutboxRow[] = [];
      for (const [index, group] of groups.entries()) {
        const text = mailText(group.locale);
        const line = (a: DigestAssignment): DigestLine => ({
          questionCode: a.questionCode,
          organisationName: a.organisationName,
          dueDateText: formatDate(a.dueDate, text.locale),
          stateText: text.text(`mail.state.${a.state}`),
        });
        const facts = {
          reviewTitle: review.title,
          weekText: text.text('mail.digest.week', {
            date: formatCalendarDate(week.monday, 'long', text.locale),
          }),
          overdue: overdue.map(line),
          dueSoon: dueSoon.map(line),
          submitted: submitted.map(line),
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
        mails.push({
          dedupeKey: index === 0 ? dedupeKey : `${dedupeKey}:${group.locale}`,
          kind: 'digest.weekly',
          reviewId: review.id,
          notBefore: now,
          toAddresses: group.emails,
          ccAddresses: [],
          ...rendered,
        });
      }
      const rows = await this.transactions.run((tx) => this.outbox.insert(tx, mails));
      await this.queue.enqueueAfterCommit(rows);
      planned += rows.length;
    }
    return planned;
  }
}
