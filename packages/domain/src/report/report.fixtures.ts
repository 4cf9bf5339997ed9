/**
 * A report input built from Mongolia's Voluntary GCM Review 2020 (excerpts of its answers), for the
 * specs of the report rules and as sample data for the API tests, exported through `@gcm/domain/testing`
 * (not the package's public API).
 */
import { GUIDING_PRINCIPLES } from '../catalogue';
import type { TPrincipleKey } from '../catalogue/catalogue.schemas';
import { ESCAP_GCM_REVIEW_2020, questionnaireQuestions } from '../questionnaires/questionnaire';
import type { TReportInput, TReportPriority, TReportQuestion } from './report.schemas';
import { reportQuestionFromQuestionnaire } from './report-questions';

export const MONGOLIA_ANSWERS: Record<string, string> = {
  '1a': 'Over the past 20 years, Mongolia has transformed into a vibrant multiparty democracy. The country has experienced an economic boom, driven by the mining sector, with significant GDP growth and increased in-and-outbound migration flows. Mongolia is experiencing higher migration rates in all aspects with increasing numbers of international immigrants, the emigration of young people looking for work, and rural to urban migration. Currently, an estimated 190,000 Mongolians, 5.8 percent of the total population, live abroad. Usually, Mongolian migrants to foreign countries are young people educated and skilled in search of higher paid jobs and a better quality of life for themselves and their families. These migrants are mainly males traveling to destinations in Asia, like the Republic of Korea, China, Japan, and some countries in Europe, with the Czech Republic and Sweden are the main destinations, as well as the United States.\n\nAs of 2019, the population of Mongolia reached 3.3 million, and the growth was at 1.8 percent. According to the 2020 Housing Census, 122.3 thousand people are living abroad for 6 months or more, of which 58.8 percent live and work in the Asia-Pacific region and 23.9 percent in Europe. Of all the Mongolians living abroad, 34.2 percent went for study, 32.0 percent for work (of which 20.6 percent are self-employed, 10.4 percent are employed, 1.0 percent are on business trips), 12.6 percent are staying for family reasons, 11.7 percent are residing, and the remaining 9.5 percent are residing for other reasons.',
  '1b': 'The Government of Mongolia has indicated its interest in prioritizing migration by including the protection of migrants’ human rights, access to education, establishing mechanisms for the portability of social security entitlements and earned benefits, and increasing the positive impact of migration key issues in the national development agenda. In the past years, the Government has received support from the IOM in improving migration management and building capacity for improved border management and counter-trafficking efforts.\n\nIn parallel to this, the Law on Development Policy and Planning was revised and ratified by the Parliament on 7 May 2020 to establish a legal mechanism for the coordination of the policy implementation and the alignment of national planning and monitoring frameworks. The law aims to ensure the sustainability and continuity of national long, medium, and short-term development policies and planning with shared principles.\n\n(Please see more information in Attachment 1.)',
  '1c': 'The increase of internal and international migration in recent years has brought about an array of challenges for the country’s political, social, and economic fabric. Main challenges include overpopulation of the capital city, rural-urban inequalities, imbalanced social development, lack of adequate structures to protect migrant rights, and limited access to social services for internal migrants. Cross-border challenges include unsafe migration, fraud, border inspection avoidance, visa violations, and an increasing incidence of human trafficking, including internal.\n\nMongolia faces challenges in having adequate, up-to-date factual data on both international and internal migration and needs support in enhancing its statistical system as well as adaptation of additional data production, analysis, and usage methods. As the country maintains its international borders closed for regular passenger traffic and COVID-19 related restrictions manifest major socio-economic impact, the government experiences a lack of funds and operating capacities while the need for support increases, especially for those people who suffered the most during the COVID-19 restrictions.',
  '1d': 'Mongolian government’s labor migration agreements, like the ones with the Republic of Korea and Japan, have facilitated the opening of regular migration pathways and protected employment for thousands of Mongolian people willing to find employment abroad.\n\nIn the framework of the Memorandum of Cooperation between the Government of Japan and the Government of Mongolia on the Technical Intern Training Program, 421 Mongolian interns were sent to Japan in 2017, and 747 interns were sent in 2019. The Ministry of Labor and Social Protection expects these numbers to increase in the coming years.',
  '2a': 'Traffickers often use fraudulent social networking, online job opportunities or attractive advertisements for study abroad scholarships or lure the victims with promises of lucrative jobs. Many women who fall victim to fraudulent schemes are from rural and poor economic areas. Women are also often unaware of the provisions of the Law to Combat Domestic Violence and are thus exposed to greater risk.',
  '2b': 'The Government of Mongolia has been taking measures to eliminate trafficking in persons by joining the international human rights convention and by strengthening the legal framework by enacting such laws and policies as Law on Combating Human Trafficking (2012), Criminal Law (2015), and National Program Combating against Human Trafficking (2017-2021) (Mongolian Gender Equality Center NGO, 2019). Additionally, on March 3, 2017, the Minister of Justice and Home Affairs issued Order No. A/49 approving the "Regulation on monitoring the crossing of children across the border" to monitor the border crossing of Mongolian children under the age of 18 in efforts to prevent trafficking in children.',
  '2c': 'One of the main challenges in ensuring and managing border protection for the General Department of Border Protection is the use of traditional paper-based monitoring and registration, which takes time and relies on human judgment and intuition, whereas the use of new specialized technology would help provide speedy, orderly and efficient flow of border crossings and border protection. There is a need to introduce modern, advanced technology based on non-overlapping data of biometrics and develop registration and information systems in line with international standards to improve the process of document inspection and to prevent potential risks and trafficking crimes. It is estimated that funding equivalent to MNT 14.1 billion (USD 4.7 million) would be required to introduce new identification technology based on non-overlapping biometrics data of travelers at border checkpoints.',
  '2d': 'The Government of Mongolia has collaborated with various international organizations and foreign governments to prevent and combat human trafficking. As of October 2020, more than 700 border guards have participated in donor-funded projects and targeted training on “Prevention of Human Trafficking” to build the capacity of personnel on crime detection and identify victims, organized by the Asian Development Fund, the International Organization for Migration in cooperation with the Ministry of Justice and Home Affairs. Continuous cooperation with donor agencies and international organizations resulted in best practices in strengthening the legal framework and enacting new laws and procedures to fight trafficking in persons, provide shelter and repatriation assistance to victims of trafficking, and building capacity of police, border protection officers, and relevant law enforcement officials in identifying victims and prosecuting offenders.',
  '3a': 'The number of chartered flights and the number of returnees are strictly regulated in direct correlation with the capacity of quarantine facilities, where all the arrivals are required to undertake a 21-day mandatory quarantine.\n\nMongolians stranded abroad due to COVID-19 pandemic are facing a number of major challenges. Financial constraints mostly due to job loss connected to COVID-19 and challenges finding a job given that a significant number are in an irregular situation.',
  '3b': 'The Action Plan of the Government of 2020-2024 states its plans to enhance consular protection, assistance, cooperation, and optimize the location, structure, and staffing of diplomatic missions abroad, taking into account the level and importance of political and economic relations, number of Mongolian citizens residing in a particular country and the number of in-and-out travelers and other factors (Clause 4.5.4).\n\n(Please see more information in Attachment 3.)',
  '3c': 'Unable to travel internationally due to COVID-19 restrictions and without the possibility of sending back remittances for their families, returning diaspora will add to the unemployment figures and find it increasingly hard to prevent their households from slipping into poverty. With 28.4% already in poverty (2018) and other 14.9% of the total population vulnerable to slipping into poverty, especially when they are hit by negative shocks such as increasing prices, unemployment, illness etc., the interruption of outgoing migration from Mongolia could have a devastating socioeconomic effect. Without proper support upon arrival, the most vulnerable returning migrants may have limited success in integrating back into the community.',
  '3d': 'In efforts to increase access to consular services by Mongolian citizens, the MFA actively cooperates with governmental, non-governmental organizations, and private entities in disseminating information to the public. The Consular Department regularly updates the information on its website www.consul.mn to use as their primary channel for communication and information-sharing for Mongolians traveling abroad and incorporated online forms for user-friendliness.',
  '4a': 'The economic recession and unemployment caused by COVID-19 in Mongolia will make it increasingly hard for returning stranded Mongolians to find a job and effectively reintegrate in Mongolian society. The UNICEF-supported Rapid Social Impact Assessment revealed that mothers surveyed had to resign from work (24.9%) or had to reduce their working hours (16.6 %) or take unpaid leave (11.7%) to take care of their children due to the closure of schools.',
  '4b': 'Under this initiative, on-arrival visas are issued to Government delegates and accompanying business people provided that prior notifications are given to the Ministry of Foreign Affairs of Mongolia. Multiple-entry visas may be issued to frequent business travelers with an expedited procedure at Mongolian diplomatic missions located around the world. A Comprehensive Plan on further action for promoting the “Belt and Road – Travel Facilitation Initiative” was adopted by the Minister for Foreign Affairs on 2 April 2018.',
  '4c': 'The Ministry of Labor and Social Protection of Mongolia is responsible for the employment of Mongolian citizens at home and abroad and social protection and welfare. The challenges Mongolian labor migrants face relates to employment opportunities abroad and in Mongolia. The Ministry emphasizes the need to amend labor migration agreements, especially with the Republic of Korea, as there are 48,000 Mongolians currently living and working there. The Ministry also emphasizes the need to sign more treaties on the transferability of social benefits.',
  '4d': "The Government of Mongolia is receiving support from the IOM Mongolia through their implementation of the Project in Understanding and Managing Internal Migration in Mongolia (2019-2023), which is aligned with Mongolia's sustainable development vision that addresses the implementation of the SDGs and puts forth the objective of sustainable development to promote inclusive growth, economic opportunity and social protection for vulnerable population groups.",
  '6': 'One of the 6 main objectives of the State Policy on Population Development is to maintain population migration appropriately.\n\nIn its new Vision 2050, the Government of Mongolia aims to promote living standards in rural areas to reduce migration pressure to cities by ensuring that economic and social opportunities exist for those residing in rural areas. Rural development plans are being prepared in coordination with national development strategies, based on the comparative advantage of each province, to generate economic growth and employment opportunities.',
  '8': 'Mongolia is a party to such regional instruments, as the Convention on Preventing and Combating Trafficking in Women and Children for Prostitution negotiated by the South Asian Association for Regional Co-operation (SAARC), which aims to promote cooperation amongst the Member States so that they may effectively deal with the various aspects of trafficking in women and children, i.e. the prevention of the use of women and children in international prostitution networks, particularly where the countries of the SAARC region are the countries of origin, transit and destination, the repatriation and rehabilitation of victims of trafficking.',
  '10': 'With the start of the pandemic, suspension of international flights and operation of repatriation flights to various destinations, we have encountered challenges of registration of our citizens abroad. Through Mongolian missions abroad, the MFA started to collect data on our citizens who wish to return to Mongolia.\n\nBefore the declaration of COVID-19 as a global pandemic, the Consular Department of the Mongolian Ministry of Foreign Affairs (MFA) estimated that about 190,000 Mongolians were either permanently or temporarily abroad, with many of them in an irregular situation, excluding those traveling for tourism or other short-term purposes. Since January 28th, 2020, the Government of Mongolia has operated 101 special chartered flights and brought 20500 Mongolians who were stranded in 91 countries and regions. Also, through land border with Russia and China, the Government of Mongolia repatriated 6,581 persons, making the total number of repatriated Mongolians 27200.',
  '9': "To complete the first voluntary GCM review of Mongolia, the Government applied a whole-of-government approach by engaging relevant ministries, agencies, UN agencies, and civil society to discuss common goals concerning migration issues relevant to the work of each agency and coming to a mutual decision on the priority GCM objectives for Mongolia.\n\nOn 19 October 2020, the Ministry of Foreign Affairs of Mongolia (MFA), in cooperation with the IOM Mission to Mongolia (IOM), organized a Workshop on the Review of the Implementation of the GCM. The workshop was attended by representatives of 7 governmental institutions, 8 UN agencies + UNRCO, and an umbrella NGO at the level of heads of departments. The workshop aimed to reach the following objectives:\n- To review the GCM objectives and discuss its implementation in Mongolia\n- To examine the Voluntary GCM Review Survey and agree on a division of labor between relevant authorities in providing inputs for the completion of the survey\n- To conduct a prioritization exercise identifying the GCM objectives that are most relevant for Mongolia\n- To brainstorm on potential ideas for a future joint project to be submitted for funding to Migration Multi-Partner Trust Fund (MPTF)\n- To discuss preliminary ToRs for the establishment of the UN Network on Migration in Mongolia\n\nAchieving its initial objectives, the workshop helped reiterate Mongolia's progress in implementing the GCM, clarify the timeline and division of labor for collecting inputs from all the stakeholders for the compilation and timely submission of the GCM Review Survey of Mongolia. Participants also agreed on recommending that Mongolia becomes a Champion Country for GCM implementation and identified a preliminary list of 12 priority GCM Objectives for Mongolia, to be finalized as part of the Review Survey process. The participants also contributed ideas for a possible future application from Mongolia for Migration MPTF. The initiative to launch the UN Network on Migration in Mongolia was also presented.",
};

