import { formatInstant, localTimeZone, type TInstanceAuditEvent } from '@gcm/domain';
import { DataTable } from '../../../components/ui/data-table';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryGate } from '../../../components/ui/query-gate';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { auditActionLabel, auditTargetLabel } from '../../../lib/labels';
import { useInstanceAudit } from '../api/get-instance-audit';
import { InstanceFrame } from './instance-frame';

function AuditRow({ event }: { event: TInstanceAuditEvent }) {
  const t = useT();
  const locale = useLocale();
  return (
    <tr data-testid="instance-audit-event">
      <td data-label={t('instance.audit.col.when')}>
        <time dateTime={event.createdAt}>
          {formatInstant(event.createdAt, localTimeZone(), 'dateTime', locale)}
        </time>
      </td>
      <td data-label={t('instance.audit.col.who')}>
        {event.actor?.name ?? <span className="muted">{t('instance.audit.system')}</span>}
      </td>
      <td data-label={t('instance.audit.col.action')}>{auditActionLabel(t, event.action)}</td>
      <td data-label={t('instance.audit.col.review')}>
        {event.review?.title ?? <span className="muted">—</span>}
      </td>
      <td data-label={t('instance.audit.col.target')}>
        {auditTargetLabel(t, event.targetType)} <span className="muted">{event.targetId.slice(0, 8)}</span>
      </td>
    </tr>
  );
}

function AuditTrail() {
  const t = useT();
  const audit = useInstanceAudit();
  return (
    <QueryGate
      query={audit}
      loading={t('instance.audit.loading')}
      errorTitle={t('instance.audit.loadError')}
      isEmpty={(data) => data.pages.every((page) => page.events.length === 0)}
      empty={t('instance.audit.empty')}
    >
      {(data) => (
        <>
          <DataTable
            caption={t('instance.audit.caption')}
            columns={[
              t('instance.audit.col.when'),
              t('instance.audit.col.who'),
              t('instance.audit.col.action'),
              t('instance.audit.col.review'),
              t('instance.audit.col.target'),
            ]}
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
          <LoadMore
            query={audit}
            label={t('instance.audit.loadOlder')}
            errorTitle={t('instance.audit.olderError')}
          />
        </>
      )}
    </QueryGate>
  );
}

/** /instance/audit — what happened anywhere in the installation, newest first, without contents. */
export function InstanceAuditPage() {
  const t = useT();
  return (
    <InstanceFrame title={t('instance.audit.title')} lead={t('instance.audit.lead')}>
      <AuditTrail />
    </InstanceFrame>
  );
}
