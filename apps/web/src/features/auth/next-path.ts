/** Only a path of this app may follow sign-in: never another site ("//evil.example") or sign-in itself. */
export function safeNextPath(next: string | null | undefined, fallback = '/reviews'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (next === '/sign-in' || next.startsWith('/sign-in?') || next.startsWith('/invitations/'))
    return fallback;
  return next;
}

export function signInPath(next: string): string {
  return `/sign-in?next=${encodeURIComponent(next)}`;
}
