import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { ReviewStateModule } from '../review-state/review-state.module';
import { DirectoryImportService } from './directory-import.service';
import { WorkspaceAccess } from './workspace-access';
import { WorkspacesController } from './workspaces.controller';
import { WorkspacesRepository } from './workspaces.repository';
import { WorkspacesService } from './workspaces.service';

/** Country workspaces: the organisations and people a country's reviews share across cycles. */
@Module({
  imports: [AccessModule, AuditModule, ReviewStateModule],
  controllers: [WorkspacesController],
  providers: [WorkspacesService, WorkspacesRepository, WorkspaceAccess, DirectoryImportService],
})
export class WorkspacesModule {}
