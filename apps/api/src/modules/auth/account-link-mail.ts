import { formatInstant, type TAccountLinkPurpose } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/prisma/transactions';
import { SEALED_LINK_PLACEHOLDER } from '../../infra/secrets/link-tokens';
import { mailText } from '../mail/mail-i18n';
import { renderMail } from '../mail/render';
import { AccountLinkEmail, accountLinkSubject } from '../mail/templates/account-link.email';
import { AssignmentMailRepository } from '../outbox/assignment-mail.repository';
import { OutboxRepository } from '../outbox/outbox.repository';

/**
 * The e-mail carrying an account link, written to the outbox with a placeholder where the link
 * goes: the worker puts the real link in at send time, so no stored row holds a working link.
 */
@Injectable()
export class AccountLinkMail {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly people: AssignmentMailRepository,
  ) {}

  async plan(
    tx: Tx,
    facts: {
      linkId: string;
      purpose: TAccountLinkPurpose;
      email: string;
      personName: string;
      expiresAt: Date;
      now: Date;
    },
  ): Promise<{ id: string; notBefore: Date }[]> {
    // In the language the person chose (English when none); no review, so the time is in UTC.
    const text = mailText(await this.people.languageOf([facts.email], tx));
    const rendered = await renderMail(
      accountLinkSubject(facts.purpose, text),
      AccountLinkEmail({
        facts: {
          purpose: facts.purpose,
          personName: facts.personName,
          url: SEALED_LINK_PLACEHOLDER,
          expiresText: formatInstant(facts.expiresAt, 'UTC', 'weekdayDateTimeZone', text.locale),
        },
        text,
      }),
    );
    return this.outbox.insert(tx, [
      {
        dedupeKey: `account-link:${facts.linkId}`,
        kind: `account.${facts.purpose}`,
        reviewId: null,
        notBefore: facts.now,
        toAddresses: [facts.email],
        ccAddresses: [],
        payload: { sealedLink: { kind: 'account', id: facts.linkId } },
        ...rendered,
      },
    ]);
  }
}
