import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { renderMail } from '../mail/render';
import { VoteReminderEmail, voteReminderSubject } from '../mail/templates/vote-reminder.email';

export type PreparedVoteReminder =
  | { cancel: string }
  | { recipients: string[]; subject: string; text: string; html: string };

/**
 * The automatic "your vote is missing" e-mail, rendered when it falls due: by then some people
 * have voted, so the recipients are only known at send time. Who voted comes from
 * vote_participation, never from the ballots.
 */
@Injectable()
export class VoteReminderRenderer {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async prepare(payload: { roundId?: string }): Promise<PreparedVoteReminder> {
    if (!payload.roundId) return { cancel: 'the vote round is unknown' };
    const round = await this.prisma.client.voteRound.findUnique({
      where: { id: payload.roundId },
      include: {
        review: { select: { title: true, timeZone: true } },
        eligible: true,
        participation: { select: { personId: true } },
      },
    });
    const now = this.clock.now();
    if (!round) return { cancel: 'the vote round no longer exists' };
    if (round.closedAt || round.closesAt <= now) return { cancel: 'the vote round has closed' };
    const voted = new Set(round.participation.map((p) => p.personId));
    let emails: string[];
    if (round.eligibility === 'person') {
      const ids = round.eligible.flatMap((e) => (e.personId && !voted.has(e.personId) ? [e.personId] : []));
      emails = (
        await this.prisma.client.person.findMany({ where: { id: { in: ids } }, select: { email: true } })
      ).map((p) => p.email);
    } else {
      const votedOrganisations = new Set(
        (
          await this.prisma.client.membership.findMany({
            where: { reviewId: round.reviewId, personId: { in: [...voted] } },
            select: { organisationId: true },
          })
        ).map((m) => m.organisationId),
      );
      const waiting = round.eligible.flatMap((e) =>
        e.organisationId && !votedOrganisations.has(e.organisationId) ? [e.organisationId] : [],
      );
      emails = (
        await this.prisma.client.membership.findMany({
          where: {
            reviewId: round.reviewId,
            organisationId: { in: waiting },
            role: { in: ['contributor', 'stakeholder'] },
          },
          select: { person: { select: { email: true } } },
        })
      ).map((m) => m.person.email);
    }
    if (emails.length === 0) return { cancel: 'everyone has voted' };
    const facts = {
      reviewTitle: round.review.title,
      roundTitle: round.title,
      closesText: DateTime.fromJSDate(round.closesAt, { zone: round.review.timeZone })
        .setLocale('en-GB')
        .toFormat("cccc d LLLL yyyy 'at' HH:mm ZZZZ"),
      secret: round.secret,
      url: `${this.config.publicUrl}/votes/${round.id}`,
    };
    const rendered = await renderMail(voteReminderSubject(facts), VoteReminderEmail({ facts }));
    return { recipients: emails, ...rendered };
  }
}
