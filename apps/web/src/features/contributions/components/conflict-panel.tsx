import { ConflictPanel as SharedConflictPanel } from '../../../components/ui/conflict-panel';
import type { TStoredVersion } from '../api/save-contribution';

interface ConflictPanelProps {
  mine: string;
  onMineChange: (value: string) => void;
  theirs: TStoredVersion;
  target: number;
  saving: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/** The contribution editor's conflict: the shared panel, with the stored version's references. */
export function ConflictPanel({ theirs, ...rest }: ConflictPanelProps) {
  const count = theirs.references.length;
  return (
    <SharedConflictPanel
      {...rest}
      doing="writing"
      pausedNote="and autosave is paused"
      theirs={theirs}
      theirsDetail={`${count} reference${count === 1 ? '' : 's'}`}
    />
  );
}
