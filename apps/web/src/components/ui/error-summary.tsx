import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { FieldErrors } from '../../lib/form-errors';
import { useT } from '../../lib/i18n/use-t';

interface ErrorSummaryProps {
  /** The form's field errors; the summary lists the fields they highlight. */
  errors: FieldErrors;
}

interface Problem {
  /** The id of the control to move to. */
  id: string;
  label: string;
  message: string;
}

/**
 * The top of a form that failed its check (WCAG 3.3.1): how many fields need attention, each a
 * link to its control. Put it first inside the <form>; it reads the highlighted fields from the
 * form itself (their label and the message under them), so it lists exactly what the person sees.
 * It takes the focus when a submit brings errors, not while the person types.
 */
export function ErrorSummary({ errors }: ErrorSummaryProps) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const hadErrors = useRef(false);
  const titleId = useId();

  useLayoutEffect(() => {
    const form = ref.current?.closest('form');
    setProblems(form && Object.keys(errors).length > 0 ? problemsIn(form) : []);
  }, [errors]);

  useEffect(() => {
    const summary = ref.current;
    const has = problems.length > 0;
    const submitted = document.activeElement?.matches('button[type="submit"], input[type="submit"]') ?? false;
    if (summary && has && (!hadErrors.current || submitted)) summary.focus();
    hadErrors.current = has;
  }, [problems]);

  return (
    <section
      ref={ref}
      className="error-summary"
      tabIndex={-1}
      aria-labelledby={problems.length > 0 ? titleId : undefined}
      hidden={problems.length === 0}
    >
      {problems.length > 0 ? (
        <>
          <h2 className="error-summary__title" id={titleId}>
            {t('ui.errorSummary.title', { count: problems.length })}
          </h2>
          <ul className="error-summary__list">
            {problems.map((problem) => (
              <li key={problem.id}>
                <a
                  href={`#${problem.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(problem.id)?.focus();
                  }}
                >
                  {t('ui.errorSummary.item', { label: problem.label, message: problem.message })}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The highlighted controls of the form, in their order on the page, and fieldsets with an error. */
function problemsIn(form: HTMLFormElement): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const groups = form.querySelectorAll<HTMLElement>('[aria-invalid="true"], fieldset.field--invalid');
  for (const element of groups) {
    const control =
      element instanceof HTMLFieldSetElement
        ? element.querySelector<HTMLElement>('input, select, textarea, button')
        : element;
    if (!control?.id || seen.has(control.id)) continue;
    const label =
      element instanceof HTMLFieldSetElement
        ? element.querySelector('legend')?.textContent
        : (control as HTMLInputElement).labels?.[0]?.textContent;
    const message = describedError(element);
    if (!label || !message) continue;
    seen.add(control.id);
    problems.push({ id: control.id, label: label.trim(), message });
  }
  return problems;
}

/** The text of the `.field__error` the element is described by, without its ✕ mark. */
function describedError(element: HTMLElement): string | undefined {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  for (const id of ids) {
    const described = element.ownerDocument.getElementById(id);
    if (described?.classList.contains('field__error')) {
      return described.textContent?.replace(/^✕\s*/, '').trim() || undefined;
    }
  }
  return undefined;
}
