import { OrganisationName } from '../../../components/ui/organisation-name';
import { QueryGate } from '../../../components/ui/query-gate';
import { useReviewProgress } from '../api/get-review-progress';

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
          <div className="table-scroll">
            <table className="data-table" data-testid="organisation-progress">
              <caption className="visually-hidden">Assignments by organisation and state</caption>
              <thead>
                <tr>
                  <th scope="col">Organisation</th>
                  <th scope="col">Assigned</th>
                  <th scope="col">Accepted</th>
                  <th scope="col">Submitted</th>
                  <th scope="col">In progress</th>
                  <th scope="col">Not started</th>
                  <th scope="col">Overdue</th>
                </tr>
              </thead>
              <tbody>
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
                    <td className={row.overdue > 0 ? 'cell--danger' : undefined}>
                      {row.overdue > 0 ? <span aria-hidden="true">✕ </span> : null}
                      {row.overdue}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryGate>
    </section>
  );
}
