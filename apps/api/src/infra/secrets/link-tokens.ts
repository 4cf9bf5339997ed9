import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Secrets } from './secrets';
import { hashToken } from './tokens';

/** The kinds of secret link the product e-mails, and where each one opens. */
const LINK_PATHS = {
  invitation: '/invitations/',
  /** Account links (activation, password reset) open one page, which asks what the link is for. */
  account: '/account-links/',
} as const;

export type SealedLinkKind = keyof typeof LINK_PATHS;

/** What an outbox row says about the secret link it carries (in its payload, as `sealedLink`). */
export interface SealedLink {
  kind: SealedLinkKind;
  id: string;
}

/**
 * Stands in the stored text and HTML of an e-mail for its secret link. The worker puts the real
 * link in at send time, so the outbox (and anyone who can read it: a coordinator's outbox view, a
 * database dump) never holds a link that works.
 */
export const SEALED_LINK_PLACEHOLDER = 'https://sealed-link.invalid/';

/**
 * Tokens of e-mailed links (invitations, account links), derived from SECRET_KEY and the record's id: nothing
 * to store but the token's SHA-256, and the same link however often the e-mail is sent again.
 */
@Injectable()
export class LinkTokens {
  constructor(
    private readonly secrets: Secrets,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'publicUrl'>,
  ) {}

  token(link: SealedLink): string {
    return this.secrets.mac('link-token', `${link.kind}:${link.id}`);
  }

  /** What the record stores to find itself from a link: the SHA-256 hex of the token. */
  hash(link: SealedLink): string {
    return hashToken(this.token(link));
  }

  url(link: SealedLink): string {
    return `${this.config.publicUrl}${LINK_PATHS[link.kind]}${this.token(link)}`;
  }

  /** The e-mail as it is sent: every placeholder replaced by the real link. */
  unseal<T extends { text: string; html: string }>(content: T, link: SealedLink): T {
    const url = this.url(link);
    return {
      ...content,
      text: content.text.split(SEALED_LINK_PLACEHOLDER).join(url),
      html: content.html.split(SEALED_LINK_PLACEHOLDER).join(url),
    };
  }
}

/** The sealed link an outbox payload names, if any. */
export function sealedLinkOf(payload: unknown): SealedLink | null {
  const link = (payload as { sealedLink?: Partial<SealedLink> } | null)?.sealedLink;
  if (!link || typeof link.id !== 'string' || !link.kind || !(link.kind in LINK_PATHS)) return null;
  return { kind: link.kind, id: link.id };
}
