import { DataTable, OverdueCell } from '../../../components/ui/data-table';
import { OrganisationName } from '../../../components/ui/organisation-name';
import { QueryGate } from '../../../components/ui/query-gate';
import { useReviewCompliance } from '../api/get-review-compliance';

const COLUMNS = ['Organisation', 'Due', 'Submitted', 'On time', 'On-time rate', 'Overdue', 'Reminders sent'];

const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

/** 0.667 → "67%"; null (nothing was due yet) → "—". */
export function onTimeRateText(rate: number | null): string {
  return rate === null ? '—' : PERCENT.format(rate);
}

/** Per organisation: what was due, what came in and in time, what is overdue and how many reminders it took. */
export function ComplianceSection({ reviewId }: { reviewId: string }) {
  const compliance = useReviewCompliance(reviewId);
  return (
    <section className="card" aria-labelledby="compliance-title">
      <h2 id="compliance-title">Deadlines by organisation</h2>
      <p className="muted">“Due” counts the assignments whose due date has passed; the rate is of those.</p>
      <QueryGate
        query={compliance}
        loading="Loading deadline compliance…"
        errorTitle="Deadline compliance could not be loaded"
        isEmpty={(data) => data.organisations.length === 0}
        empty="No organisation has an assignment yet."
      >
        {(data) => (
          <DataTable
            caption="How each organisation kept its deadlines"
            columns={COLUMNS}
            stack
            testId="compliance-table"
          >
            {data.organisations.map((row) => (
              <tr key={row.organisation.id}>
                <th scope="row">
                  <OrganisationName organisation={row.organisation} />
                </th>
                <td data-label="Due">{row.due}</td>
                <td data-label="Submitted">{row.submitted}</td>
                <td data-label="On time">{row.submittedOnTime}</td>
                <td data-label="On-time rate">
                  {onTimeRateText(row.onTimeRate)}
                  {row.onTimeRate === null ? (
                    <span className="visually-hidden"> (nothing due yet)</span>
                  ) : null}
                </td>
                <OverdueCell count={row.overdue} label="Overdue" />
                <td data-label="Reminders sent">{row.remindersSent}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryGate>
    </section>
  );
}
