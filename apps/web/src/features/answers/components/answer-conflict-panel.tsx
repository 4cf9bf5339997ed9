import type { TAnswer } from '@gcm/domain';
import { ConflictPanel } from '../../../components/ui/conflict-panel';
import { ANSWER_STATUS_LABELS } from './answer-labels';

interface AnswerConflictPanelProps {
  mine: string;
  onMineChange: (value: string) => void;
  theirs: TAnswer;
  target: number;
  saving: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/** The consolidated answer's conflict: the shared panel, with the stored answer's status. */
export function AnswerConflictPanel({ theirs, ...rest }: AnswerConflictPanelProps) {
  return (
    <ConflictPanel
      {...rest}
      doing="editing"
      theirs={theirs}
      theirsDetail={ANSWER_STATUS_LABELS[theirs.status]}
    />
  );
}