export const MONGOLIA_PRIORITIES: TReportPriority[] = [
  {
    objective: 1,
    title: 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
    reason:
      'The issue of accurate and disaggregated data on internal and international migration poses an issue in Mongolia, especially due to citizens’ reluctance of registration in the change of address of internal migrants. Relevant government agencies require improved strategies for collecting accurate data on migration and utilizing the data for better policy amendments and implementation.',
  },
  {
    objective: 2,
    title:
      'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
    reason:
      'The main drivers of migration in Mongolia are the people’s need for employment and educational opportunities, better living conditions, and an improved way of life. To minimize these adverse drivers, efforts need to be strengthened in policy planning and implementation towards increasing employment opportunities, improving educational facilities, and living environment in rural areas. The Government of Mongolia has adopted Vision 2050 that incorporates such objectives and efforts that need to be taken to effectively implement the policy document and relevant legal amendments.',
  },
  {
    objective: 3,
    title: 'Provide accurate and timely information at all stages of migration',
    reason:
      'The Government of Mongolia receives support from IOM Mongolia on the accurate collection of relevant information and data on various stages of internal and international migration. However, such efforts are not regularly updated on a yearly basis. Therefore, systematic mechanisms need to be in place for obtaining accurate and timely information at all stages of migration in Mongolia.',
  },
];

