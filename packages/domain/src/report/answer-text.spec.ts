import fc from 'fast-check';
import { answerToPlainText, findAttachmentReferences, parseAnswerText } from './answer-text';
import { MONGOLIA_ANSWERS } from './report.fixtures';

describe('parseAnswerText', () => {
  it('reads nothing from an empty answer or one made only of blank lines', () => {
    expect(parseAnswerText('')).toEqual([]);
    expect(parseAnswerText('  \n\t\n   \n')).toEqual([]);
  });

  it('splits the 1b answer into its paragraphs, ending with the pointer to Attachment 1', () => {
    const blocks = parseAnswerText(MONGOLIA_ANSWERS['1b'] ?? '');
    expect(blocks).toHaveLength(3);
    expect(blocks.every((block) => block.kind === 'paragraph')).toBe(true);
    expect(blocks[0]).toEqual({
      kind: 'paragraph',
      text: expect.stringMatching(
        /^The Government of Mongolia has indicated its interest in prioritizing migration/,
      ),
    });
    expect(blocks[2]).toEqual({ kind: 'paragraph', text: '(Please see more information in Attachment 1.)' });
  });

  it('joins the lines of a paragraph pasted with hard line breaks and collapses the spacing', () => {
    const body =
      'Over the past 20 years,  Mongolia has\ntransformed into a vibrant\r\n\tmultiparty democracy.  ';
    expect(parseAnswerText(body)).toEqual([
      {
        kind: 'paragraph',
        text: 'Over the past 20 years, Mongolia has transformed into a vibrant multiparty democracy.',
      },
    ]);
  });

  it('treats several blank lines (with stray spaces) between paragraphs as one break', () => {
    expect(parseAnswerText('First paragraph.\n\n  \n\n\nSecond paragraph.')).toEqual([
      { kind: 'paragraph', text: 'First paragraph.' },
      { kind: 'paragraph', text: 'Second paragraph.' },
    ]);
  });

  it('reads the Q9 workshop agenda as one bulleted list right under its introducing sentence', () => {
    const blocks = parseAnswerText(MONGOLIA_ANSWERS['9'] ?? '');
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'list', 'paragraph']);
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      text: expect.stringMatching(/The workshop aimed to reach the following objectives:$/),
    });
    expect(blocks[2]).toEqual({
      kind: 'list',
      ordered: false,
      items: [
        'To review the GCM objectives and discuss its implementation in Mongolia',
        'To examine the Voluntary GCM Review Survey and agree on a division of labor between relevant authorities in providing inputs for the completion of the survey',
        'To conduct a prioritization exercise identifying the GCM objectives that are most relevant for Mongolia',
        'To brainstorm on potential ideas for a future joint project to be submitted for funding to Migration Multi-Partner Trust Fund (MPTF)',
        'To discuss preliminary ToRs for the establishment of the UN Network on Migration in Mongolia',
      ],
    });
  });

  it('accepts "* " and "• " bullets as well as "- "', () => {
    expect(parseAnswerText('* Japan\n• Republic of Korea\n- Czech Republic')).toEqual([
      { kind: 'list', ordered: false, items: ['Japan', 'Republic of Korea', 'Czech Republic'] },
    ]);
  });

  it('reads "1. " and "2) " items as a numbered list', () => {
    expect(
      parseAnswerText('1. Collect accurate data\n2) Minimize the adverse drivers\n3. Provide information'),
    ).toEqual([
      {
        kind: 'list',
        ordered: true,
        items: ['Collect accurate data', 'Minimize the adverse drivers', 'Provide information'],
      },
    ]);
  });

  it('keeps a bulleted list and a numbered list that follow each other apart', () => {
    expect(parseAnswerText('- Japan\n- Korea\n1. Objective 18\n2. Objective 5')).toEqual([
      { kind: 'list', ordered: false, items: ['Japan', 'Korea'] },
      { kind: 'list', ordered: true, items: ['Objective 18', 'Objective 5'] },
    ]);
  });

  it('continues a list item on the indented lines below it', () => {
    const body = [
      '- In efforts to prevent human trafficking, a training on “Combating Violence Against Women”',
      '  was organized to train 45 trainers in Ulaanbaatar city.',
      '- During the reporting period, a total of 43 customers received consultation.',
    ].join('\n');
    expect(parseAnswerText(body)).toEqual([
      {
        kind: 'list',
        ordered: false,
        items: [
          'In efforts to prevent human trafficking, a training on “Combating Violence Against Women” was organized to train 45 trainers in Ulaanbaatar city.',
          'During the reporting period, a total of 43 customers received consultation.',
        ],
      },
    ]);
  });

  it('keeps items separated by blank lines in one list', () => {
    expect(parseAnswerText('- Russian Federation\n\n- Republic of Korea\n\n\n- Hungary')).toEqual([
      { kind: 'list', ordered: false, items: ['Russian Federation', 'Republic of Korea', 'Hungary'] },
    ]);
  });

  it('ends a list at a line that is not indented, which starts a new paragraph', () => {
    expect(parseAnswerText('- Poland\n- Turkey\nMongolia is party to these agreements.')).toEqual([
      { kind: 'list', ordered: false, items: ['Poland', 'Turkey'] },
      { kind: 'paragraph', text: 'Mongolia is party to these agreements.' },
    ]);
  });

  it('does not start a numbered list at a wrapped line that happens to begin with a number', () => {
    const body =
      'ranged from 2-8 years’ imprisonment for children younger than the age of\n14. The latest Action Plan followed.';
    expect(parseAnswerText(body)).toEqual([
      {
        kind: 'paragraph',
        text: 'ranged from 2-8 years’ imprisonment for children younger than the age of 14. The latest Action Plan followed.',
      },
    ]);
  });

  it('does not read numbers, decimals and dashes at the start of a line as list markers', () => {
    expect(parseAnswerText('5.8 percent live abroad.')).toEqual([
      { kind: 'paragraph', text: '5.8 percent live abroad.' },
    ]);
    expect(parseAnswerText('-30 °C in winter.')).toEqual([{ kind: 'paragraph', text: '-30 °C in winter.' }]);
  });

  it('drops empty list items', () => {
    expect(parseAnswerText('- Japan\n-\n- Korea')).toEqual([
      { kind: 'list', ordered: false, items: ['Japan', 'Korea'] },
    ]);
  });
});

