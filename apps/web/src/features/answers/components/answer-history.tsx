import { formatInstant, localTimeZone } from '@gcm/domain';
import { useState } from 'react';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { Loading } from '../../../components/ui/spinner';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { useAnswerRevisions } from '../api/get-answer-revisions';
import { answerStatusLabelId } from './answer-labels';

/** Every saved version of the answer, loaded when opened. */
export function AnswerHistory({ reviewId, code }: { reviewId: string; code: string }) {
  const t = useT();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const revisions = useAnswerRevisions(reviewId, code, { enabled: open });
  return (
    <details className="history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('answers.history.title')}</summary>
      {!open ? null : revisions.isPending ? (
        <Loading label={t('answers.history.loading')} />
      ) : revisions.isError ? (
        <ErrorPanel
          title={t('answers.history.loadFailed')}
          error={revisions.error}
          onRetry={() => void revisions.refetch()}
          retrying={revisions.isFetching}
        />
      ) : revisions.data.revisions.length === 0 ? (
        <p className="muted">{t('answers.history.empty')}</p>
      ) : (
        <ol className="history__list">
          {revisions.data.revisions.map((revision) => (
            <li key={revision.version} className="history__item">
              {t('answers.history.item', {
                version: revision.version,
                status: t(answerStatusLabelId(revision.status)),
                author: revision.author?.name ?? t('answers.history.unknown'),
                date: formatInstant(revision.createdAt, localTimeZone(), 'dateTime', locale),
              })}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
