import { formatInstant, localTimeZone, type TInstanceAuditEvent } from '@gcm/domain';
import { DataTable } from '../../../components/ui/data-table';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryGate } from '../../../components/ui/query-gate';
import { auditActionText } from '../../../lib/labels';
import { useInstanceAudit } from '../api/get-instance-audit';
import { InstanceFrame } from './instance-frame';

function AuditRow({ event }: { event: TInstanceAuditEvent }) {
  return (
    <tr data-testid="instance-audit-event">
      <td data-label="When">
        <time dateTime={event.createdAt}>{formatInstant(event.createdAt, localTimeZone())}</time>
      </td>
      <td data-label="Who">{event.actor?.name ?? <span className="muted">System</span>}</td>
      <td data-label="Action">{auditActionText(event.action)}</td>
      <td data-label="Review">{event.review?.title ?? <span className="muted">—</span>}</td>
      <td data-label="Target">
        {event.targetType} <span className="muted">{event.targetId.slice(0, 8)}</span>
      </td>
    </tr>
  );
}

function AuditTrail() {
  const audit = useInstanceAudit();
  return (
    <QueryGate
      query={audit}
      loading="Loading the audit trail…"
      errorTitle="The audit trail could not be loaded"
      isEmpty={(data) => data.pages.every((page) => page.events.length === 0)}
      empty="Nothing has happened yet."
    >
      {(data) => (
        <>
          <DataTable
            caption="Events of the installation, newest first"
            columns={['When', 'Who', 'Action', 'Review', 'Target']}
            framed
            className="audit-table"
            testId="instance-audit"
          >
            {data.pages
              .flatMap((page) => page.events)
              .map((event) => (
                <AuditRow key={event.id} event={event} />
              ))}
          </DataTable>
          <LoadMore query={audit} label="Load older" errorTitle="Older events could not be loaded" />
        </>
      )}
    </QueryGate>
  );
}

/** /instance/audit — what happened anywhere in the installation, newest first, without contents. */
export function InstanceAuditPage() {
  return (
    <InstanceFrame
      title="Audit trail"
      lead="Who did what, in which review, newest first. The contents of a change stay in the review's own activity."
    >
      <AuditTrail />
    </InstanceFrame>
  );
}
