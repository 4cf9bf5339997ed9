import type { TWorkspace } from '@gcm/domain';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Checkbox } from '../../../components/ui/checkbox';
import { useT } from '../../../lib/i18n/use-t';
import { DirectoryOrganisations } from './directory-organisations';
import { DirectoryPeople } from './directory-people';
import { WorkspaceFrame } from './workspace-frame';

function Directory({ workspace }: { workspace: TWorkspace }) {
  const t = useT();
  const intl = useIntl();
  const [showArchived, setShowArchived] = useState(false);
  return (
    <>
      <p className="page__lead">
        {intl.formatMessage(
          { id: 'workspaces.directory.lead' },
          {
            country: workspace.country,
            link: (chunks) => <Link to={`/workspaces/${workspace.id}/import`}>{chunks}</Link>,
          },
        )}
      </p>
      <div className="toolbar">
        <Checkbox
          label={t('workspaces.directory.showArchived')}
          hint={t('workspaces.directory.showArchived.hint')}
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
  const t = useT();
  const { workspaceId = '' } = useParams();
  return (
    <WorkspaceFrame workspaceId={workspaceId} title={t('workspaces.directory.title')}>
      {(workspace) => <Directory workspace={workspace} />}
    </WorkspaceFrame>
  );
}