/** Explanations of the question 5 ticks (Mongolia ticked every principle). */
export const MONGOLIA_PRINCIPLE_EXPLANATIONS: Record<TPrincipleKey, string> = {
  'people-centred':
    'Vision 2050 puts the well-being of people and families at the centre of development policy.',
  'international-cooperation':
    'Mongolia cooperates with IOM, the Bali Process and its neighbours on migration.',
  'national-sovereignty': 'Migration policy is set by the State Policy on Population Development.',
  'rule-of-law-and-due-process': 'The Law on Combating Human Trafficking (2012) and the Criminal Law (2015).',
  'sustainable-development':
    'The GCM objectives are reflected in the long-term national strategy Vision 2050.',
  'human-rights': 'Protection of migrants’ human rights is a key issue of the national development agenda.',
  'gender-responsive':
    'The project on Prevention of Violence Against Women in Mongolia and Assistance to Victims.',
  'child-sensitive':
    'The Regulation on monitoring the crossing of children across the border (Order A/49, 2017).',
  'whole-of-government': 'Seven governmental institutions contributed to this review (see question 9).',
  'whole-of-society': 'UN agencies and an umbrella NGO took part in the workshop of 19 October 2020.',
};

/** Every question of the survey, final, with Mongolia's answers. */
export function mongoliaQuestions(): TReportQuestion[] {
  return questionnaireQuestions(ESCAP_GCM_REVIEW_2020).map((template): TReportQuestion => {
    const question: TReportQuestion = {
      ...reportQuestionFromQuestionnaire(template),
      status: 'final',
      body: MONGOLIA_ANSWERS[template.code] ?? '',
    };
    if (template.answer.kind === 'principles_checklist') {
      question.principles = GUIDING_PRINCIPLES.map((principle) => ({
        key: principle.key,
        integrated: true,
        explanation: MONGOLIA_PRINCIPLE_EXPLANATIONS[principle.key],
      }));
    }
    if (template.answer.kind === 'priority_objectives') {
      question.priorities = MONGOLIA_PRIORITIES.map((priority) => ({ ...priority }));
    }
    return question;
  });
}

