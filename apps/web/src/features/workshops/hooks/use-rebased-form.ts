import type { TWorkshop } from '@gcm/domain';
import { useState } from 'react';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The state of a form over one part of a workshop (details, participants), saved with the workshop's
 * version. When a newer workshop arrives (another section saved, or a refresh):
 * - the part this form edits is unchanged → the form carries on, with the newer version;
 * - it changed and the form has no unsaved edits → the form shows the new values;
 * - it changed and the form has edits → the form keeps them and its version, so saving reports the
 *   conflict instead of overwriting someone else's change.
 */
export function useRebasedForm<F>(
  workshop: TWorkshop,
  part: (workshop: TWorkshop) => unknown,
  formOf: (workshop: TWorkshop) => F,
) {
  const [base, setBase] = useState(workshop);
  const [form, setForm] = useState(() => formOf(workshop));
  const dirty = !same(form, formOf(base));

  if (workshop !== base) {
    if (same(part(workshop), part(base))) {
      setBase(workshop);
    } else if (!dirty) {
      setBase(workshop);
      setForm(formOf(workshop));
    }
  }

  function reset(next: TWorkshop) {
    setBase(next);
    setForm(formOf(next));
  }

  return { base, form, setForm, dirty, reset };
}
