import { AppError } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/prisma/transactions';
import { WorkspacesRepository } from './workspaces.repository';

/**
 * Who may see and keep a country's directory: the accepted coordinators of that country's
 * reviews. Everyone else, administrators included, gets 404, as if the workspace did not exist.
 */
@Injectable()
export class WorkspaceAccess {
  constructor(private readonly workspaces: WorkspacesRepository) {}

  async require(
    tx: Tx | null,
    workspaceId: string,
    personId: string,
  ): Promise<{ id: string; country: string }> {
    const workspace = await this.workspaces.findCoordinated(tx, workspaceId, personId);
    if (!workspace) throw new AppError('NOT_FOUND', 'There is no such country workspace');
    return workspace;
  }

  isAdministrator(personId: string): Promise<boolean> {
    return this.workspaces.isAdministrator(personId);
  }
}
