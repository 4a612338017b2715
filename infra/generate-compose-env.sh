#!/usr/bin/env bash
# Prints infra/compose.env.example with every REPLACE_ME value replaced by a fresh random secret
# (48 hex digits; the Keycloak admin user name becomes charter-admin). Write it to a file that is
# never committed:
#   infra/generate-compose-env.sh > infra/compose.env && chmod 600 infra/compose.env
set -euo pipefail
example="$(dirname "$0")/compose.env.example"
random_hex() {
  if command -v openssl > /dev/null 2>&1; then
    openssl rand -hex 24
  else
    head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'
  fi
}
while IFS= read -r line || [[ -n "$line" ]]; do
  if [[ "$line" =~ ^KEYCLOAK_ADMIN_USERNAME=REPLACE_ME ]]; then
    echo "KEYCLOAK_ADMIN_USERNAME=charter-admin"
  elif [[ "$line" =~ ^([A-Z0-9_]+)=REPLACE_ME ]]; then
    echo "${BASH_REMATCH[1]}=$(random_hex)"
  else
    echo "$line"
  fi
done < "$example"
