import { checkDirectoryFile, type DirectoryKnown } from './directory-import';

const HEADER = 'organisation,short_name,type,contact_name,contact_email,contact_title';
const NOTHING: DirectoryKnown = { organisations: new Map(), contacts: new Set() };

describe('checkDirectoryFile', () => {
  it('reads comma and semicolon files, a byte-order mark, quoted cells and type labels in any case', () => {
    const comma = checkDirectoryFile(
      `\uFEFF${HEADER}\r\n"Ministry of Labour, Social Protection",MLSP,MINISTRY OR AGENCY,"Dana K.",Dana@Enbek.example,\r\n`,
      NOTHING,
    );
    expect(comma.fileErrors).toEqual([]);
    expect(comma.rows).toEqual([
      expect.objectContaining({
        line: 2,
        organisation: 'Ministry of Labour, Social Protection',
        type: 'ministry_agency',
        contactEmail: 'dana@enbek.example',
        personAction: 'new',
        errors: [],
      }),
    ]);
    const semicolon = checkDirectoryFile(`${HEADER.replaceAll(',', ';')}\nIOM;IOM;un_entity;;;`, NOTHING);
    expect(semicolon.rows.map((row) => [row.organisation, row.type, row.personAction])).toEqual([
      ['IOM', 'un_entity', 'none'],
    ]);
  });

  it('names a wrong header, an empty file and broken quotes as file errors', () => {
    expect(checkDirectoryFile('name,kind\nX,ngo', NOTHING).fileErrors[0]).toMatch(
      /\(missing: organisation, short_name/,
    );
    expect(checkDirectoryFile(HEADER, NOTHING).fileErrors).toEqual(['The file has a header but no rows']);
    expect(checkDirectoryFile(`${HEADER}\n"unclosed,x,ngo,,,`, NOTHING).fileErrors[0]).toMatch(
      /^The file is not readable as CSV/,
    );
  });

  it('lets a repeated organisation leave its type empty but not contradict it', () => {
    const result = checkDirectoryFile(
      [
        HEADER,
        'NGO Forum,NF,ngo,A,a@x.example,',
        'NGO Forum,,,B,b@x.example,',
        'NGO Forum,NF,academia,C,c@x.example,',
      ].join('\n'),
      NOTHING,
    );
    expect(result.rows.map((row) => row.errors)).toEqual([
      [],
      [],
      ['NGO Forum has a different short name or type on line 2'],
    ]);
    expect(result.organisationsNew).toBe(1);
    // The counts are what an import would add: the contradicting row is not counted.
    expect(result.peopleNew).toBe(2);
  });

  it('knows what the directory has: existing rows are left, archived ones refused', () => {
    const known: DirectoryKnown = {
      organisations: new Map([
        ['IOM', { id: 'iom-id', archived: false }],
        ['Old Office', { id: 'old-id', archived: true }],
      ]),
      contacts: new Set(['known@iom.example']),
    };
    const result = checkDirectoryFile(
      [HEADER, 'IOM,,,Known,known@iom.example,', 'Old Office,,,,,'].join('\n'),
      known,
    );
    expect(result.rows[0]).toMatchObject({
      organisationAction: 'existing',
      personAction: 'existing',
      organisationId: 'iom-id',
      errors: [],
    });
    expect(result.rows[1]?.errors).toEqual([
      'Old Office is archived in the directory: restore it there before importing people into it',
    ]);
  });
});
