import type { TProgress } from '@gcm/domain';
import { useT } from '../../lib/i18n/use-t';

/** "3 of 35 accepted, 2 overdue" in the screen's language. */
function ProgressText({ progress }: { progress: TProgress }) {
  const t = useT();
  const { accepted, total, overdue } = progress;
  if (total === 0) return t('ui.progress.none');
  return overdue > 0
    ? t('ui.progress.acceptedOverdue', { accepted, total, overdue })
    : t('ui.progress.accepted', { accepted, total });
}

/** A review's progress in a table cell: the counts in words, and a bar of what is accepted. */
export function ProgressCell({ progress }: { progress: TProgress }) {
  return (
    <div className="progress">
      <span className="progress__text">
        <ProgressText progress={progress} />
      </span>
      {progress.total > 0 ? (
        <progress
          className="progress__bar"
          max={progress.total}
          value={progress.accepted}
          aria-hidden="true"
        />
      ) : null}
    </div>
  );
}
