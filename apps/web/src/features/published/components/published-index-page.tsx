import { formatInstant, localTimeZone } from '@gcm/domain';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { QueryGate } from '../../../components/ui/query-gate';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { usePublicReports } from '../api/get-public-reports';

/** /published — the reports States sent with their consent to publish; no sign-in needed. */
export function PublishedIndexPage() {
  const reports = usePublicReports();
  const t = useT();
  const locale = useLocale();
  const [country, cycle, title, sentOn] = [
    t('published.col.country'),
    t('published.col.cycle'),
    t('published.col.report'),
    t('published.col.sentOn'),
  ];
  return (
    <div className="page">
      <title>{`${t('published.index.title')} — ${t('shell.brand')}`}</title>
      <h1>{t('published.index.title')}</h1>
      <p className="page__lead">{t('published.index.lead')}</p>
      <QueryGate
        query={reports}
        loading={t('published.index.loading')}
        errorTitle={t('published.index.loadError')}
        isEmpty={(data) => data.reports.length === 0}
        empty={t('published.index.empty')}
      >
        {(data) => (
          <DataTable
            caption={t('published.index.title')}
            columns={[country, cycle, title, sentOn]}
            framed
            stack
            testId="published-reports"
          >
            {data.reports.map((report) => (
              <tr key={report.id}>
                <td data-label={country}>{report.country}</td>
                <td data-label={cycle}>{report.cycle}</td>
                <td data-label={title}>
                  <Link to={`/published/${report.id}`}>{report.title}</Link>
                  {report.version > 1 ? (
                    <span className="muted"> {t('published.amended', { version: report.version })}</span>
                  ) : null}
                </td>
                <td data-label={sentOn}>
                  {formatInstant(report.submittedAt, localTimeZone(), 'date', locale)}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryGate>
    </div>
  );
}
