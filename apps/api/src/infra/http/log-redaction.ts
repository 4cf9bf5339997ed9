/**
 * Paths whose last segment is a bearer secret: an invitation token, a private calendar feed. The
 * request log keeps the route but never the secret, so whoever reads the logs cannot use it.
 */
const SECRET_PATHS = [
  /^(\/api\/invitations\/)[^/?#]+/,
  /^(\/invitations\/)[^/?#]+/,
  /^(\/api\/calendar\/)[^/?#]+/,
];

export function redactSecretPath(url: string | undefined): string | undefined {
  if (!url) return url;
  for (const pattern of SECRET_PATHS) {
    if (pattern.test(url)) return url.replace(pattern, '$1[redacted]');
  }
  return url;
}
