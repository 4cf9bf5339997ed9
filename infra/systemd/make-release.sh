#!/bin/sh
# Builds a release directory for a Debian server (docs/deployment.md, "Debian server"): the
# production node_modules (`npm ci --omit=dev`) and the built dist folders, as the Docker images
# carry them. Run it in a checkout, on a machine with Node.js 24 that reaches the npm registry (or
# a mirror), with the server's CPU architecture and glibc:
#
#   infra/systemd/make-release.sh /tmp/gcm-review-tracker-$(git describe --always)
#
# It reinstalls the checkout's node_modules (npm ci) and leaves apps/api/dist with the production
# build only; run `npm run build` afterwards to get the development entry points back.
set -eu
out="${1:?usage: make-release.sh OUT_DIR (a new, empty directory)}"
cd "$(dirname "$0")/../.."
if [ -e "$out" ] && [ -n "$(ls -A "$out")" ]; then
  echo "make-release: $out is not empty" >&2
  exit 2
fi

npm ci --no-audit --no-fund
npx turbo run build --filter=@gcm/web --filter=@gcm/db --filter=@gcm/domain --output-logs=errors-only
rm -rf apps/api/dist
npm run build:production --workspace @gcm/api
npm run build --workspace @gcm/worker

mkdir -p "$out"
for file in package.json package-lock.json apps/*/package.json packages/*/package.json; do
  mkdir -p "$out/$(dirname "$file")"
  cp "$file" "$out/$file"
done
(cd "$out" && npm ci --omit=dev --no-audit --no-fund)
# The same folders the Dockerfile copies from its build stage.
for dir in packages/domain/dist packages/db/dist packages/db/prisma apps/api/dist apps/worker/dist apps/web/dist; do
  cp -R "$dir" "$out/$dir"
done
cp -R docs infra README.md "$out/"
echo "make-release: $out is ready; copy it to /opt/gcm-review-tracker"
