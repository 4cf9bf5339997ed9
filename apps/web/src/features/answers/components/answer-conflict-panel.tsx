import type { TAnswer } from '@gcm/domain';
import { ConflictPanel } from '../../../components/ui/conflict-panel';
import { useT } from '../../../lib/i18n/use-t';
import { answerStatusLabelId } from './answer-labels';

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
  const t = useT();
  return (
    <ConflictPanel
      {...rest}
      doing="editing"
      theirs={theirs}
      theirsDetail={t(answerStatusLabelId(theirs.status))}
    />
  );
}
