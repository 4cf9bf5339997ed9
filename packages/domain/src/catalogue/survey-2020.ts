import type { TAnswerKind, TQuestionTemplate, TSurveyTemplate } from './catalogue.schemas';
import { CLUSTERS } from './clusters';

const TARGET_WORDS = 500;

const INTRODUCTION = [
  'Survey conducted to inform the Asia-Pacific Regional Review of Implementation of the Global Compact for Safe, Orderly and Regular Migration Bangkok, (18-20 November 2020)',
  'The Global Compact for Safe, Orderly and Regular Migration (GCM) (General Assembly Resolution 73/195) calls for review of the progress of “implementing the Global Compact in the framework of the United Nations through a State-led approach and with the participation of all relevant stakeholders” (OP48), and “invites United Nations regional economic commissions ... to review the implementation of the Global Compact within the respective regions, beginning in 2020” (OP50)',
  'This voluntary GCM review is issued to fulfil this mandate, by enabling member States to provide information on their progress towards the objectives of the Global Compact. The results will inform the preparation of the Asia-Pacific Regional Review of Implementation of the Global Compact for Safe, Orderly and Regular Migration to be held at the United Nations Economic and Social Commission for Asia and the Pacific (ESCAP) in Bangkok from 18 to 20 November 2020, the preparation of the 2020 Asia-Pacific Migration Report and related background documentation.',
  'The survey has been informed by the suggested outline prepared by the United Nations Network on Migration (Proposed framework to assist Member States in the organization of regional reviews – Annex II: Indicative outline for Member States) to review the status of implementation of the GCM at national, subregional, regional and cross-regional levels (General Assembly resolution 73/195, OP48 and OP50). It has been structured according to the four round tables to be organized for the Asia-Pacific Regional Review meeting which correspond to the four round tables of the International Migration Review Forum in 2022 (General Assembly resolution 73/326, OP21).',
  'Please identify the office responsible for coordinating the responses to this survey and include the contact information.',
  'Please return the completed survey to the ESCAP secretariat by 31 August 2020, preferably by email (escap-sdd@un.org) with a copy to the Regional Network on Migration for Asia and the Pacific (UNRNAP-regreviews@iom.int). Any queries can be forwarded to these same addresses.',
  'Kindly indicate whether you would be willing to share your report at the IMRF/regional reviews site on the UN Network on Migration at https://www.migrationnetwork.un.org/. Please contact UNRNAP-regreviews@iom.int if you have a query or suggestion in this regard.',
].join('\n\n');

const INSTRUCTIONS = [
  'Please provide answers to the following set of questions (about 500 words per question) as they relate to clusters of objectives of the Global Compact for Migration (General Assembly resolution 73/326, para 21).',
  'If needed, please provide the answers in a separate document and attach it to this survey.',
  'Please provide references or links to relevant policy documents in a separate document, attached to this survey.',
  'If possible, please identify any innovative policies or practices related to any of the objectives of the Global Compact for Migration.',
  'Also, information should be based on statistical as well as qualitative data.',
];

/** Question a is worded slightly differently for cluster 1 ("the migration levels") than for clusters 2–4. */
const CLUSTER_PROMPTS = {
  a: (clusterNumber: number): string =>
    `Please highlight ${clusterNumber === 1 ? 'the ' : ''}migration levels and trends, including drivers (if possible), and migrant experiences relevant to this cluster of objectives.`,
  b: (): string =>
    'Please highlight the concrete policy, legal, and programmatic actions taken by your government to advance these objectives in recent years (in particular since the adoption of the GCM on 10 December 2018).',
  c: (): string => 'What are the main gaps identified and challenges faced in addressing these objectives?',
  d: (): string =>
    'Please share some of the results of these actions, effective solutions, best practices and lessons learned by your Government in implementing these objectives.',
} as const;

const COMMON_GUIDANCE =
  'Aim for about 500 words. Base the answer on statistical as well as qualitative data, and say where the figures come from. ' +
  'Give references or links to the relevant policy documents (laws, strategies, action plans) in a separate document attached to the survey; ' +
  'longer material can also be attached. If possible, point out innovative policies or practices.';

const CLUSTER_FOCUS: Record<'a' | 'b' | 'c' | 'd', string> = {
  a: 'Describe migration levels and trends, the drivers where known, and what migrants experience.',
  b: 'List concrete policy, legal and programmatic actions, with dates, especially those taken since 10 December 2018.',
  c: 'Name the main gaps and challenges, such as missing data, funding, capacity or coordination.',
  d: 'Share results, effective solutions, good practices and lessons learned, with evidence where possible.',
};

