import type { TSubmission } from '@gcm/domain';
import { formatInstant } from '@gcm/domain';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { submissionDocumentUrl } from '../../../lib/downloads';

const EMAIL_LOOK: Record<TSubmission['email']['status'], { label: string; tone: BadgeTone; icon: string }> = {
  pending: { label: 'E-mail pending', tone: 'info', icon: '…' },
  sent: { label: 'E-mail sent', tone: 'success', icon: '✓' },
  failed: { label: 'E-mail failed', tone: 'danger', icon: '✕' },
};

/** "Original" for the first version, "Amended version N" after. */
export function versionLabel(version: number): string {
  return version > 1 ? `Amended version ${version}` : 'Original';
}

/** (d) Every version sent, with its e-mail, fingerprint and the document exactly as sent. */
export function SubmissionsList({ submissions, timeZone }: { submissions: TSubmission[]; timeZone: string }) {
  return (
    <section className="card" aria-labelledby="submissions-title" data-testid="submissions">
      <h2 id="submissions-title">Submissions</h2>
      {submissions.length === 0 ? (
        <p className="muted">The report has not been sent yet.</p>
      ) : (
        <ScrollArea>
          <table className="data-table">
            <caption className="visually-hidden">Versions of the report sent to ESCAP</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Sent</th>
                <th scope="col">Recipients</th>
                <th scope="col">SHA-256</th>
                <th scope="col">E-mail</th>
                <th scope="col">Document</th>
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
                        {versionLabel(submission.version)}
                        {submission.note ? (
                          <span className="muted block pre-wrap">{submission.note}</span>
                        ) : null}
                      </th>
                      <td>
                        <time dateTime={submission.createdAt}>
                          {formatInstant(submission.createdAt, timeZone)}
                        </time>
                        {submission.sender ? (
                          <span className="block">by {submission.sender.name}</span>
                        ) : null}
                        {submission.late ? (
                          <span className="block">
                            <Badge tone="warning" icon="⏱">
                              After the final deadline
                            </Badge>
                          </span>
                        ) : null}
                      </td>
                      <td>
                        <span className="block">To: {submission.to.join(', ')}</span>
                        {submission.cc.length > 0 ? (
                          <span className="block">Cc: {submission.cc.join(', ')}</span>
                        ) : null}
                      </td>
                      <td>
                        <code title={submission.sha256} data-testid="submission-sha256">
                          {submission.sha256.slice(0, 12)}…
                        </code>
                      </td>
                      <td data-testid="submission-email">
                        <Badge tone={look.tone} icon={look.icon}>
                          {look.label}
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