describe('answerToPlainText', () => {
  it('writes paragraphs separated by blank lines and lists one item a line', () => {
    expect(
      answerToPlainText([
        { kind: 'paragraph', text: 'The workshop aimed to reach the following objectives:' },
        {
          kind: 'list',
          ordered: false,
          items: ['To review the GCM objectives', 'To conduct a prioritization exercise'],
        },
        { kind: 'list', ordered: true, items: ['Objective 1', 'Objective 2'] },
      ]),
    ).toBe(
      'The workshop aimed to reach the following objectives:\n\n- To review the GCM objectives\n- To conduct a prioritization exercise\n\n1. Objective 1\n2. Objective 2',
    );
  });

  it('gives back the same blocks when the text is read again (the Q9 answer)', () => {
    const blocks = parseAnswerText(MONGOLIA_ANSWERS['9'] ?? '');
    expect(parseAnswerText(answerToPlainText(blocks))).toEqual(blocks);
  });

  it('round-trips any text: reading what it writes gives the same blocks', () => {
    const fragment = fc.constantFrom(
      'Mongolia',
      'migrants',
      ' ',
      '  ',
      '\t',
      '\n',
      '\n\n',
      '\r\n',
      '- ',
      '* ',
      '• ',
      '1. ',
      '2) ',
      '14. ',
      '-',
      '1.',
      '5.8',
      '\u00a0',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        const blocks = parseAnswerText(parts.join(''));
        expect(parseAnswerText(answerToPlainText(blocks))).toEqual(blocks);
      }),
      { numRuns: 500 },
    );
  });
});

describe('findAttachmentReferences', () => {
  it('finds the attachment of the 1b answer', () => {
    expect(findAttachmentReferences(MONGOLIA_ANSWERS['1b'] ?? '')).toEqual([1]);
  });

  it('finds nothing in a text without references', () => {
    expect(findAttachmentReferences(MONGOLIA_ANSWERS['1a'] ?? '')).toEqual([]);
    expect(findAttachmentReferences('Please attach paper and documents, as needed.')).toEqual([]);
  });

  it('finds "see Attachment N" in any case, sorted and without repeats', () => {
    expect(
      findAttachmentReferences('see attachment 3; also see Attachment 1 and again ATTACHMENT 3'),
    ).toEqual([1, 3]);
  });

  it('finds lists of attachments: "Attachments 2 and 4", "Attachments 1, 2 and 5", "Attachments 6, 7, and 8"', () => {
    expect(findAttachmentReferences('(see Attachments 2 and 4)')).toEqual([2, 4]);
    expect(findAttachmentReferences('Attachments 1, 2 and 5 give the figures.')).toEqual([1, 2, 5]);
    expect(findAttachmentReferences('Attachments 6, 7, and 8.')).toEqual([6, 7, 8]);
  });

  it('expands a range "Attachments 1-3" or "Attachments 2 to 4"', () => {
    expect(findAttachmentReferences('Attachments 1-3')).toEqual([1, 2, 3]);
    expect(findAttachmentReferences('Attachments 2–4')).toEqual([2, 3, 4]);
    expect(findAttachmentReferences('Attachments 5 to 7')).toEqual([5, 6, 7]);
  });

  it('reads "Attachment No. 2"', () => {
    expect(findAttachmentReferences('as shown in Attachment No. 2')).toEqual([2]);
  });

  it('stops at what is not an attachment number', () => {
    expect(findAttachmentReferences('Attachment 2 and 2020 census data')).toEqual([2]);
    expect(findAttachmentReferences('Attachment 3 – the budget, and 40 people returned')).toEqual([3]);
    expect(findAttachmentReferences('Attachment 1 and the Annex')).toEqual([1]);
    expect(findAttachmentReferences('the attachments 2020 edition')).toEqual([]);
  });
});