function formatList(numbers: readonly number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

function clusterQuestions(): TQuestionTemplate[] {
  const questions: TQuestionTemplate[] = [];
  for (const cluster of CLUSTERS) {
    for (const letter of ['a', 'b', 'c', 'd'] as const) {
      questions.push({
        code: `${cluster.number}${letter}`,
        order: questions.length + 1,
        clusterNumber: cluster.number,
        prompt: CLUSTER_PROMPTS[letter](cluster.number),
        guidance: {
          targetWords: TARGET_WORDS,
          text: `Cluster ${cluster.number} covers GCM objectives ${formatList(cluster.objectiveNumbers)}. ${CLUSTER_FOCUS[letter]} ${COMMON_GUIDANCE}`,
        },
        answerKind: 'narrative',
      });
    }
  }
  return questions;
}

interface GeneralQuestion {
  code: '5' | '6' | '7' | '8' | '9' | '10';
  prompt: string;
  answerKind: TAnswerKind;
  focus: string;
}

const GENERAL_QUESTIONS: readonly GeneralQuestion[] = [
  {
    code: '5',
    prompt:
      'What steps has the Government taken to integrate the vision and cross-cutting and interdependent guiding principles of the Global Compact for Migration (see paras 8 to 15 of the Global Compact (see General Assembly resolution 73/195)) into its implementation? How was this accomplished? (please check against the principles that have been integrated)',
    answerKind: 'principles_checklist',
    focus:
      'Go through the ten guiding principles one by one: mark each principle that has been integrated (yes or no) and give a short explanation of how, attaching the relevant documentation.',
  },
  {
    code: '6',
    prompt:
      'How is the Global Compact for Migration contributing to realizing the achievement of the 2030 Agenda for Sustainable Development? What has your Government done to integrate the implementation of the Global Compact objectives into SDG implementation?',
    answerKind: 'narrative',
    focus:
      'Link the Global Compact to the Sustainable Development Goals, for example through the national development strategy or the Voluntary National Review.',
  },
  {
    code: '7',
    prompt:
      'From the Government’s perspective, are there any objectives of the Global Compact for Migration that are of particular importance in the national context? Please name the objectives that the Government has prioritized and explain why.',
    answerKind: 'priority_objectives',
    focus:
      'Answer as a two-column table: under "Priority GCM objective" name each objective the Government has prioritised, and under "Reasons for prioritisation" explain why it matters in the national context.',
  },
  {
    code: '8',
    prompt:
      'From the Government’s perspective, how and to what extent have regional plans and strategies incorporated the objectives of the Global Compact for Migration? What are the main achievements, gaps and challenges to existing regional approaches, strategies and implementation plans?',
    answerKind: 'narrative',
    focus:
      'Name the regional instruments, processes and plans your country takes part in and how they reflect the objectives.',
  },
  {
    code: '9',
    prompt:
      'What methodology was adopted for completing this voluntary GCM review; how was a whole-of-government approach applied through engaging the various relevant ministries and other sectors of government; what mechanisms were used to engage civil society and other relevant stakeholders for a whole-of-society approach?',
    answerKind: 'narrative',
    focus:
      'Describe how this review was prepared: which ministries and agencies contributed, which workshops or consultations were held and how civil society and other stakeholders were involved.',
  },
  {
    code: '10',
    prompt:
      'Given the outbreak of COVID-19 which has affected all countries in the region, what challenges has the Government identified in implementation of the Global Compact for Migration as part of the COVID-19 response, and what has the Government done to address the specific situation of migrants and their families?',
    answerKind: 'narrative',
    focus:
      'Describe the challenges the pandemic raised for implementing the Global Compact and the measures taken for migrants and their families.',
  },
];

function generalQuestions(firstOrder: number): TQuestionTemplate[] {
  return GENERAL_QUESTIONS.map((question, index) => ({
    code: question.code,
    order: firstOrder + index,
    clusterNumber: null,
    prompt: question.prompt,
    guidance: { targetWords: TARGET_WORDS, text: `${question.focus} ${COMMON_GUIDANCE}` },
    answerKind: question.answerKind,
  }));
}

const CLUSTER_QUESTIONS = clusterQuestions();

/** The ESCAP Voluntary GCM Review survey of 2020 (Asia-Pacific Regional Review, Bangkok, 18–20 November 2020). */
export const ESCAP_GCM_REVIEW_2020: TSurveyTemplate = {
  key: 'escap-gcm-review-2020',
  version: 1,
  title: 'ESCAP Voluntary GCM Review 2020',
  introduction: INTRODUCTION,
  instructions: INSTRUCTIONS,
  questions: [...CLUSTER_QUESTIONS, ...generalQuestions(CLUSTER_QUESTIONS.length + 1)],
};
