import type { OutboxMessage } from '@gcm/db';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import { OutboxRepository } from '../outbox/outbox.repository';
import { OutboxHandlers } from '../outbox/outbox-handlers';
import { COMMENT_MAIL_KIND, commentMailKey } from '../outbox/outbox-planner.service';

/** The payload of a 'contribution.comment' row: the comment and the one it answers. */
const ZCommentMailPayload = z.object({ commentId: z.uuid(), replyToId: z.uuid().nullable().default(null) });

/**
 * The e-mail of a comment is rendered when planned; at send time a reply answers the e-mail of
 * the comment it replies to, so a mail program shows the conversation as one thread.
 */
@Injectable()
export class CommentMailHandler implements OnModuleInit {
  constructor(
    private readonly handlers: OutboxHandlers,
    private readonly outbox: OutboxRepository,
  ) {}

  onModuleInit(): void {
    this.handlers.register(COMMENT_MAIL_KIND, { threadOf: (row) => this.threadOf(row) });
  }

  async threadOf(row: Pick<OutboxMessage, 'id' | 'payload'>): Promise<string | null> {
    const { replyToId } = ZCommentMailPayload.parse(row.payload);
    if (!replyToId) return null;
    const answered = await this.outbox.idOfKey(commentMailKey(replyToId));
    return answered && answered !== row.id ? answered : null;
  }
}
