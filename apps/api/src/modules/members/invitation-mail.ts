import { formatInstant, type TMember } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/prisma/transactions';
import { MailQueue } from '../../infra/queue/mail-queue';
import { SEALED_LINK_PLACEHOLDER } from '../../infra/secrets/link-tokens';
import { mailText } from '../mail/mail-i18n';
import { renderMail } from '../mail/render';
import { InvitationEmail, invitationSubject } from '../mail/templates/invitation.email';
import { AssignmentMailRepository } from '../outbox/assignment-mail.repository';
import { OutboxRepository } from '../outbox/outbox.repository';
import { InvitationsRepository } from './invitations.repository';

/**
 * The invitation e-mail: rendered with a placeholder where the link goes (the worker puts the
 * real link in at send time, see infra/secrets/link-tokens.ts) and written to the outbox.
 */
@Injectable()
export class InvitationMail {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly outbox: OutboxRepository,
    private readonly queue: MailQueue,
    private readonly people: AssignmentMailRepository,
  ) {}

  /** Plans the e-mail as an outbox row in the invitation's transaction; returns what to enqueue. */
  async plan(
    tx: Tx,
    facts: {
      invitationId: string;
      reviewId: string;
      email: string;
      personName: string;
      actorId: string;
      role: TMember['role'];
      organisationName: string | null;
      expiresAt: Date;
      now: Date;
    },
  ): Promise<{ id: string; notBefore: Date }[]> {
    const { review, actor } = await this.invitations.mailFacts(tx, facts.reviewId, facts.actorId);
    // In the invitee's language; someone who chose none yet (a new account) reads the inviter's.
    const locale =
      (await this.people.chosenLanguageOf([facts.email], tx)) ??
      (await this.people.languageOfPerson(facts.actorId, tx)) ??
      'en';
    const text = mailText(locale);
    const invitation = {
      reviewTitle: review.title,
      personName: facts.personName,
      invitedBy: actor.name,
      roleText: text.text(`mail.invitation.role.${facts.role}`),
      organisationName: facts.organisationName,
      url: SEALED_LINK_PLACEHOLDER,
      expiresText: formatInstant(facts.expiresAt, review.timeZone, 'weekdayDateTimeZone', locale),
    };
    const rendered = await renderMail(
      invitationSubject(invitation, text),
      InvitationEmail({ facts: invitation, text }),
    );
    return this.outbox.insert(tx, [
      {
        dedupeKey: `invitation:${facts.invitationId}`,
        kind: 'invitation',
        reviewId: facts.reviewId,
        notBefore: facts.now,
        toAddresses: [facts.email],
        ccAddresses: [],
        payload: { sealedLink: { kind: 'invitation', id: facts.invitationId } },
        ...rendered,
      },
    ]);
  }

  /** Hands the planned e-mails to the queue once their transaction has committed. */
  enqueue(planned: { id: string; notBefore: Date }[]): Promise<void> {
    return this.queue.enqueueAfterCommit(planned);
  }
}
