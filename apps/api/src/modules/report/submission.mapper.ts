import type { OutboxStatus } from '@gcm/db';
import type { TAmendment, TPersonRef, TSubmission } from '@gcm/domain';
import type { AmendmentRow, SubmissionRow } from './report.repository';
import { versionLabel } from './report-naming';

export interface EmailRow {
  id: string;
  status: OutboxStatus;
  messageId: string | null;
  sentAt: Date | null;
  lastError: string | null;
}

const EMAIL_STATUS: Record<OutboxStatus, TSubmission['email']['status']> = {
  pending: 'pending',
  sending: 'pending',
  sent: 'sent',
  failed: 'failed',
  cancelled: 'failed',
};

export function toSubmission(
  row: SubmissionRow,
  email: EmailRow | undefined,
  people: Map<string, TPersonRef>,
): TSubmission {
  return {
    id: row.id,
    reviewId: row.reviewId,
    version: row.version,
    label: versionLabel(row.version),
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    to: row.toAddresses,
    cc: row.ccAddresses,
    note: row.note,
    late: row.late,
    sender: (row.senderId && people.get(row.senderId)) || null,
    createdAt: row.createdAt.toISOString(),
    email: {
      status: email ? EMAIL_STATUS[email.status] : 'pending',
      messageId: email?.messageId ?? null,
      sentAt: email?.sentAt?.toISOString() ?? null,
      lastError: email?.lastError ?? null,
    },
  };
}

export function toAmendment(row: AmendmentRow, people: Map<string, TPersonRef>): TAmendment {
  return {
    id: row.id,
    questionCodes: row.questionCodes,
    note: row.note,
    openedBy: (row.openedById && people.get(row.openedById)) || null,
    openedAt: row.openedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
  };
}

/** To and cc without repeats (addresses compared case-insensitively); cc never repeats a to. */
export function distinctRecipients(
  to: readonly string[],
  cc: readonly string[],
): { to: string[]; cc: string[] } {
  const seen = new Set<string>();
  const keep = (address: string) => {
    const key = address.trim().toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const distinctTo = to.map((address) => address.trim()).filter(keep);
  return { to: distinctTo, cc: cc.map((address) => address.trim()).filter(keep) };
}
