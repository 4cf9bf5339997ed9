import { useIntl } from 'react-intl';
import { DataTable, OverdueCell } from '../../../components/ui/data-table';
import { OrganisationName } from '../../../components/ui/organisation-name';
import { QueryGate } from '../../../components/ui/query-gate';
import { useT } from '../../../lib/i18n/use-t';
import { useReviewCompliance } from '../api/get-review-compliance';

/** 0.667 → "67%" ("67 %" in French); null (nothing was due yet) → "—". */
export function onTimeRateText(rate: number | null, locale = 'en-GB'): string {
  return rate === null
    ? '—'
    : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** Per organisation: what was due, what came in and in time, what is overdue and how many reminders it took. */
export function ComplianceSection({ reviewId }: { reviewId: string }) {
  const t = useT();
  const intl = useIntl();
  const compliance = useReviewCompliance(reviewId);
  const columns = [
    t('reminders.compliance.col.organisation'),
    t('reminders.compliance.col.due'),
    t('reminders.compliance.col.submitted'),
    t('reminders.compliance.col.onTime'),
    t('reminders.compliance.col.rate'),
    t('reminders.compliance.col.overdue'),
    t('reminders.compliance.col.reminders'),
  ];
  return (
    <section className="card" aria-labelledby="compliance-title">
      <h2 id="compliance-title">{t('reminders.compliance.title')}</h2>
      <p className="muted">{t('reminders.compliance.lead')}</p>
      <QueryGate
        query={compliance}
        loading={t('reminders.compliance.loading')}
        errorTitle={t('reminders.compliance.error')}
        isEmpty={(data) => data.organisations.length === 0}
        empty={t('reminders.compliance.empty')}
      >
        {(data) => (
          <DataTable
            caption={t('reminders.compliance.caption')}
            columns={columns}
            stack
            testId="compliance-table"
          >
            {data.organisations.map((row) => (
              <tr key={row.organisation.id}>
                <th scope="row">
                  <OrganisationName organisation={row.organisation} />
                </th>
                <td data-label={columns[1]}>{intl.formatNumber(row.due)}</td>
                <td data-label={columns[2]}>{intl.formatNumber(row.submitted)}</td>
                <td data-label={columns[3]}>{intl.formatNumber(row.submittedOnTime)}</td>
                <td data-label={columns[4]}>
                  {onTimeRateText(row.onTimeRate, intl.locale)}
                  {row.onTimeRate === null ? (
                    <span className="visually-hidden"> {t('reminders.compliance.nothingDue')}</span>
                  ) : null}
                </td>
                <OverdueCell count={row.overdue} label={columns[5]} />
                <td data-label={columns[6]}>{intl.formatNumber(row.remindersSent)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryGate>
    </section>
  );
}
