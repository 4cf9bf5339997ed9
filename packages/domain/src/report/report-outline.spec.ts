import { GUIDING_PRINCIPLES } from '../catalogue';
import { ESCAP_GCM_REVIEW_2020, questionnaireQuestions } from '../questionnaires/questionnaire';
import { MONGOLIA_ANSWERS, mongoliaReportInput, withQuestion } from './report.fixtures';
import {
  type TReportOutline,
  type TReportOutlineNodeKind,
  type TReportOutlineNodeOf,
  ZReportInput,
  ZReportOutline,
} from './report.schemas';
import { buildReportOutline, outlineToPlainText, questionAnchor } from './report-outline';

const nodesOf = <K extends TReportOutlineNodeKind>(
  outline: TReportOutline,
  kind: K,
): TReportOutlineNodeOf<K>[] => outline.filter((node): node is TReportOutlineNodeOf<K> => node.kind === kind);

/** The node right after the heading with this anchor. */
function afterHeading(outline: TReportOutline, anchor: string): TReportOutline[number] | undefined {
  const index = outline.findIndex((node) => node.kind === 'heading' && node.anchor === anchor);
  return index < 0 ? undefined : outline[index + 1];
}

describe('buildReportOutline', () => {
  const input = mongoliaReportInput();
  const outline = buildReportOutline(input);
  const text = outlineToPlainText(outline);

  it('builds from an input that satisfies the contract, and gives an outline that satisfies it too', () => {
    expect(ZReportInput.safeParse(input).success).toBe(true);
    expect(ZReportOutline.safeParse(outline).success).toBe(true);
  });

  it('opens with the title "Voluntary GCM Review", the country and the cycle', () => {
    expect(outline[0]).toEqual({ kind: 'title', text: 'Voluntary GCM Review', subtitle: 'Mongolia — 2020' });
    expect(
      text.startsWith('Voluntary GCM Review\nMongolia — 2020\n\nSurvey conducted to inform the Asia-Pacific'),
    ).toBe(true);
  });

  it('prints each finalised vote with its ballot-set SHA-256 after the annex, and nothing without votes', () => {
    const sha256 = 'ab'.repeat(32);
    const withVotes = buildReportOutline(
      mongoliaReportInput({ ballotSets: [{ title: 'Priority objectives', ballotsCast: 14, sha256 }] }),
    );
    const text = outlineToPlainText(withVotes);
    const annex = text.indexOf('\n\nAnnex\n\n');
    const votes = text.indexOf(
      `Vote “Priority objectives”: 14 ballots cast; SHA-256 of the ballot set: ${sha256}`,
    );
    expect(annex).toBeGreaterThan(0);
    expect(votes).toBeGreaterThan(annex);
    expect(withVotes).toContainEqual({
      kind: 'heading',
      level: 2,
      text: 'Prioritisation votes',
      anchor: 'votes',
    });
    expect(outlineToPlainText(buildReportOutline(mongoliaReportInput()))).not.toContain('SHA-256');
  });

  it('does not label a first submission as amended', () => {
    expect(text).not.toContain('Amended version');
  });

  it('places the coordinating office in the form’s order after the request for it', () => {
    const contact = nodesOf(outline, 'contact');
    expect(contact).toHaveLength(1);
    expect(contact[0]?.rows).toEqual([
      ['Country', 'MONGOLIA'],
      ['Office', 'Ministry of Foreign Affairs of Mongolia'],
      ['Name', 'L. Munkhtushig'],
      ['Title/Position', 'Director-General of the Consular Department'],
      ['E-mail', 'dep10-1@mfa.gov.mn'],
      ['Telephone', ''],
      ['Mailing address', 'Ministry of Foreign Affairs Peace Ave – 7a, Ulaanbaatar, Mongolia'],
    ]);
    expect(text).toContain(
      'Please identify the office responsible for coordinating the responses to this survey and include the contact information.\n\nCountry: MONGOLIA\nOffice: Ministry of Foreign Affairs of Mongolia',
    );
  });

  it('states the consent to publish after the form’s question about it', () => {
    expect(afterHeading(outline, 'consent')).toEqual({
      kind: 'paragraph',
      blocks: [
        expect.objectContaining({
          text: expect.stringMatching(/^Kindly indicate whether you would be willing/),
        }),
      ],
    });
    expect(nodesOf(outline, 'consent')).toEqual([
      {
        kind: 'consent',
        text: 'Yes, the report may be shared at the IMRF/regional reviews site of the UN Network on Migration',
      },
    ]);
    const refused = outlineToPlainText(buildReportOutline(mongoliaReportInput({ consentToPublish: false })));
    expect(refused).toContain('No, the report may not be shared at the IMRF/regional reviews site');
    const open = buildReportOutline(mongoliaReportInput({ consentToPublish: null }));
    expect(nodesOf(open, 'consent')[0]?.text).toBe('Not chosen');
  });

  it('gives each cluster a level 1 heading, its GCM objectives and their titles', () => {
    const headings = nodesOf(outline, 'heading').filter((node) => node.anchor.startsWith('cluster-'));
    expect(headings.map((node) => [node.level, node.text])).toEqual([
      [1, '1. Ensuring that migration is voluntary, orderly and regular'],
      [1, '2. Protecting migrants through rights-based border governance measures'],
      [1, '3. Supporting the integration of migrants and their contribution to development'],
      [
        1,
        '4. Improving value-driven and evidence-based policymaking and public debate, and enhancing cooperation on migration',
      ],
    ]);
    expect(text).toContain(
      [
        '1. Ensuring that migration is voluntary, orderly and regular',
        'GCM Objectives: 2, 5, 6, 12, 18',
        [
          '2. Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
          '5. Enhance availability and flexibility of pathways for regular migration',
          '6. Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
          '12. Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
          '18. Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
        ].join('\n'),
        '1a. Please highlight the migration levels and trends',
      ].join('\n\n'),
    );
    expect(text).toContain('GCM Objectives: 4, 8, 9, 10, 11, 13, 21');
  });

  it('puts every question heading in the survey order, cluster questions at level 2 and 5–10 at level 1', () => {
    const questionHeadings = nodesOf(outline, 'heading').filter((node) =>
      node.anchor.startsWith('question-'),
    );
    expect(questionHeadings.map((node) => node.anchor)).toEqual(
      questionnaireQuestions(ESCAP_GCM_REVIEW_2020).map((question) => questionAnchor(question.code)),
    );
    expect(questionHeadings.find((node) => node.anchor === 'question-2c')).toEqual({
      kind: 'heading',
      level: 2,
      text: '2c. What are the main gaps identified and challenges faced in addressing these objectives?',
      anchor: 'question-2c',
    });
    expect(questionHeadings.find((node) => node.anchor === 'question-9')?.level).toBe(1);
    expect(questionHeadings.find((node) => node.anchor === 'question-9')?.text).toMatch(
      /^9\. What methodology was adopted for completing this voluntary GCM review/,
    );
  });

  it('puts each answer under its own question heading, in the survey order', () => {
    const positions = ['1a', '1b', '1c', '1d', '2a', '3b', '4c', '6', '8', '9', '10'].map((code) => {
      const prompt = questionnaireQuestions(ESCAP_GCM_REVIEW_2020).find(
        (question) => question.code === code,
      )?.prompt;
      const heading = text.indexOf(`\n\n${code}. ${prompt}\n\n`);
      const answer = text.indexOf((MONGOLIA_ANSWERS[code] ?? '').split('\n\n')[0] ?? '');
      expect(heading).toBeGreaterThan(0);
      expect(answer).toBeGreaterThan(heading);
      return [heading, answer];
    });
    for (let i = 1; i < positions.length; i += 1) {
      expect(positions[i]?.[0]).toBeGreaterThan(positions[i - 1]?.[1] ?? Number.POSITIVE_INFINITY);
    }
  });

  it('keeps the paragraphs of 1b, ending with the pointer to Attachment 1 before question 1c', () => {
    const start = text.indexOf('1b. Please highlight the concrete policy');
    const end = text.indexOf('1c. What are the main gaps');
    const section = text.slice(start, end);
    expect(section).toContain(
      'The Government of Mongolia has indicated its interest in prioritizing migration',
    );
    expect(section.trimEnd().endsWith('(Please see more information in Attachment 1.)')).toBe(true);
  });

  it('renders the Q9 agenda as a bulleted list', () => {
    const answer = afterHeading(outline, 'question-9');
    expect(answer?.kind).toBe('paragraph');
    const list =
      answer?.kind === 'paragraph' ? answer.blocks.find((block) => block.kind === 'list') : undefined;
    expect(list).toEqual(
      expect.objectContaining({
        ordered: false,
        items: expect.arrayContaining([
          'To review the GCM objectives and discuss its implementation in Mongolia',
          'To discuss preliminary ToRs for the establishment of the UN Network on Migration in Mongolia',
        ]),
      }),
    );
    expect(text).toContain('\n- To conduct a prioritization exercise identifying the GCM objectives');
  });

  it('shows question 5 as the table of the ten guiding principles with their ticks', () => {
    const table = afterHeading(outline, 'question-5');
    expect(table?.kind).toBe('principles-table');
    if (table?.kind !== 'principles-table') return;
    // In the survey's order, with its printed titles (pinned in catalogue.spec.ts).
    expect(table.rows.map((row) => row.principle)).toEqual(GUIDING_PRINCIPLES.map((p) => p.title));
    expect(table.rows.every((row) => row.integrated === 'yes')).toBe(true);
    expect(text).toContain(
      'Whole-of-government approach\tyes\tSeven governmental institutions contributed to this review (see question 9).',
    );
  });

  it('shows "no" for a principle not integrated and leaves an unanswered one blank', () => {
    const changed = withQuestion(mongoliaReportInput(), '5', (question) => ({
      ...question,
      principles: (question.principles ?? [])
        .filter((principle) => principle.key !== 'child-sensitive')
        .map((principle) =>
          principle.key === 'national-sovereignty'
            ? { ...principle, integrated: false, explanation: '' }
            : principle,
        ),
    }));
    const table = nodesOf(buildReportOutline(changed), 'principles-table')[0];
    expect(table?.rows.find((row) => row.principle === 'National sovereignty')?.integrated).toBe('no');
    expect(table?.rows.find((row) => row.principle === 'Child-sensitive')).toEqual({
      principle: 'Child-sensitive',
      integrated: '',
      explanation: '',
    });
  });

  it('shows question 7 as the two-column table of priority objectives and reasons', () => {
    const table = afterHeading(outline, 'question-7');
    expect(table?.kind).toBe('priority-table');
    if (table?.kind !== 'priority-table') return;
    expect(table.header).toEqual(['Priority GCM objective', 'Reasons for prioritisation']);
    expect(table.rows.map(([objective]) => objective)).toEqual([
      '1. Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
      '2. Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
      '3. Provide accurate and timely information at all stages of migration',
    ]);
    expect(table.rows[2]?.[1]).toBe(
      'The Government of Mongolia receives support from IOM Mongolia on the accurate collection of relevant information and data on various stages of internal and international migration. However, such efforts are not regularly updated on a yearly basis. Therefore, systematic mechanisms need to be in place for obtaining accurate and timely information at all stages of migration in Mongolia.',
    );
    expect(text).toContain(
      'Priority GCM objective\tReasons for prioritisation\n1. Collect and utilize accurate and disaggregated data as a basis for evidence-based policies\tThe issue of accurate and disaggregated data',
    );
  });

  it('takes a priority’s objective title from the catalogue when the input has none', () => {
    const changed = withQuestion(mongoliaReportInput(), '7', (question) => ({
      ...question,
      priorities: [{ objective: 11, title: '', reason: 'Border management needs modern technology.' }],
    }));
    expect(nodesOf(buildReportOutline(changed), 'priority-table')[0]?.rows).toEqual([
      [
        '11. Manage borders in an integrated, secure and coordinated manner',
        'Border management needs modern technology.',
      ],
    ]);
  });

  it('notes "Not applicable" and "No answer" instead of an answer', () => {
    let changed = withQuestion(mongoliaReportInput(), '2c', (question) => ({
      ...question,
      status: 'not_applicable',
    }));
    changed = withQuestion(changed, '8', (question) => ({ ...question, status: 'draft', body: '  \n' }));
    changed = withQuestion(changed, '7', (question) => ({ ...question, priorities: [] }));
    const result = buildReportOutline(changed);
    expect(afterHeading(result, 'question-2c')).toEqual({ kind: 'note', text: 'Not applicable' });
    expect(afterHeading(result, 'question-8')).toEqual({ kind: 'note', text: 'No answer' });
    expect(afterHeading(result, 'question-7')).toEqual({ kind: 'note', text: 'No answer' });
  });

  it('still shows a question of the survey that the input lacks, as unanswered', () => {
    const input2 = mongoliaReportInput();
    const result = buildReportOutline({
      ...input2,
      questions: input2.questions.filter((q) => q.code !== '4d'),
    });
    expect(afterHeading(result, 'question-4d')).toEqual({ kind: 'note', text: 'No answer' });
  });

  it('lists the 23 objectives in the Annex', () => {
    const annexAt = outline.findIndex((node) => node.kind === 'heading' && node.anchor === 'annex');
    const annexList = outline.slice(annexAt).find((node) => node.kind === 'objective-list');
    expect(annexList?.kind === 'objective-list' && annexList.items.map((item) => item.number)).toEqual(
      Array.from({ length: 23 }, (_, i) => i + 1),
    );
    expect(text).toContain(
      'Annex\n\nGlobal Compact for Safe, Orderly and Regular Migration - Objectives for safe, orderly and regular migration (GA resolution 73/195)\n\n1. Collect and utilize accurate and disaggregated data as a basis for evidence-based policies\n2. Minimize',
    );
    expect(text).toContain(
      '23. Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
    );
  });

  it('ends with the attachments in number order', () => {
    const input2 = mongoliaReportInput();
    const shuffled = buildReportOutline({
      ...input2,
      attachments: [
        { number: 3, fileName: 'social-security.pdf', questionCode: '3b', description: '' },
        { number: 1, fileName: 'answers-1b.docx', questionCode: '1b', description: 'Answers to question 1b' },
        { number: 2, fileName: 'policy-references.pdf', questionCode: null, description: '' },
      ],
    });
    expect(shuffled[shuffled.length - 1]?.kind).toBe('attachments');
    expect(
      outlineToPlainText(shuffled).endsWith(
        'Attachments\n\nAttachment 1 — Answers to question 1b\nAttachment 2 — policy-references.pdf\nAttachment 3 — Answers to question 3b',
      ),
    ).toBe(true);
  });

  it('leaves the attachments section out when nothing is attached', () => {
    const result = buildReportOutline(mongoliaReportInput({ attachments: [] }));
    expect(nodesOf(result, 'attachments')).toEqual([]);
    expect(result[result.length - 1]?.kind).toBe('objective-list');
  });

  it('labels an amendment with its version, date and note under the title', () => {
    const amended = buildReportOutline(
      mongoliaReportInput({
        version: 2,
        issuedOn: '2020-11-12',
        amendmentNote: 'Question 10 updated with the figures of 15 November 2020.',
      }),
    );
    expect(amended.slice(0, 3)).toEqual([
      { kind: 'title', text: 'Voluntary GCM Review', subtitle: 'Mongolia — 2020' },
      { kind: 'note', text: 'Amended version 2 — 12 November 2020' },
      {
        kind: 'paragraph',
        blocks: [{ kind: 'paragraph', text: 'Question 10 updated with the figures of 15 November 2020.' }],
      },
    ]);
    expect(outlineToPlainText(amended)).toMatch(
      /^Voluntary GCM Review\nMongolia — 2020\n\nAmended version 2 — 12 November 2020\n\nQuestion 10 updated/,
    );
  });

  it('labels an amendment without a date when none is given', () => {
    const amended = buildReportOutline(mongoliaReportInput({ version: 3 }));
    expect(amended[1]).toEqual({ kind: 'note', text: 'Amended version 3' });
  });
});
