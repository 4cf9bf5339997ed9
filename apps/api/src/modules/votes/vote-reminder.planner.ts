import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import { Transactions, type Tx } from '../../infra/prisma/transactions';
import { renderMail } from '../mail/render';
import { type NewOutboxRow, OutboxRepository } from '../outbox/outbox.repository';
import { type Enqueue } from '../outbox/outbox-planner.service';
import { VoteReminderEmail, voteReminderSubject } from './vote-reminder.email';
import { VoteRemindersRepository } from './vote-reminders.repository';
import { momentText, roundState } from './vote-round.mapper';
import { type RoundRow, VoteRoundsRepository } from './vote-rounds.repository';

/** How long before the close the automatic reminder goes out. */
export const AUTO_REMINDER_BEFORE_CLOSE_MS = 24 * 60 * 60 * 1000;

export const AUTO_REMINDER_KIND = 'vote.reminder.auto';
export const REMINDER_KIND = 'vote.reminder';

export const autoReminderKey = (roundId: string) => `vote:${roundId}:auto`;
export const manualReminderPrefix = (roundId: string) => `vote:${roundId}:manual:`;

interface Recipient {
  personId: string;
  email: string;
  name: string;
  /** The organisation they would vote for (rounds where organisations vote). */
  onBehalfOf: string | null;
}

/**
 * Vote reminders: one e-mail per person who may vote and has not (participation tells who has),
 * rendered when planned. The automatic reminder is a placeholder row until it falls due, because
 * who still has to vote is only known then (see `fanOutAutomatic`).
 */
@Injectable()
export class VoteReminderPlanner {
  constructor(
    private readonly transactions: Transactions,
    private readonly rounds: VoteRoundsRepository,
    private readonly recipients: VoteRemindersRepository,
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Members of the review who may vote and have not: eligible people, or the people of eligible organisations. */
  async nonVoters(db: Tx, round: Pick<RoundRow, 'id' | 'reviewId' | 'eligibility'>): Promise<Recipient[]> {
    const voted = await this.recipients.participantKeys(db, round.id);
    if (round.eligibility === 'person') {
      const eligible = await this.recipients.eligibleMembers(db, round.id, round.reviewId);
      return eligible.flatMap((p) =>
        voted.has(p.id) ? [] : [{ personId: p.id, email: p.email, name: p.name, onBehalfOf: null }],
      );
    }
    const organisations = await this.recipients.eligibleOrganisations(db, round.id);
    const waiting = organisations.filter((organisationId) => !voted.has(organisationId));
    const members = await this.recipients.membersFor(db, round.reviewId, waiting);
    return members.map((m) => ({
      personId: m.person.id,
      email: m.person.email,
      name: m.person.name,
      onBehalfOf: m.organisationName,
    }));
  }

  /** Plans (in `db`) one rendered reminder per person who has not voted; `tag` makes each batch's keys. */
  async plan(db: Tx, round: RoundRow, tag: string, now: Date, automatic: boolean): Promise<Enqueue> {
    const recipients = await this.nonVoters(db, round);
    const closesText = momentText(round.closesAt, round.review.timeZone);
    const rows: NewOutboxRow[] = [];
    for (const recipient of recipients) {
      const facts = {
        reviewTitle: round.review.title,
        personName: recipient.name,
        roundTitle: round.title,
        closesText,
        url: `${this.config.publicUrl}/votes/${round.id}`,
        onBehalfOf: recipient.onBehalfOf,
        secret: round.secret,
      };
      rows.push({
        dedupeKey: `vote:${round.id}:${tag}:${recipient.personId}`,
        kind: REMINDER_KIND,
        reviewId: round.reviewId,
        notBefore: now,
        createdAt: now,
        payload: { roundId: round.id, automatic },
        toAddresses: [recipient.email],
        ccAddresses: [],
        ...(await renderMail(voteReminderSubject(facts), VoteReminderEmail({ facts }))),
      });
    }
    return this.outbox.insert(db, rows);
  }

  /**
   * The automatic reminder a day before the close, as a row without content: when it falls due,
   * the worker calls `fanOutAutomatic`. Not planned when that moment is already past or comes
   * before the round opens (a round shorter than a day).
   */
  async planAutomatic(db: Tx, round: RoundRow, now: Date): Promise<Enqueue> {
    const notBefore = new Date(round.closesAt.getTime() - AUTO_REMINDER_BEFORE_CLOSE_MS);
    if (notBefore <= now || notBefore <= round.opensAt) return [];
    return this.outbox.insert(db, [
      {
        dedupeKey: autoReminderKey(round.id),
        kind: AUTO_REMINDER_KIND,
        reviewId: round.reviewId,
        notBefore,
        payload: { roundId: round.id },
        toAddresses: [],
        ccAddresses: [],
      },
    ]);
  }

  /**
   * What delivering the automatic reminder means: if the round is still open, one rendered e-mail
   * per person who has not voted by now (to enqueue; none when everyone has, or when a retry finds
   * them planned already), else the reason to cancel it.
   */
  async fanOutAutomatic(roundId: string): Promise<{ cancel: string } | { queued: Enqueue }> {
    const now = this.clock.now();
    return this.transactions.run(async (tx) => {
      const round = await this.rounds.findById(roundId, tx);
      if (!round) return { cancel: 'the vote no longer exists' };
      const state = roundState(round, now);
      if (state !== 'open') return { cancel: `the vote is ${state}` };
      return { queued: await this.plan(tx, round, 'auto', now, true) };
    });
  }
}
