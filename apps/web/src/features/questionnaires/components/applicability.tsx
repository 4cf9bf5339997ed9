import { Badge } from '../../../components/ui/badge';
import { SaveFailure } from '../../../components/ui/save-failure';
import { useConsolidation } from '../../../lib/api/get-consolidation';
import { useSaveAnswer } from '../../../lib/api/save-answer';

/**
 * Whether the question applies to this State: "not applicable" is the answer's status (the report
 * says so instead of an answer). The answer is saved as it stands, with its version and the other
 * status, so a change made meanwhile is refused (409) and never overwritten.
 */
export function Applicability({ reviewId, code }: { reviewId: string; code: string }) {
  const consolidation = useConsolidation(reviewId, code);
  const save = useSaveAnswer(reviewId, code);
  if (consolidation.isPending) return <span className="muted">Loading the answer…</span>;
  if (consolidation.isError) {
    return <span className="muted">The answer's status could not be loaded.</span>;
  }
  const { answer, readOnlyReason } = consolidation.data;
  const notApplicable = answer.status === 'not_applicable';

  async function reload() {
    await consolidation.refetch();
    save.reset();
  }

  return (
    <div className="applicability" data-testid={`applicability-${code}`}>
      {notApplicable ? <Badge tone="muted">Not applicable</Badge> : null}{' '}
      {readOnlyReason === null ? (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={save.isPending}
          onClick={() =>
            save.mutate({
              baseVersion: answer.version,
              body: answer.body,
              status: notApplicable ? 'draft' : 'not_applicable',
            })
          }
        >
          {notApplicable ? 'Applicable again' : 'Mark not applicable'}
          <span className="visually-hidden"> (question {code})</span>
        </button>
      ) : null}
      {save.isError ? (
        <SaveFailure
          error={save.error}
          changed={`the answer to question ${code}`}
          reloadLabel="Reload the answer"
          onReload={() => void reload()}
          reloading={consolidation.isFetching}
          errorTitle={`Question ${code} could not be changed`}
        />
      ) : null}
    </div>
  );
}
