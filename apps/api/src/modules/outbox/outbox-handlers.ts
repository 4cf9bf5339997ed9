import type { OutboxMessage } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import type { OutgoingMail } from '../../infra/mail/mail-transport';
import type { DeliveryRequest } from '../../infra/queue/mail-queue';
import type { ReminderContext } from './assignment-mail.repository';

/** A row to render; with `reminderContext` when the claim read it (null: the assignment is gone). */
export type RowToRender = OutboxMessage & { reminderContext?: ReminderContext | null };

/** An e-mail's content, as a handler renders it when the row falls due. */
export interface RenderedMail {
  toAddresses: string[];
  ccAddresses: string[];
  subject: string;
  text: string;
  /**
   * The HTML, or what writes it right before the send (a bulk template's: the HTML of a batch's
   * rows then lives no longer than its send, instead of for the whole batch).
   */
  html: string | (() => string);
}

/** The HTML of a rendered e-mail, written now if it was left for the send. */
export function htmlOf(content: Pick<RenderedMail, 'html'>): string {
  return typeof content.html === 'function' ? content.html() : content.html;
}

/** Why a row is no longer to be sent (it is then cancelled with this reason). */
export interface NoLongerDue {
  cancel: string;
}

/**
 * What a feature knows about the e-mails of its kinds, for the outbox to send them. The outbox
 * itself knows rows, leases, retries and SMTP; features register what their kinds need.
 */
export interface OutboxKindHandler {
  /** Renders a row planned without content (a reminder) from the state of things now. */
  render?(row: OutboxMessage, at?: Date): Promise<RenderedMail | NoLongerDue>;
  /**
   * Renders a batch of such rows at once, by row id (one read of what they need instead of one per
   * row); the worker uses it when a kind has it. Rows the worker claimed carry their reminder
   * context already (`reminderContext`, read by the claim's statement).
   */
  renderMany?(rows: readonly RowToRender[], at?: Date): Promise<Map<string, RenderedMail | NoLongerDue>>;
  /** Files read when the e-mail is sent rather than copied into the row (a submitted report). */
  attachments?(row: OutboxMessage): Promise<OutgoingMail['attachments']>;
  /**
   * The outbox row of the e-mail this one answers in the same thread (an amended submission
   * answers the first), or null; it becomes In-Reply-To and References.
   */
  threadOf?(row: OutboxMessage): Promise<string | null>;
  /** Instead of one e-mail, plans one per person (a fan-out); the row is then done. */
  fanOut?(row: OutboxMessage): Promise<{ queued: DeliveryRequest[] } | NoLongerDue>;
}

/**
 * The handlers by message kind. A kind is registered whole ('report.submission') or as a family
 * ending in a dot ('reminder.' for 'reminder.due', 'reminder.overdue'…); the exact kind wins.
 */
@Injectable()
export class OutboxHandlers {
  private readonly byKind = new Map<string, OutboxKindHandler>();

  register(kind: string, handler: OutboxKindHandler): void {
    if (this.byKind.has(kind)) throw new Error(`An outbox handler for "${kind}" is already registered`);
    this.byKind.set(kind, handler);
  }

  for(kind: string): OutboxKindHandler | undefined {
    const exact = this.byKind.get(kind);
    if (exact) return exact;
    const family = [...this.byKind.keys()]
      .filter((key) => key.endsWith('.') && kind.startsWith(key))
      .sort((a, b) => b.length - a.length)[0];
    return family ? this.byKind.get(family) : undefined;
  }

  kinds(): string[] {
    return [...this.byKind.keys()].sort();
  }
}
