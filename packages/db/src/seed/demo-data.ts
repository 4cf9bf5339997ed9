/**
 * The demo review replays the process that Mongolia followed for its 2020 Voluntary GCM Review
 * (shared/reference/voluntary-gcm-review-2020-mongolia.txt): the Ministry of Foreign Affairs
 * coordinates; the 7 government institutions, 8 UN agencies + UNRCO and the umbrella NGO of the
 * 19 October 2020 workshop take part. The survey names IOM, UNDP, UNFPA and UNICEF; the other UN
 * entities complete the workshop's count. E-mail addresses are on the reserved `.example` domain
 * so a demo can never write to a real person.
 */
import type { OrganisationType } from '../generated/prisma/enums';

export interface DemoOrganisation {
  key: string;
  name: string;
  shortName: string;
  type: OrganisationType;
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { key: 'mfa', name: 'Ministry of Foreign Affairs of Mongolia', shortName: 'MFA', type: 'ministry_agency' },
  {
    key: 'mlsp',
    name: 'Ministry of Labour and Social Protection',
    shortName: 'MLSP',
    type: 'ministry_agency',
  },
  {
    key: 'gdbp',
    name: 'General Department for Border Protection',
    shortName: 'GDBP',
    type: 'ministry_agency',
  },
  { key: 'immigration', name: 'Immigration Agency of Mongolia', shortName: 'IAM', type: 'ministry_agency' },
  { key: 'nda', name: 'National Development Agency', shortName: 'NDA', type: 'ministry_agency' },
  { key: 'mojha', name: 'Ministry of Justice and Home Affairs', shortName: 'MOJHA', type: 'ministry_agency' },
  { key: 'police', name: 'National Police Agency', shortName: 'NPA', type: 'ministry_agency' },
  { key: 'iom', name: 'IOM Mongolia', shortName: 'IOM', type: 'un_entity' },
  { key: 'undp', name: 'United Nations Development Programme', shortName: 'UNDP', type: 'un_entity' },
  { key: 'unfpa', name: 'United Nations Population Fund', shortName: 'UNFPA', type: 'un_entity' },
  { key: 'unicef', name: 'United Nations Children’s Fund', shortName: 'UNICEF', type: 'un_entity' },
  { key: 'ilo', name: 'International Labour Organization', shortName: 'ILO', type: 'un_entity' },
  {
    key: 'unhcr',
    name: 'Office of the United Nations High Commissioner for Refugees',
    shortName: 'UNHCR',
    type: 'un_entity',
  },
  { key: 'who', name: 'World Health Organization', shortName: 'WHO', type: 'un_entity' },
  { key: 'unwomen', name: 'UN Women', shortName: 'UN Women', type: 'un_entity' },
  { key: 'unrco', name: 'UN Resident Coordinator’s Office', shortName: 'UNRCO', type: 'un_entity' },
  { key: 'ngo', name: 'Umbrella NGO of migrants’ associations', shortName: 'NGO', type: 'ngo' },
];

export type DemoOrganisationKey = (typeof DEMO_ORGANISATIONS)[number]['key'];

/**
 * Every demo person signs in with this password (printed by `npm start`). Demo only: the demo
 * review must never be seeded into a production database.
 */
export const DEMO_PASSWORD = 'gcm-demo-2020';

export interface DemoPerson {
  email: string;
  name: string;
  title: string;
  organisation: string;
  role: 'coordinator' | 'contributor' | 'stakeholder' | 'observer';
}

