import { LinkTokens, sealedLinkOf } from '../../src/infra/secrets/link-tokens';
import type { TestApp } from './test-app';

/**
 * The token in the newest invitation e-mail to `email`, as its recipient reads it: the outbox row
 * holds only a placeholder and the invitation's id; the link is derived with the installation's
 * secret, exactly as the worker does when it sends the e-mail. Tests that need the e-mail itself
 * run the worker and read it from a real SMTP server.
 */
export async function invitationTokenFor(t: TestApp, email: string): Promise<string> {
  const row = await t.prisma.outboxMessage.findFirst({
    where: { kind: 'invitation', toAddresses: { has: email.toLowerCase() } },
    orderBy: { createdAt: 'desc' },
  });
  const link = sealedLinkOf(row?.payload);
  if (!link) throw new Error(`No invitation e-mail to ${email}`);
  return t.app.get(LinkTokens).token(link);
}
