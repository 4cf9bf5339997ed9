import type { TLocale } from '@gcm/domain';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import { Transactions, type Tx } from '../../infra/prisma/transactions';
import { mailText } from '../mail/mail-i18n';
import { renderMail } from '../mail/render';
import { type NewOutboxRow, OutboxRepository } from '../outbox/outbox.repository';
import { type Enqueue } from '../outbox/outbox-planner.service';
import {
  VoteClosedEmail,
  VoteOpenedEmail,
  voteClosedSubject,
  voteOpenedSubject,
} from './vote-announcement.email';
import { VoteReminderEmail, voteReminderSubject } from './vote-reminder.email';
import { VoteRemindersRepository } from './vote-reminders.repository';
import { momentText, roundState } from './vote-round.mapper';
import { type RoundRow, VoteRoundsRepository } from './vote-rounds.repository';

/** How long before the close the automatic reminder goes out. */
export const AUTO_REMINDER_BEFORE_CLOSE_MS = 24 * 60 * 60 * 1000;

export const AUTO_REMINDER_KIND = 'vote.reminder.auto';
export const REMINDER_KIND = 'vote.reminder';

export const autoReminderKey = (roundId: string) => `vote:${roundId}:auto`;

/**
 * The announcements of a round, when it opens and when it closes (on time or early): a row of one
 * of these kinds stands for the round and fans out into e-mails of kind "vote.opened" or
 * "vote.closed", one per person.
 */
export const VOTE_ANNOUNCEMENT_KINDS = {
  opened: 'vote.announce.opened',
  closed: 'vote.announce.closed',
} as const;
export type VoteAnnouncement = keyof typeof VOTE_ANNOUNCEMENT_KINDS;
export const announcementKey = (roundId: string, what: VoteAnnouncement) => `vote:${roundId}:${what}`;
export const manualReminderPrefix = (roundId: string) => `vote:${roundId}:manual:`;

interface Recipient {
  personId: string;
  email: string;
  name: string;
  /** The organisation they would vote for (rounds where organisations vote). */
  onBehalfOf: string | null;
  /** The language they chose: their e-mails are written in it (English when none). */
  locale: TLocale | null;
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
  async nonVoters(
    db: Tx,
    round: Pick<RoundRow, 'id' | 'reviewId' | 'eligibility'>,
    options: { evenIfVoted?: boolean } = {},
  ): Promise<Recipient[]> {
    const voted = options.evenIfVoted
      ? new Set<string>()
      : await this.recipients.participantKeys(db, round.id);
    if (round.eligibility === 'person') {
      const eligible = await this.recipients.eligibleMembers(db, round.id, round.reviewId);
      return eligible.flatMap((p) =>
        voted.has(p.id)
          ? []
          : [{ personId: p.id, email: p.email, name: p.name, onBehalfOf: null, locale: p.locale }],
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
      locale: m.person.locale,
    }));
  }

  /** Plans (in `db`) one rendered reminder per person who has not voted; `tag` makes each batch's keys. */
  async plan(db: Tx, round: RoundRow, tag: string, now: Date, automatic: boolean): Promise<Enqueue> {
    const recipients = await this.nonVoters(db, round);
    const rows: NewOutboxRow[] = [];
    for (const recipient of recipients) {
      // One e-mail per person, in the language they chose, times on the review's wall clock.
      const text = mailText(recipient.locale ?? 'en');
      const facts = {
        reviewTitle: round.review.title,
        personName: recipient.name,
        roundTitle: round.title,
        closesText: momentText(round.closesAt, round.review.timeZone, text.locale),
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
        ...(await renderMail(voteReminderSubject(facts, text), VoteReminderEmail({ facts, text }))),
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
   * The round's announcement as a row without content, at `at`: who may vote is only known when
   * it falls due (see `fanOutAnnouncement`). An early close replaces the planned closing one.
   */
  async planAnnouncement(
    db: Tx,
    round: Pick<RoundRow, 'id' | 'reviewId'>,
    what: VoteAnnouncement,
    at: Date,
    early = false,
  ): Promise<Enqueue> {
    return this.outbox.insert(db, [
      {
        dedupeKey: announcementKey(round.id, what),
        kind: VOTE_ANNOUNCEMENT_KINDS[what],
        reviewId: round.reviewId,
        notBefore: at,
        payload: { roundId: round.id, early },
        toAddresses: [],
        ccAddresses: [],
      },
    ]);
  }

  /**
   * Delivering an announcement: one rendered e-mail to each person who may vote (opened: only
   * while the round is open; closed: once it is), else the reason to cancel it.
   */
  async fanOutAnnouncement(
    roundId: string,
    what: VoteAnnouncement,
    early: boolean,
  ): Promise<{ cancel: string } | { queued: Enqueue }> {
    const now = this.clock.now();
    return this.transactions.run(async (tx) => {
      const round = await this.rounds.findById(roundId, tx);
      if (!round) return { cancel: 'the vote no longer exists' };
      const state = roundState(round, now);
      if (what === 'opened' && state !== 'open') return { cancel: `the vote is ${state}` };
      if (what === 'closed' && state === 'open') return { cancel: 'the vote is still open' };
      const recipients = await this.nonVoters(tx, round, { evenIfVoted: true });
      const closedAt = round.closedAt ?? round.closesAt;
      const ballots = what === 'closed' ? await this.recipients.participantKeys(tx, round.id) : new Set();
      const rows: NewOutboxRow[] = [];
      for (const recipient of recipients) {
        const text = mailText(recipient.locale ?? 'en');
        const facts = {
          reviewTitle: round.review.title,
          personName: recipient.name,
          roundTitle: round.title,
          momentText: momentText(
            what === 'opened' ? round.closesAt : closedAt,
            round.review.timeZone,
            text.locale,
          ),
          url: `${this.config.publicUrl}/votes/${round.id}`,
          onBehalfOf: recipient.onBehalfOf,
          secret: round.secret,
          early,
          ballots: ballots.size,
        };
        const rendered =
          what === 'opened'
            ? await renderMail(voteOpenedSubject(facts, text), VoteOpenedEmail({ facts, text }))
            : await renderMail(voteClosedSubject(facts, text), VoteClosedEmail({ facts, text }));
        rows.push({
          dedupeKey: `${announcementKey(round.id, what)}:${recipient.personId}`,
          kind: `vote.${what}`,
          reviewId: round.reviewId,
          notBefore: now,
          createdAt: now,
          payload: { roundId: round.id },
          toAddresses: [recipient.email],
          ccAddresses: [],
          ...rendered,
        });
      }
      return { queued: await this.outbox.insert(tx, rows) };
    });
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