/** The installation's administrator in the demo (above reviews: no part in any of them). */
export const DEMO_ADMINISTRATOR = { email: 'admin@gcm.example', name: 'Installation administrator' } as const;

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    email: 'coordinator@mfa.mn.example',
    name: 'L. Munkhtushig',
    title: 'Director-General of the Consular Department',
    organisation: 'mfa',
    role: 'coordinator',
  },
  {
    email: 'focal.point@mlsp.mn.example',
    name: 'B. Enkhjargal',
    title: 'Migration policy officer',
    organisation: 'mlsp',
    role: 'contributor',
  },
  {
    email: 'focal.point@gdbp.mn.example',
    name: 'D. Batbayar',
    title: 'Head of Border Crossing Statistics',
    organisation: 'gdbp',
    role: 'contributor',
  },
  {
    email: 'focal.point@immigration.mn.example',
    name: 'S. Oyunaa',
    title: 'Senior officer, foreign residents',
    organisation: 'immigration',
    role: 'contributor',
  },
  {
    email: 'focal.point@nda.mn.example',
    name: 'G. Tuvshin',
    title: 'Regional development analyst',
    organisation: 'nda',
    role: 'contributor',
  },
  {
    email: 'focal.point@mojha.mn.example',
    name: 'Ts. Saruul',
    title: 'Counter-trafficking coordinator',
    organisation: 'mojha',
    role: 'contributor',
  },
  {
    email: 'focal.point@police.mn.example',
    name: 'N. Erdene',
    title: 'Anti-trafficking unit',
    organisation: 'police',
    role: 'contributor',
  },
  {
    email: 'migration@iom.mn.example',
    name: 'IOM Mongolia focal point',
    title: 'Programme officer',
    organisation: 'iom',
    role: 'contributor',
  },
  {
    email: 'focal.point@undp.mn.example',
    name: 'UNDP focal point',
    title: 'Programme analyst',
    organisation: 'undp',
    role: 'stakeholder',
  },
  {
    email: 'focal.point@unfpa.mn.example',
    name: 'UNFPA focal point',
    title: 'Population data specialist',
    organisation: 'unfpa',
    role: 'stakeholder',
  },
  {
    email: 'focal.point@unicef.mn.example',
    name: 'UNICEF focal point',
    title: 'Child protection officer',
    organisation: 'unicef',
    role: 'stakeholder',
  },
  {
    email: 'focal.point@ngo.mn.example',
    name: 'NGO focal point',
    title: 'Network coordinator',
    organisation: 'ngo',
    role: 'stakeholder',
  },
  {
    email: 'observer@unrco.mn.example',
    name: 'UNRCO observer',
    title: 'Development coordination officer',
    organisation: 'unrco',
    role: 'observer',
  },
];

/** Division of labour: question code → lead organisation, contributing organisations, days from seeding to due. */
export interface DemoAssignment {
  question: string;
  lead: string;
  contributing: readonly string[];
  dueInDays: number;
}

// 2b is left unassigned on purpose: assigning it is the first step of the walkthrough.
export const DEMO_ASSIGNMENTS: readonly DemoAssignment[] = [
  { question: '1a', lead: 'mlsp', contributing: ['nda', 'iom'], dueInDays: -2 },
  { question: '1b', lead: 'mlsp', contributing: ['nda'], dueInDays: 2 },
  { question: '1c', lead: 'mlsp', contributing: [], dueInDays: 7 },
  { question: '1d', lead: 'mlsp', contributing: ['mfa'], dueInDays: 7 },
  { question: '2a', lead: 'gdbp', contributing: ['police', 'immigration'], dueInDays: 2 },
  { question: '2c', lead: 'mojha', contributing: ['gdbp'], dueInDays: 10 },
  { question: '2d', lead: 'immigration', contributing: [], dueInDays: 10 },
  { question: '3a', lead: 'mfa', contributing: ['mlsp'], dueInDays: 14 },
  { question: '3b', lead: 'mfa', contributing: ['mlsp'], dueInDays: 14 },
  { question: '3c', lead: 'mfa', contributing: [], dueInDays: 14 },
  { question: '3d', lead: 'mfa', contributing: [], dueInDays: 14 },
  { question: '4a', lead: 'nda', contributing: ['iom'], dueInDays: 7 },
  { question: '4b', lead: 'nda', contributing: ['iom'], dueInDays: 7 },
  { question: '4c', lead: 'nda', contributing: [], dueInDays: 10 },
  { question: '4d', lead: 'nda', contributing: [], dueInDays: 10 },
  { question: '5', lead: 'mfa', contributing: [], dueInDays: 21 },
  { question: '6', lead: 'nda', contributing: [], dueInDays: 14 },
  { question: '7', lead: 'mfa', contributing: [], dueInDays: 21 },
  { question: '8', lead: 'mfa', contributing: [], dueInDays: 21 },
  { question: '9', lead: 'mfa', contributing: [], dueInDays: 21 },
  { question: '10', lead: 'mfa', contributing: ['immigration', 'mlsp'], dueInDays: 14 },
];

export const DEMO_REVIEW = {
  country: 'Mongolia',
  cycle: 2020,
  templateKey: 'escap-gcm-review-2020',
  title: 'Voluntary GCM Review — Mongolia 2020',
  timeZone: 'Asia/Ulaanbaatar',
  finalDueInDays: 28,
  contactOffice: 'Ministry of Foreign Affairs of Mongolia',
  contactName: 'L. Munkhtushig',
  contactTitle: 'Director-General of the Consular Department',
  contactEmail: 'coordinator@mfa.mn.example',
  contactPhone: '',
  contactMailingAddress: 'Ministry of Foreign Affairs, Peace Ave – 7a, Ulaanbaatar, Mongolia',
  recipientsTo: ['escap-sdd@un.org'],
  recipientsCc: ['UNRNAP-regreviews@iom.int'],
} as const;
