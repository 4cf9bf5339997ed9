import { attendanceSummary, joinWithAnd } from './attendance';
import { methodologyDraft, organisationPhrase } from './methodology-text';

const org = (id: string, type: 'ministry_agency' | 'un_entity' | 'ngo' | 'academia' | 'other') => ({
  id,
  type,
});

describe('attendance summary', () => {
  it('counts organisations (not people) by type, among those who attended', () => {
    const summary = attendanceSummary([
      { attended: true, organisation: org('a', 'ministry_agency') },
      { attended: true, organisation: org('a', 'ministry_agency') },
      { attended: true, organisation: org('b', 'ministry_agency') },
      { attended: true, organisation: org('u', 'un_entity') },
      { attended: false, organisation: org('n', 'ngo') },
      { attended: true, organisation: org('x', 'academia') },
    ]);
    expect(summary).toEqual({
      byType: [
        { type: 'ministry_agency', organisations: 2, people: 3 },
        { type: 'un_entity', organisations: 1, people: 1 },
        { type: 'academia', organisations: 1, people: 1 },
      ],
      organisations: 4,
      people: 5,
      text: '2 government institutions, 1 UN entity and 1 academic institution',
    });
  });

  it('says nothing while no attendance is recorded', () => {
    expect(attendanceSummary([{ attended: false, organisation: org('n', 'ngo') }]).text).toBe('');
  });

  it('joins with commas and a final "and"', () => {
    expect(joinWithAnd([])).toBe('');
    expect(joinWithAnd(['a'])).toBe('a');
    expect(joinWithAnd(['a', 'b'])).toBe('a and b');
    expect(joinWithAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('methodology draft', () => {
  it('puts an article before names that are not led by an acronym', () => {
    expect(organisationPhrase('Ministry of Foreign Affairs of Mongolia')).toBe(
      'the Ministry of Foreign Affairs of Mongolia',
    );
    expect(organisationPhrase('IOM Mongolia')).toBe('IOM Mongolia');
    expect(organisationPhrase('UNDP')).toBe('UNDP');
    expect(organisationPhrase('The Asia Foundation')).toBe('the Asia Foundation');
  });

  it('writes one block per workshop in date order, in the review’s time zone', () => {
    const text = methodologyDraft(
      [
        {
          title: 'Second',
          startsAt: new Date('2020-11-19T23:30:00Z'),
          organisers: [{ name: 'Ministry of Labour' }, { name: 'IOM Mongolia' }, { name: 'UNDP' }],
          attendanceText: '',
          agenda: [],
          outcomes: '',
        },
        {
          title: 'First',
          startsAt: new Date('2020-10-19T01:00:00Z'),
          organisers: [{ name: 'Ministry of Foreign Affairs of Mongolia' }],
          attendanceText: '3 NGOs',
          agenda: ['To agree'],
          outcomes: 'Agreed.  ',
        },
      ],
      null,
      'Asia/Ulaanbaatar',
    );
    expect(text).toBe(
      [
        'On 19 October 2020, the Ministry of Foreign Affairs of Mongolia organized the workshop "First". It was attended by representatives of 3 NGOs. The workshop aimed to:\n- To agree\n\nAgreed.',
        'On 20 November 2020, the Ministry of Labour, in cooperation with IOM Mongolia and UNDP, organized the workshop "Second".',
      ].join('\n\n'),
    );
  });
});
