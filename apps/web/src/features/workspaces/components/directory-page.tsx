import type { TWorkspace } from '@gcm/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Checkbox } from '../../../components/ui/checkbox';
import { DirectoryOrganisations } from './directory-organisations';
import { DirectoryPeople } from './directory-people';
import { WorkspaceFrame } from './workspace-frame';

function Directory({ workspace }: { workspace: TWorkspace }) {
  const [showArchived, setShowArchived] = useState(false);
  return (
    <>
      <p className="page__lead">
        The organisations and people of {workspace.country}, kept from one review to the next: every review of
        the country takes its organisations and invites its people from here.{' '}
        <Link to={`/workspaces/${workspace.id}/import`}>Import organisations and people from a CSV file</Link>
        .
      </p>
      <div className="toolbar">
        <Checkbox
          label="Show archived organisations and people"
          hint="Archived ones are kept for the history of past reviews and offered to no new one."
          checked={showArchived}
          onChange={setShowArchived}
          testId="show-archived"
        />
      </div>
      <DirectoryOrganisations workspaceId={workspace.id} showArchived={showArchived} />
      <DirectoryPeople workspaceId={workspace.id} showArchived={showArchived} />
    </>
  );
}

export function DirectoryPage() {
  const { workspaceId = '' } = useParams();
  return (
    <WorkspaceFrame workspaceId={workspaceId} title="Country directory">
      {(workspace) => <Directory workspace={workspace} />}
    </WorkspaceFrame>
  );
}
