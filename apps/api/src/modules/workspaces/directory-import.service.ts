import {
  AppError,
  DIRECTORY_IMPORT_COLUMNS,
  type TDirectoryImportRequest,
  type TDirectoryImportResult,
  type TOrganisationType,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { toCsv } from '../../infra/csv/csv';
import { Transactions, type Tx } from '../../infra/prisma/transactions';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { ReviewWritability } from '../review-state/review-writability';
import { type CheckedFile, type CheckedRow, checkDirectoryFile } from './directory-import';
import { WorkspaceAccess } from './workspace-access';
import { WorkspacesRepository } from './workspaces.repository';

/** Two rows a coordinator can overwrite: an organisation with its contact, and one alone. */
const TEMPLATE_ROWS = [
  [
    'Ministry of Foreign Affairs',
    'MFA',
    'ministry_agency',
    'Focal Point Name',
    'focal.point@mfa.example',
    'Head of Division',
  ],
  ['International Organization for Migration', 'IOM', 'un_entity', '', '', ''],
];

/**
 * Sets up a country's directory from a CSV file: a preview that checks every row, then the same
 * rows written in one transaction, or nothing at all when any row is wrong.
 */
@Injectable()
export class DirectoryImportService {
  constructor(
    private readonly workspaces: WorkspacesRepository,
    private readonly access: WorkspaceAccess,
    private readonly reviewAccess: AccessService,
    private readonly writability: ReviewWritability,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  async template(workspaceId: string, personId: string): Promise<{ fileName: string; content: string }> {
    const workspace = await this.access.require(null, workspaceId, personId);
    return {
      fileName: `directory-${workspace.country.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv`,
      content: toCsv(DIRECTORY_IMPORT_COLUMNS, TEMPLATE_ROWS),
    };
  }

  async import(
    workspaceId: string,
    actorId: string,
    input: TDirectoryImportRequest,
  ): Promise<TDirectoryImportResult> {
    if (input.reviewId) {
      await this.reviewAccess.require(input.reviewId, actorId, ['coordinator'], 'add organisations');
    }
    // A preview runs the same checks in a transaction that is never asked to write.
    const outcome = await this.transactions.run(
      async (tx) => {
        const workspace = await this.access.require(tx, workspaceId, actorId);
        if (input.reviewId) await this.assertReviewOf(tx, workspace, input.reviewId);
        const checked = checkDirectoryFile(input.csv, {
          organisations: await this.workspaces.organisationNames(tx, workspaceId),
          contacts: await this.workspaces.contactEmails(tx, workspaceId),
        });
        const clean = checked.fileErrors.length === 0 && checked.errorCount === 0;
        if (!input.commit || !clean) return { checked, committed: false };
        await this.write(tx, workspace, actorId, checked, input.reviewId ?? null);
        return { checked, committed: true };
      },
      { timeout: 30_000 },
    );
    const result: TDirectoryImportResult = {
      ...outcome.checked,
      rows: outcome.checked.rows.map(({ organisationId: _id, ...row }) => row),
      committed: outcome.committed,
    };
    if (input.commit && !outcome.committed) {
      throw new AppError(
        'UNPROCESSABLE',
        result.fileErrors[0] ??
          `Nothing was imported: ${result.errorCount} row${result.errorCount === 1 ? ' has' : 's have'} errors. Correct the file and try again.`,
        result,
      );
    }
    return result;
  }

  private async assertReviewOf(
    tx: Tx,
    workspace: { id: string; country: string },
    reviewId: string,
  ): Promise<void> {
    if (!(await this.workspaces.reviewIn(tx, workspace.id, reviewId))) {
      throw new AppError('VALIDATION', `That review is not one of ${workspace.country}’s`, {
        fieldErrors: [{ path: 'reviewId', message: 'is not a review of this country' }],
      });
    }
    await this.writability.assertWritable(tx, reviewId);
  }

  private async write(
    tx: Tx,
    workspace: { id: string; country: string },
    actorId: string,
    checked: CheckedFile,
    reviewId: string | null,
  ): Promise<void> {
    const organisationIds = new Map<string, string>();
    for (const row of checked.rows) {
      if (organisationIds.has(row.organisation)) continue;
      const id =
        row.organisationId ??
        (
          await this.workspaces.createOrganisation(tx, workspace, {
            name: row.organisation,
            shortName: row.shortName,
            type: row.type as TOrganisationType,
          })
        ).id;
      organisationIds.set(row.organisation, id);
    }
    const people = checked.rows.filter(
      (row): row is CheckedRow & { contactEmail: string } => row.personAction === 'new',
    );
    for (const row of people) {
      const person = await this.workspaces.personByEmail(tx, {
        email: row.contactEmail,
        name: row.contactName ?? row.contactEmail,
        title: row.contactTitle,
      });
      await this.workspaces.createContact(tx, {
        workspaceId: workspace.id,
        personId: person.id,
        organisationId: organisationIds.get(row.organisation) ?? null,
        title: row.contactTitle,
      });
    }
    const joined = reviewId ? await this.workspaces.takePart(tx, reviewId, [...organisationIds.values()]) : 0;
    await this.audit.record(tx, {
      reviewId,
      workspaceId: workspace.id,
      actorId,
      action: 'directory.imported',
      targetType: 'workspace',
      targetId: workspace.id,
      after: {
        rows: checked.rows.length,
        organisationsNew: checked.organisationsNew,
        peopleNew: people.length,
        organisationsJoiningReview: joined,
        organisations: [...organisationIds.keys()],
        people: people.map((row) => row.contactEmail),
      },
    });
  }
}
