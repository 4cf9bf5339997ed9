import { dateIn, daysBetween, type TOutboxMessage, type TOutboxStatus } from '@gcm/domain';
import type { PrimitiveType } from 'react-intl';
import type { BadgeTone } from '../../../components/ui/badge';
import type { MessageId } from '../../../lib/i18n/use-t';

/** The screen's `t` (lib/i18n/use-t), for the helpers below that are not hooks. */
export type Translate = (id: MessageId, values?: Record<string, PrimitiveType>) => string;

interface Look {
  label: MessageId;
  tone: BadgeTone;
  icon: string;
}

export const OUTBOX_STATUS_LOOK: Record<TOutboxStatus, Look> = {
  pending: { label: 'reminders.outboxStatus.pending', tone: 'info', icon: '◷' },
  sending: { label: 'reminders.outboxStatus.sending', tone: 'info', icon: '→' },
  sent: { label: 'reminders.outboxStatus.sent', tone: 'success', icon: '✓' },
  failed: { label: 'reminders.outboxStatus.failed', tone: 'danger', icon: '✕' },
  cancelled: { label: 'reminders.outboxStatus.cancelled', tone: 'muted', icon: '–' },
};

/** Assignment id → its due date (YYYY-MM-DD). */
export type DueDates = ReadonlyMap<string, string>;

/** The e-mail kinds with a fixed name (reminders.messages.ts: `reminders.kind.<kind>`). */
const EVENT_KINDS = new Set([
  'reminder.due',
  'reminder.manual',
  'assignment.created',
  'assignments.created',
  'assignment.withdrawn',
  'contribution.comment',
  'vote.opened',
  'vote.closed',
  'vote.announce.opened',
  'vote.announce.closed',
  'vote.reminder',
  'vote.reminder.auto',
  'workshop.invited',
  'workshop.changed',
  'workshop.withdrawn',
  'report.submission',
  'assignment.due_date_changed',
  'assignment.changes_requested',
  'assignment.accepted',
  'digest.weekly',
  'invitation',
]);

/** What the e-mail is about, for people: "Reminder (7 days before)", "Escalation (6 days overdue)"… */
export function kindLabel(
  t: Translate,
  message: Pick<TOutboxMessage, 'kind' | 'notBefore'>,
  /** The assignment's due date and the review's time zone, to say how many days before or after. */
  due?: { dueDate: string; timeZone: string },
): string {
  if (EVENT_KINDS.has(message.kind)) return t(`reminders.kind.${message.kind}` as MessageId);
  // How far from the due date the e-mail goes out, in the review's calendar.
  const offset = due ? daysBetween(due.dueDate, dateIn(due.timeZone, new Date(message.notBefore))) : null;
  switch (message.kind) {
    case 'reminder.before':
      return offset !== null && offset < 0
        ? t('reminders.kind.beforeDays', { count: -offset })
        : t('reminders.kind.before');
    case 'reminder.overdue':
      return offset !== null && offset > 0
        ? t('reminders.kind.overdueDays', { count: offset })
        : t('reminders.kind.overdue');
    case 'reminder.escalation':
      return offset !== null && offset > 0
        ? t('reminders.kind.escalationDays', { count: offset })
        : t('reminders.kind.escalation');
    default:
      // An e-mail kind this page does not know yet: its code, "report.ready" → "Report ready".
      return message.kind.replace(/[._]/g, ' ').replace(/^./, (first) => first.toUpperCase());
  }
}

/** The instant that matters: when it was sent, or when it is planned to go out. */
export function whenOf(message: Pick<TOutboxMessage, 'sentAt' | 'notBefore'>): string {
  return message.sentAt ?? message.notBefore;
}

export function isReminder(message: Pick<TOutboxMessage, 'kind'>): boolean {
  return message.kind.startsWith('reminder.');
}
