#!/usr/bin/env bash
# Validates the production-shaped stack without starting it (no Docker engine needed):
#   1. `docker compose config` (Compose v2 plugin) or else `docker-compose config` (Compose v1,
#      e.g. Debian's docker-compose package) parses docker-compose.yml, resolves anchors and
#      variables (from infra/compose.env.example: every secret is a required variable), and checks
#      it against its Compose schema, with and without the `future` profile;
#   2. dclint (npm, run with npx) validates it against the Compose Specification JSON schema and
#      lints it (rule no-build-and-image is off: images are built here and tagged for a registry);
#   3. the files it mounts parse: shell scripts (bash -n), the mongosh scripts (node), the realms' JSON;
#   4. infra/check-secrets.sh: config FAILS without the secrets and PASSES with the example env
#      file, and no password literal is left in docker-compose.yml or the production realm.
# Exits non-zero when a check fails, or when neither Compose CLI nor npx is available.
set -euo pipefail
cd "$(dirname "$0")/.."

DCLINT_VERSION="${DCLINT_VERSION:-3.1.0}"

# shellcheck source=infra/check-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/check-lib.sh"

ENV_FILE=infra/compose.env.example
if docker compose version > /dev/null 2>&1; then
  check "docker compose config" docker compose --env-file "$ENV_FILE" -f docker-compose.yml config -q
  check "docker compose --profile future config" docker compose --env-file "$ENV_FILE" -f docker-compose.yml --profile future config -q
  check "docker compose config with docker-compose.dev.yml" docker compose --env-file "$ENV_FILE" -f docker-compose.yml -f docker-compose.dev.yml config -q
  compose_checked=1
elif command -v docker-compose > /dev/null 2>&1; then
  check "docker-compose ($(docker-compose version --short 2>/dev/null || echo v1)) config" docker-compose --env-file "$ENV_FILE" -f docker-compose.yml config -q
  check "docker-compose --profile future config" docker-compose --env-file "$ENV_FILE" -f docker-compose.yml --profile future config -q
  check "docker-compose config with docker-compose.dev.yml" docker-compose --env-file "$ENV_FILE" -f docker-compose.yml -f docker-compose.dev.yml config -q
  compose_checked=1
else
  echo "== no docker compose plugin and no docker-compose: skipping the Compose CLI check"
  compose_checked=0
fi

if command -v npx > /dev/null 2>&1 && [[ "${CHARTER_SKIP_DCLINT:-false}" != "true" ]]; then
  check "dclint ${DCLINT_VERSION} (Compose Specification schema + lint)" \
    npx --yes "dclint@${DCLINT_VERSION}" docker-compose.yml docker-compose.dev.yml --quiet --color false --disable-rule no-build-and-image
  compose_checked=1
else
  echo "== npx not found (or CHARTER_SKIP_DCLINT=true): skipping dclint"
fi

if [[ "$compose_checked" -eq 0 ]]; then
  echo "nothing could validate docker-compose.yml: install the Docker Compose plugin, Debian's docker-compose, or npm" >&2
  exit 1
fi

shell_scripts=(infra/kafka/*.sh infra/mongo/*.sh infra/postgres/init/*.sh infra/generate-compose-env.sh infra/check-secrets.sh)
# `bash -n a b` reads only a (b is an argument): one call per script
parse_all() { local f; for f in "$@"; do bash -n "$f" || return 1; done; }
check "shell scripts parse (${#shell_scripts[@]})" parse_all "${shell_scripts[@]}"
if command -v node > /dev/null 2>&1; then
  for script in infra/mongo/*.js; do
    check "mongosh script $script parses" node -e "new Function(require('fs').readFileSync('$script', 'utf8'))"
  done
  for realm in infra/keycloak/*.json; do
    check "Keycloak realm $realm is JSON" node -e "JSON.parse(require('fs').readFileSync('$realm', 'utf8'))"
  done
elif command -v python3 > /dev/null 2>&1; then
  for realm in infra/keycloak/*.json; do
    check "Keycloak realm $realm is JSON" python3 -m json.tool "$realm" > /dev/null
  done
fi

if [[ "${CHARTER_SKIP_SECRET_CHECKS:-false}" != "true" ]]; then
  check "no default secrets (infra/check-secrets.sh)" infra/check-secrets.sh
fi

if [[ "$failed" -ne 0 ]]; then
  echo "compose checks: $ran run, some FAILED" >&2
  exit 1
fi
echo "compose checks: $ran run, all passed (the stack was validated, not started)"
