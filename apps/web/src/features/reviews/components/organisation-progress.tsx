import { DataTable, OverdueCell } from '../../../components/ui/data-table';
import { OrganisationName } from '../../../components/ui/organisation-name';
import { QueryGate } from '../../../components/ui/query-gate';
import { useReviewProgress } from '../api/get-review-progress';

const COLUMNS = [
  'Organisation',
  'Assigned',
  'Accepted',
  'Submitted',
  'In progress',
  'Not started',
  'Overdue',
];

/** The coordinator's table: how far each organisation is with its assignments. */
export function OrganisationProgress({ reviewId }: { reviewId: string }) {
  const progress = useReviewProgress(reviewId);
  return (
    <section className="card" aria-labelledby="progress-title">
      <h2 id="progress-title">Progress by organisation</h2>
      <QueryGate
        query={progress}
        loading="Loading progress…"
        errorTitle="Progress could not be loaded"
        isEmpty={(data) => data.organisations.length === 0}
        empty="No organisation has an assignment yet."
      >
        {(data) => (
          <DataTable
            caption="Assignments by organisation and state"
            columns={COLUMNS}
            testId="organisation-progress"
          >
            {data.organisations.map((row) => (
              <tr key={row.organisation.id}>
                <th scope="row">
                  <OrganisationName organisation={row.organisation} />
                </th>
                <td>{row.total}</td>
                <td>{row.accepted}</td>
                <td>{row.submitted}</td>
                <td>{row.inProgress}</td>
                <td>{row.notStarted}</td>
                <OverdueCell count={row.overdue} />
              </tr>
            ))}
          </DataTable>
        )}
      </QueryGate>
    </section>
  );
}
