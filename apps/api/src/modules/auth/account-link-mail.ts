import { formatInstant, type TAccountLinkPurpose } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/prisma/transactions';
import { SEALED_LINK_PLACEHOLDER } from '../../infra/secrets/link-tokens';
import { renderMail } from '../mail/render';
import { AccountLinkEmail, accountLinkSubject } from '../mail/templates/account-link.email';
import { OutboxRepository } from '../outbox/outbox.repository';

/**
 * The e-mail carrying an account link, written to the outbox with a placeholder where the link
 * goes: the worker puts the real link in at send time, so no stored row holds a working link.
 */
@Injectable()
export class AccountLinkMail {
  constructor(private readonly outbox: OutboxRepository) {}

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
    const rendered = await renderMail(
      accountLinkSubject(facts.purpose),
      AccountLinkEmail({
        facts: {
          purpose: facts.purpose,
          personName: facts.personName,
          url: SEALED_LINK_PLACEHOLDER,
          expiresText: formatInstant(facts.expiresAt, 'UTC', 'weekdayDateTimeZone'),
        },
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
