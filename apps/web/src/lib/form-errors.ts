import { isApiError } from './api-client';
import { problemLocale, translateProblem } from './i18n/problem-locale';

/** Messages by field path ("contact.email", "references.0.url"), from zod or from the server. */
export type FieldErrors = Record<string, string>;

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * The first message for each path of a failed `safeParse`, in the screen's language: the
 * contract's English messages are translated by the problem catalogues of @gcm/domain
 * (`translateProblem`), zod's own are already in it (lib/i18n/problem-locale.ts sets both
 * from the LocaleProvider, so callers need not pass the language). Both are loaded after the first
 * page: a page's form is only checked once `loadProblemMessages()` has resolved (app/routes.tsx).
 */
export function issuesToFieldErrors(error: { issues: readonly IssueLike[] }): FieldErrors {
  const locale = problemLocale();
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in result)) result[path] = translateProblem(issue.message, locale);
  }
  return result;
}

/**
 * The `fieldErrors` of an API error response, keyed the same way. The API writes them in the
 * account's language (else the request's Accept-Language); one it wrote in English — a browser
 * asking for English while the screens were switched to another language — is translated here.
 */
export function serverFieldErrors(error: unknown): FieldErrors {
  const locale = problemLocale();
  const result: FieldErrors = {};
  if (!isApiError(error)) return result;
  for (const fieldError of error.fieldErrors) {
    if (!(fieldError.path in result)) result[fieldError.path] = translateProblem(fieldError.message, locale);
  }
  return result;
}

/** The message for `name` or for anything inside it ("recipients.to" also takes "recipients.to.2"). */
export function errorFor(errors: FieldErrors, name: string): string | undefined {
  if (errors[name] !== undefined) return errors[name];
  const nested = Object.keys(errors).find((path) => path.startsWith(`${name}.`));
  return nested === undefined ? undefined : errors[nested];
}

/**
 * The submit of a create form: checks the input with the contract's schema (its messages shown at
 * the fields, nothing sent), then sends it; the API's own field errors land at the fields too.
 */
export function submitChecked<T, R>(
  schema: {
    safeParse(
      input: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: readonly IssueLike[] } };
  },
  input: unknown,
  setErrors: (errors: FieldErrors) => void,
  mutation: {
    mutate(data: T, options: { onSuccess: (result: R) => void; onError: (error: unknown) => void }): void;
  },
  onSuccess: (result: R) => void,
): void {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    setErrors(issuesToFieldErrors(parsed.error));
    return;
  }
  setErrors({});
  mutation.mutate(parsed.data, { onSuccess, onError: (error) => setErrors(serverFieldErrors(error)) });
}
