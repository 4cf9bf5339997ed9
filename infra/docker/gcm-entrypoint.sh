#!/bin/sh
# Entry point of the GCM images: for each variable that carries a secret, NAME_FILE (a docker
# secret such as /run/secrets/secret_key) is read into NAME, so the secret never appears in the
# container's configuration (`docker inspect`). Then it execs the command, which keeps PID 1 and
# receives docker's SIGTERM itself.
set -eu
for name in DATABASE_URL SECRET_KEY REDIS_URL SMTP_URL S3_SECRET_ACCESS_KEY; do
  eval "file=\${${name}_FILE:-}"
  [ -n "$file" ] || continue
  eval "given=\${${name}:-}"
  if [ -n "$given" ]; then
    echo "gcm-entrypoint: both $name and ${name}_FILE are set; keep one" >&2
    exit 2
  fi
  if [ ! -r "$file" ]; then
    echo "gcm-entrypoint: ${name}_FILE names $file, which cannot be read" >&2
    exit 2
  fi
  value="$(cat "$file")"
  export "$name=$value"
  unset "${name}_FILE"
done
exec "$@"
