/**
 * The copy of an editor's unsaved text kept in this browser (localStorage), so that a crash, a closed
 * tab or a failed save never loses it. One copy per person, editor and base version:
 * `gcm.unsaved.<editor>.v<version>`, where `<editor>` names the person and the text
 * (`<personId>/contribution:<assignmentId>`, `<personId>/answer:<reviewId>:<code>`) and the version
 * is the stored one the text was typed on top of.
 */
const PREFIX = 'gcm.unsaved.';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage refused (private mode, a policy): the editor works without a local copy.
    return null;
  }
}

function keyOf(editor: string, version: number): string {
  return `${PREFIX}${editor}.v${version}`;
}

/** The copy typed on top of `version`, as written (the caller checks its shape), or undefined. */
export function readLocalCopy(editor: string, version: number): unknown {
  const raw = storage()?.getItem(keyOf(editor, version));
  if (raw == null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

export function writeLocalCopy(editor: string, version: number, fields: unknown): void {
  try {
    storage()?.setItem(keyOf(editor, version), JSON.stringify(fields));
  } catch {
    // A full storage: the text stays on screen and the save bar says whether it is saved.
  }
}

/** Drops the copies of `editor` on top of every version (after a save, or when the person drops them). */
export function clearLocalCopies(editor: string): void {
  const store = storage();
  if (!store) return;
  const mine = `${PREFIX}${editor}.v`;
  const keys: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key?.startsWith(mine)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}