/** Mongolia's report, final and ready to send (only advice remains, e.g. the missing telephone). */
export function mongoliaReportInput(overrides: Partial<TReportInput> = {}): TReportInput {
  return {
    templateKey: ESCAP_GCM_REVIEW_2020.key,
    questionnaire: ESCAP_GCM_REVIEW_2020,
    title: 'Voluntary GCM Review of Mongolia 2020',
    country: 'Mongolia',
    cycle: 2020,
    contact: {
      country: 'MONGOLIA',
      office: 'Ministry of Foreign Affairs of Mongolia',
      name: 'L. Munkhtushig',
      title: 'Director-General of the Consular Department',
      email: 'dep10-1@mfa.gov.mn',
      telephone: '',
      mailingAddress: 'Ministry of Foreign Affairs Peace Ave – 7a, Ulaanbaatar, Mongolia',
    },
    consentToPublish: true,
    recipients: { to: ['escap-sdd@un.org'], cc: ['UNRNAP-regreviews@iom.int'] },
    finalDueDate: '2020-08-31',
    questions: mongoliaQuestions(),
    attachments: [
      {
        number: 1,
        fileName: 'attachment-1-answers-1b.docx',
        questionCode: '1b',
        description: 'Answers to question 1b',
      },
      {
        number: 2,
        fileName: 'attachment-2-answers-2b.docx',
        questionCode: '2b',
        description: 'Answers to question 2b',
      },
      {
        number: 3,
        fileName: 'attachment-3-answers-3b.docx',
        questionCode: '3b',
        description: 'Answers to question 3b',
      },
    ],
    version: 1,
    ...overrides,
  };
}

/** The report with one question replaced (found by code) by `change(question)`. */
export function withQuestion(
  input: TReportInput,
  code: string,
  change: (question: TReportQuestion) => TReportQuestion,
): TReportInput {
  return { ...input, questions: input.questions.map((q) => (q.code === code ? change({ ...q }) : q)) };
}
