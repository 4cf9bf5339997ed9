import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Badge } from '../../../components/ui/badge';
import { SaveFailure } from '../../../components/ui/save-failure';
import { useConsolidation } from '../../../lib/api/get-consolidation';
import { useSaveAnswer } from '../../../lib/api/save-answer';
import { useT } from '../../../lib/i18n/use-t';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/**
 * Whether the question applies to this State: "not applicable" is the answer's status (the report
 * says so instead of an answer). The answer is saved as it stands, with its version and the other
 * status, so a change made meanwhile is refused (409) and never overwritten.
 */
export function Applicability({ reviewId, code }: { reviewId: string; code: string }) {
  const t = useT();
  const consolidation = useConsolidation(reviewId, code);
  const save = useSaveAnswer(reviewId, code);
  if (consolidation.isPending)
    return <span className="muted">{t('questionnaires.applicability.loading')}</span>;
  if (consolidation.isError) {
    return <span className="muted">{t('questionnaires.applicability.loadError')}</span>;
  }
  const { answer, readOnlyReason } = consolidation.data;
  const notApplicable = answer.status === 'not_applicable';

  async function reload() {
    await consolidation.refetch();
    save.reset();
  }

  return (
    <div className="applicability" data-testid={`applicability-${code}`}>
      {notApplicable ? <Badge tone="muted">{t('questionnaires.applicability.notApplicable')}</Badge> : null}{' '}
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
          <FormattedMessage
            id={
              notApplicable
                ? 'questionnaires.applicability.applicableAgain'
                : 'questionnaires.applicability.mark'
            }
            values={{ code, hidden }}
          />
        </button>
      ) : null}
      {save.isError ? (
        <SaveFailure
          error={save.error}
          changed={t('questionnaires.applicability.changed', { code })}
          reloadLabel={t('questionnaires.applicability.reload')}
          onReload={() => void reload()}
          reloading={consolidation.isFetching}
          errorTitle={t('questionnaires.applicability.failed', { code })}
        />
      ) : null}
    </div>
  );
}
