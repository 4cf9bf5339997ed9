import type { Catalogue } from './catalogue';
import { problemsApiMessages } from './problems-api.messages';
import { problemsContractMessages } from './problems-contract.messages';
import { problemsFragmentMessages } from './problems-fragments.messages';

export { problemsApiMessages, problemsContractMessages, problemsFragmentMessages };

/**
 * The problem messages — what a person reads when something is refused — by part: the API's
 * refusals, the contract's validation messages, and the phrases the API puts into other messages.
 * English is the message as the code writes it, with ICU arguments for its variable parts;
 * `translateProblem` (problems.ts) recognises it and writes it in another language.
 */
export const PROBLEM_CATALOGUES: readonly Catalogue[] = [
  problemsApiMessages,
  problemsContractMessages,
  problemsFragmentMessages,
];
