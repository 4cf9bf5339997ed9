#!/bin/sh
# Writes the compose installation's secrets into secrets/ once (an existing file is kept):
# the installation's SECRET_KEY, the PostgreSQL password and the DATABASE_URL that uses it.
# Keep a copy of secret_key with the backups: without it, links already e-mailed stop working
# and secret-ballot voter keys cannot be derived again (docs/deployment.md).
set -eu
cd "$(dirname "$0")"
umask 077
mkdir -p secrets
random() { head -c "$1" /dev/urandom | base64 | tr -d '\n=+/'; }
[ -s secrets/secret_key ] || random 48 > secrets/secret_key
if [ ! -s secrets/postgres_password ]; then
  random 24 > secrets/postgres_password
  rm -f secrets/database_url
fi
[ -s secrets/database_url ] ||
  printf 'postgresql://gcm:%s@postgres:5432/gcm' "$(cat secrets/postgres_password)" > secrets/database_url
ls -l secrets
