import { dateIn, daysBetween, type TOutboxMessage, type TOutboxStatus } from '@gcm/domain';
import type { BadgeTone } from '../../../components/ui/badge';

interface Look {
  label: string;
  tone: BadgeTone;
  icon: string;
}

export const OUTBOX_STATUS_LOOK: Record<TOutboxStatus, Look> = {
  pending: { label: 'Planned', tone: 'info', icon: '◷' },
  sending: { label: 'Sending', tone: 'info', icon: '→' },
  sent: { label: 'Sent', tone: 'success', icon: '✓' },
  failed: { label: 'Failed', tone: 'danger', icon: '✕' },
  cancelled: { label: 'Cancelled', tone: 'muted', icon: '–' },
};

/** Assignment id → its due date (YYYY-MM-DD). */
export type DueDates = ReadonlyMap<string, string>;

const EVENT_KINDS: Record<string, string> = {
  'reminder.due': 'Reminder (on the due date)',
  'reminder.manual': 'Reminder (sent by the coordinator)',
  'assignment.created': 'New assignment',
  'assignments.created': 'New assignments (several in one e-mail)',
  'assignment.withdrawn': 'Assignment withdrawn',
  'contribution.comment': 'Comment on a contribution',
  'vote.opened': 'Vote opened',
  'vote.closed': 'Vote closed',
  'vote.announce.opened': 'Vote opened (to every voter)',
  'vote.announce.closed': 'Vote closed (to every voter)',
  'vote.reminder': 'Vote reminder (sent by the coordinator)',
  'vote.reminder.auto': 'Vote reminder (a day before the close)',
  'workshop.invited': 'Workshop invitation',
  'workshop.changed': 'Workshop changed',
  'workshop.withdrawn': 'Workshop invitation withdrawn',
  'report.submission': 'Report sent',
  'assignment.due_date_changed': 'Due date changed',
  'assignment.changes_requested': 'Changes requested',
  'assignment.accepted': 'Contribution accepted',
  'digest.weekly': 'Weekly digest',
  invitation: 'Invitation',
};

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** What the e-mail is about, for people: "Reminder (7 days before)", "Escalation (6 days overdue)"… */
export function kindLabel(
  message: Pick<TOutboxMessage, 'kind' | 'notBefore'>,
  /** The assignment's due date and the review's time zone, to say how many days before or after. */
  due?: { dueDate: string; timeZone: string },
): string {
  const known = EVENT_KINDS[message.kind];
  if (known) return known;
  // How far from the due date the e-mail goes out, in the review's calendar.
  const offset = due ? daysBetween(due.dueDate, dateIn(due.timeZone, new Date(message.notBefore))) : null;
  switch (message.kind) {
    case 'reminder.before':
      return offset !== null && offset < 0
        ? `Reminder (${days(-offset)} before)`
        : 'Reminder (before the due date)';
    case 'reminder.overdue':
      return offset !== null && offset > 0 ? `Reminder (${days(offset)} overdue)` : 'Reminder (overdue)';
    case 'reminder.escalation':
      return offset !== null && offset > 0 ? `Escalation (${days(offset)} overdue)` : 'Escalation';
    default:
      // An e-mail kind this page does not know yet: "report.ready" → "Report ready".
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
