import { ConflictPanel as SharedConflictPanel } from '../../../components/ui/conflict-panel';
import { useT } from '../../../lib/i18n/use-t';
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
  const t = useT();
  return (
    <SharedConflictPanel
      {...rest}
      doing="writing"
      pausedNote="and autosave is paused"
      theirs={theirs}
      theirsDetail={t('contribution.conflict.references', { count: theirs.references.length })}
    />
  );
}
