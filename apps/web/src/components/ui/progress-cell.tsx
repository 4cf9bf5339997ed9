import type { TProgress } from '@gcm/domain';

/** "3 of 35 accepted, 2 overdue" */
export function progressText(progress: TProgress): string {
  if (progress.total === 0) return 'No assignments yet';
  const overdue = progress.overdue > 0 ? `, ${progress.overdue} overdue` : '';
  return `${progress.accepted} of ${progress.total} accepted${overdue}`;
}

/** A review's progress in a table cell: the counts in words, and a bar of what is accepted. */
export function ProgressCell({ progress }: { progress: TProgress }) {
  return (
    <div className="progress">
      <span className="progress__text">{progressText(progress)}</span>
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
