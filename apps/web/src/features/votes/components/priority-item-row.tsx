import type { TVoteResults } from '@gcm/domain';
import { Badge } from '../../../components/ui/badge';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { useT } from '../../../lib/i18n/use-t';
import type { FocusTarget, PriorityItem } from './priority-list';
import { objectiveNames } from './use-objective-names';
import { valueWithUnit } from './vote-labels';

/** One objective of the priority list: where it stood in the vote, its reasons, and moving or removing it. */
export function PriorityItemRow({
  item,
  index,
  count,
  entry,
  method,
  tied,
  error,
  register,
  onReasonChange,
  onMove,
  onRemove,
}: {
  item: PriorityItem;
  index: number;
  /** How many objectives the list has. */
  count: number;
  /** Its line in the results, if it was on the ballot. */
  entry: TVoteResults['ranking'][number] | undefined;
  method: TVoteResults['method'];
  tied: boolean;
  error: string | undefined;
  register: (key: FocusTarget) => (element: HTMLElement | null) => void;
  onReasonChange: (reason: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const names = objectiveNames(t);
  return (
    <li className="priority-editor__item" data-testid={`priority-item-${item.objective}`}>
      <div className="priority-editor__header">
        <h3 className="priority-editor__title">
          {index + 1}. {names.label(item.objective)}
        </h3>
        <span className="muted">
          {entry
            ? t('votes.item.inVote', { rank: entry.rank, value: valueWithUnit(t, method, entry.value) })
            : t('votes.item.notOnBallot')}
        </span>
        {tied ? (
          <Badge tone="warning" icon="=" testId="tied-at-cutoff">
            {t('votes.item.tied')}
          </Badge>
        ) : null}
      </div>
      <TextAreaField
        label={t('votes.item.reasons', { objective: item.objective })}
        error={error}
        ref={register(`reason-${item.objective}`)}
        rows={4}
        value={item.reason}
        onChange={onReasonChange}
      />
      <div className="priority-editor__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          ref={register(`up-${item.objective}`)}
          aria-label={t('votes.ranked.upName', { objective: item.objective })}
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          <span aria-hidden="true">↑</span> {t('votes.ranked.up')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          ref={register(`down-${item.objective}`)}
          aria-label={t('votes.ranked.downName', { objective: item.objective })}
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          <span aria-hidden="true">↓</span> {t('votes.ranked.down')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={t('votes.item.removeName', { objective: item.objective })}
          onClick={onRemove}
        >
          {t('votes.ranked.remove')}
        </button>
      </div>
    </li>
  );
}
