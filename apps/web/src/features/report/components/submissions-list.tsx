import type { TSubmission } from '@gcm/domain';
import { formatInstant } from '@gcm/domain';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { submissionDocumentUrl } from '../../../lib/downloads';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { type MessageId, useT } from '../../../lib/i18n/use-t';

const EMAIL_LOOK: Record<
  TSubmission['email']['status'],
  { label: MessageId; tone: BadgeTone; icon: string }
> = {
  pending: { label: 'report.email.pending', tone: 'info', icon: '…' },
  sent: { label: 'report.email.sent', tone: 'success', icon: '✓' },
  failed: { label: 'report.email.failed', tone: 'danger', icon: '✕' },
};

/** "Original" for the first version, "Amended version N" after, in the screen's language. */
export function versionLabel(t: ReturnType<typeof useT>, version: number): string {
  return version > 1 ? t('report.version.amended', { version }) : t('report.version.original');
}

/** (d) Every version sent, with its e-mail, fingerprint and the document exactly as sent. */
export function SubmissionsList({ submissions, timeZone }: { submissions: TSubmission[]; timeZone: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="submissions-title" data-testid="submissions">
      <h2 id="submissions-title">{t('report.submissions.title')}</h2>
      {submissions.length === 0 ? (
        <p className="muted">{t('report.submissions.none')}</p>
      ) : (
        <ScrollArea>
          <table className="data-table">
            <caption className="visually-hidden">{t('report.submissions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.submissions.col.version')}</th>
                <th scope="col">{t('report.submissions.col.sent')}</th>
                <th scope="col">{t('report.submissions.col.recipients')}</th>
                <th scope="col">SHA-256</th>
                <th scope="col">{t('report.submissions.col.email')}</th>
                <th scope="col">{t('report.submissions.col.document')}</th>
              </tr>
            </thead>
            <tbody>
              {[...submissions]
                .sort((a, b) => b.version - a.version)
                .map((submission) => {
                  const look = EMAIL_LOOK[submission.email.status];
                  return (
                    <tr key={submission.id} data-testid="submission-row">
                      <th scope="row" data-testid="submission-version">
                        {versionLabel(t, submission.version)}
                        {submission.note ? (
                          <span className="muted block pre-wrap">{submission.note}</span>
                        ) : null}
                      </th>
                      <td>
                        <time dateTime={submission.createdAt}>
                          {formatInstant(submission.createdAt, timeZone, 'dateTime', locale)}
                        </time>
                        {submission.sender ? (
                          <span className="block">
                            {t('report.submissions.by', { name: submission.sender.name })}
                          </span>
                        ) : null}
                        {submission.late ? (
                          <span className="block">
                            <Badge tone="warning" icon="⏱">
                              {t('report.submissions.late')}
                            </Badge>
                          </span>
                        ) : null}
                      </td>
                      <td>
                        <span className="block">
                          {t('report.submissions.to', { addresses: submission.to.join(', ') })}
                        </span>
                        {submission.cc.length > 0 ? (
                          <span className="block">
                            {t('report.submissions.cc', { addresses: submission.cc.join(', ') })}
                          </span>
                        ) : null}
                      </td>
                      <td>
                        <code title={submission.sha256} data-testid="submission-sha256">
                          {submission.sha256.slice(0, 12)}…
                        </code>
                      </td>
                      <td data-testid="submission-email">
                        <Badge tone={look.tone} icon={look.icon}>
                          {t(look.label)}
                        </Badge>
                        {submission.email.messageId ? (
                          <span className="block">
                            Message-ID: <code>{submission.email.messageId}</code>
                          </span>
                        ) : null}
                        {submission.email.lastError ? (
                          <span className="block muted">{submission.email.lastError}</span>
                        ) : null}
                      </td>
                      <td>
                        <a href={submissionDocumentUrl(submission.id)} download={submission.fileName}>
                          {submission.fileName}
                        </a>
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </section>
  );
}
