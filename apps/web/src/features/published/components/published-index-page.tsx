import { formatInstant, localTimeZone } from '@gcm/domain';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { QueryGate } from '../../../components/ui/query-gate';
import { usePublicReports } from '../api/get-public-reports';

/** /published — the reports States sent with their consent to publish; no sign-in needed. */
export function PublishedIndexPage() {
  const reports = usePublicReports();
  return (
    <div className="page">
      <title>Published reports — GCM Review Tracker</title>
      <h1>Published reports</h1>
      <p className="page__lead">
        Voluntary GCM reviews that States have sent and agreed to publish: their final answers and the
        document as it was sent.
      </p>
      <QueryGate
        query={reports}
        loading="Loading the published reports…"
        errorTitle="The published reports could not be loaded"
        isEmpty={(data) => data.reports.length === 0}
        empty="No report has been published yet."
      >
        {(data) => (
          <DataTable
            caption="Published reports"
            columns={['Country', 'Cycle', 'Report', 'Sent on']}
            framed
            stack
            testId="published-reports"
          >
            {data.reports.map((report) => (
              <tr key={report.id}>
                <td data-label="Country">{report.country}</td>
                <td data-label="Cycle">{report.cycle}</td>
                <td data-label="Report">
                  <Link to={`/published/${report.id}`}>{report.title}</Link>
                  {report.version > 1 ? (
                    <span className="muted"> (amended version {report.version})</span>
                  ) : null}
                </td>
                <td data-label="Sent on">{formatInstant(report.submittedAt, localTimeZone(), 'date')}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryGate>
    </div>
  );
}
