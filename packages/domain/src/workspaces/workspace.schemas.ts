import { z } from 'zod';
import { ZEmail, ZPersonName } from '../auth/auth.schemas';
import { ZReviewStatus } from '../reviews/reviews.schemas';
import { ZOrganisationRef, ZOrganisationType, ZUuid } from '../shared/primitives.schemas';
import { text } from '../text/storable-text';

/**
 * A country's workspace: the organisations and people its reviews draw on, cycle after cycle.
 * Only coordinators of that country's reviews see it; no other country ever does.
 */
export const ZWorkspace = z
  .object({
    id: ZUuid,
    country: z.string(),
    reviews: z.array(
      z.object({ id: ZUuid, title: z.string(), cycle: z.number().int(), status: ZReviewStatus }),
    ),
    organisationCount: z.number().int().nonnegative(),
    peopleCount: z.number().int().nonnegative(),
  })
  .meta({ id: 'Workspace' });
export type TWorkspace = z.infer<typeof ZWorkspace>;

export const ZWorkspaceList = z
  .object({ workspaces: z.array(ZWorkspace) })
  .meta({ id: 'ListWorkspacesResponse' });
export type TWorkspaceList = z.infer<typeof ZWorkspaceList>;

/** Archived rows are kept for history and audit and hidden from new work; ?archived=true shows them. */
export const ZDirectoryQuery = z
  .object({ archived: z.enum(['true', 'false']).optional() })
  .strict()
  .meta({ id: 'DirectoryQuery' });
export type TDirectoryQuery = z.infer<typeof ZDirectoryQuery>;

export const ZDirectoryOrganisation = ZOrganisationRef.extend({
  archivedAt: z.iso.datetime().nullable(),
  /** Reviews of this country the organisation takes part in. */
  reviewCount: z.number().int().nonnegative(),
  peopleCount: z.number().int().nonnegative(),
  /** True while nothing refers to it (no review, person, assignment or workshop). */
  deletable: z.boolean(),
}).meta({ id: 'DirectoryOrganisation' });
export type TDirectoryOrganisation = z.infer<typeof ZDirectoryOrganisation>;

export const ZDirectoryOrganisationList = z
  .object({ organisations: z.array(ZDirectoryOrganisation) })
  .meta({ id: 'ListDirectoryOrganisationsResponse' });
export type TDirectoryOrganisationList = z.infer<typeof ZDirectoryOrganisationList>;

export const ZUpdateDirectoryOrganisationRequest = z
  .object({
    name: text(200).min(1).optional(),
    shortName: text(40).nullable().optional(),
    type: ZOrganisationType.optional(),
    archived: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'UpdateDirectoryOrganisationRequest' });
export type TUpdateDirectoryOrganisationRequest = z.infer<typeof ZUpdateDirectoryOrganisationRequest>;

export const ZDirectoryPerson = z
  .object({
    personId: ZUuid,
    name: z.string(),
    email: z.string(),
    title: z.string().nullable(),
    organisation: ZOrganisationRef.nullable(),
    archivedAt: z.iso.datetime().nullable(),
    /** Reviews of this country the person is a member of. */
    reviewCount: z.number().int().nonnegative(),
    /** True while nothing in this country's reviews refers to the person. */
    deletable: z.boolean(),
  })
  .meta({ id: 'DirectoryPerson' });
export type TDirectoryPerson = z.infer<typeof ZDirectoryPerson>;

export const ZDirectoryPersonList = z
  .object({ people: z.array(ZDirectoryPerson) })
  .meta({ id: 'ListDirectoryPeopleResponse' });
export type TDirectoryPersonList = z.infer<typeof ZDirectoryPersonList>;

export const ZCreateDirectoryPersonRequest = z
  .object({
    email: ZEmail,
    name: ZPersonName,
    title: text(200).min(1).optional(),
    organisationId: ZUuid.optional(),
  })
  .strict()
  .meta({ id: 'CreateDirectoryPersonRequest' });
export type TCreateDirectoryPersonRequest = z.infer<typeof ZCreateDirectoryPersonRequest>;

export const ZUpdateDirectoryPersonRequest = z
  .object({
    title: text(200).nullable().optional(),
    organisationId: ZUuid.nullable().optional(),
    archived: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'UpdateDirectoryPersonRequest' });
export type TUpdateDirectoryPersonRequest = z.infer<typeof ZUpdateDirectoryPersonRequest>;

/**
 * The columns of the directory CSV, in the template's order. One row per person; a row with the
 * contact columns empty adds the organisation alone; an organisation may repeat over several rows.
 */
export const DIRECTORY_IMPORT_COLUMNS = [
  'organisation',
  'short_name',
  'type',
  'contact_name',
  'contact_email',
  'contact_title',
] as const;
/** Larger files are refused before parsing: a country's directory is a few hundred rows. */
export const DIRECTORY_IMPORT_MAX_CHARACTERS = 100_000;
export const DIRECTORY_IMPORT_MAX_ROWS = 1000;

export const ZDirectoryImportRequest = z
  .object({
    /** The file's text (UTF-8, comma- or semicolon-separated, a header row with the template's columns). */
    csv: text(DIRECTORY_IMPORT_MAX_CHARACTERS).min(1, 'is empty'),
    /** false = preview only; true = write everything, or nothing when any row has an error. */
    commit: z.boolean().default(false),
    /** Also make every organisation in the file take part in this review of the country. */
    reviewId: ZUuid.optional(),
  })
  .strict()
  .meta({ id: 'DirectoryImportRequest' });
export type TDirectoryImportRequest = z.input<typeof ZDirectoryImportRequest>;

export const ZDirectoryImportRow = z
  .object({
    /** The line in the file (the header is line 1). */
    line: z.number().int().min(2),
    organisation: z.string(),
    shortName: z.string().nullable(),
    type: ZOrganisationType.nullable(),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactTitle: z.string().nullable(),
    /** new = will be added; existing = already in the directory (left as it is); none = no contact on the row. */
    organisationAction: z.enum(['new', 'existing']),
    personAction: z.enum(['new', 'existing', 'none']),
    errors: z.array(z.string()),
  })
  .meta({ id: 'DirectoryImportRow' });
export type TDirectoryImportRow = z.infer<typeof ZDirectoryImportRow>;

export const ZDirectoryImportResult = z
  .object({
    rows: z.array(ZDirectoryImportRow),
    /** Problems with the file as a whole (header, encoding, size). */
    fileErrors: z.array(z.string()),
    errorCount: z.number().int().nonnegative(),
    /** What importing would add, counted over the rows without errors. */
    organisationsNew: z.number().int().nonnegative(),
    peopleNew: z.number().int().nonnegative(),
    /** True only when commit was asked and nothing was wrong: then everything was written. */
    committed: z.boolean(),
  })
  .meta({ id: 'DirectoryImportResult' });
export type TDirectoryImportResult = z.infer<typeof ZDirectoryImportResult>;
