#!/usr/bin/env bash
# Checks that the production-shaped stack ships no secret (no Docker engine needed):
#   1. `compose config` FAILS without the secrets (empty environment, empty env file), and names
#      the missing variable;
#   2. it PASSES with infra/compose.env.example (also with --profile future and with the
#      development override docker-compose.dev.yml);
#   3. every variable of the example file is required: leaving out any one of them fails;
#   4. docker-compose.yml has no password literal: no known demo/default password, no default
#      (${VAR:-...}) for a secret, every PASSWORD/SECRET value, JAAS password and connection-string
#      password is a required variable;
#   5. the production realm (infra/keycloak/charter-realm.json) has no users, credentials or
#      secrets, no password grant on any client, the `sub` (from `personId`), `role` and `member`
#      mappers, and differs from the demo realm only where it should;
#   6. the example env file holds placeholders only.
# Uses `docker compose` (v2) or else `docker-compose` (v1); exits non-zero when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."

EXAMPLE=infra/compose.env.example
REALM=infra/keycloak/charter-realm.json
DEV_REALM=infra/keycloak/charter-realm.dev.json
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if docker compose version > /dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose > /dev/null 2>&1; then
  compose=(docker-compose)
else
  echo "check-secrets: neither 'docker compose' nor 'docker-compose' is installed" >&2
  exit 1
fi

# shellcheck source=infra/check-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/check-lib.sh"

# compose config in a clean environment: only PATH and HOME, so secrets exported in the caller's
# shell do not count; $1 is the env file, the rest are extra arguments.
config() {
  local env_file="$1"; shift
  env -i PATH="$PATH" HOME="${HOME:-/root}" "${compose[@]}" --env-file "$env_file" -f docker-compose.yml "$@" config -q
}

fails_without_secrets() {
  : > "$tmp/empty.env"
  if config "$tmp/empty.env" > "$tmp/out" 2>&1; then
    echo "   compose config passed without any secret" >&2
    return 1
  fi
  grep -Eo 'set [A-Z0-9_]+, see infra/compose.env.example' "$tmp/out" | head -1 | sed 's/^/   refused: /'
  grep -q 'see infra/compose.env.example' "$tmp/out"
}

passes_with_example() {
  config "$EXAMPLE" \
    && config "$EXAMPLE" --profile future \
    && config "$EXAMPLE" -f docker-compose.dev.yml
}

every_example_variable_required() {
  local missing=0 count=0 var
  while read -r var; do
    count=$((count + 1))
    grep -v -E "^${var}=" "$EXAMPLE" > "$tmp/without.env"
    if config "$tmp/without.env" --profile future > /dev/null 2>&1; then
      echo "   $var is not required: compose config passes without it" >&2
      missing=1
    fi
  done < <(grep -E '^[A-Z0-9_]+=' "$EXAMPLE" | cut -d= -f1)
  echo "   $count variables of the example checked one by one"
  [[ "$missing" -eq 0 && "$count" -gt 0 ]]
}

no_password_literal_in_compose() {
  local bad=0
  # known demo and former default passwords
  if grep -n -E 'admin-demo|[a-z]+-demo\b|change-me|:-camunda|:-keycloak|:-change' docker-compose.yml; then
    echo "   a known demo/default password is in docker-compose.yml" >&2; bad=1
  fi
  # no default value for a secret variable
  if grep -n -E '\$\{[A-Z0-9_]*(PASSWORD|SECRET)[A-Z0-9_]*:?-' docker-compose.yml; then
    echo "   a secret variable has a default" >&2; bad=1
  fi
  # every *PASSWORD* / *SECRET* key's value is a required variable (${VAR:?...})
  if grep -n -E '^\s*[A-Z0-9_]*(PASSWORD|SECRET)[A-Z0-9_]*:' docker-compose.yml | grep -v -E ':\s*\$\{[A-Z0-9_]+:\?'; then
    echo "   a PASSWORD/SECRET setting is not a required variable" >&2; bad=1
  fi
  # JAAS passwords (password="...", user_x="...") and connection-string passwords
  if grep -n -o -E '(password|user_[a-z]+)="[^"]*"' docker-compose.yml | grep -v -E '="\$\{[A-Z0-9_]+:\?'; then
    echo "   a JAAS password is a literal" >&2; bad=1
  fi
  if grep -n -o -E '://[A-Za-z0-9_-]+:[^@/ ]*@' docker-compose.yml | grep -v -E '://[A-Za-z0-9_-]+:\$\{[A-Z0-9_]+:\?'; then
    echo "   a connection string carries a literal password" >&2; bad=1
  fi
  [[ "$bad" -eq 0 ]]
}

production_realm_has_no_secrets() {
  node - "$REALM" "$DEV_REALM" <<'JS'
const fs = require("fs");
const [realmFile, devFile] = process.argv.slice(2);
const realm = JSON.parse(fs.readFileSync(realmFile, "utf8"));
const dev = JSON.parse(fs.readFileSync(devFile, "utf8"));
const problems = [];
// anywhere in the file: no users, credentials, secrets or password values
(function walk(node, path) {
  if (Array.isArray(node)) return node.forEach((v, i) => walk(v, `${path}[${i}]`));
  if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      // allowed: the workflow and notification clients' service accounts (users without
      // credentials) and their secrets as placeholders Keycloak fills from the environment at import
      const serviceAccounts = k === "users" && path === "realm" && Array.isArray(v)
        && v.every((u) => u.serviceAccountClientId && !u.credentials);
      const placeholderSecret = k === "secret"
        && (v === "${WORKFLOW_CLIENT_SECRET}" || v === "${NOTIFICATION_CLIENT_SECRET}");
      if (/^(users|credentials|federatedIdentities|secret|password|hashedSaltedValue|secretData|credentialData)$/i.test(k)
          && !serviceAccounts && !placeholderSecret) {
        problems.push(`${path}.${k} present`);
      }
      if (k === "value" && typeof v === "string" && v !== "" ) {
        problems.push(`${path}.value = a literal (credential?)`);
      }
      walk(v, `${path}.${k}`);
    }
  }
})(realm, "realm");
for (const c of realm.clients || []) {
  if (c.directAccessGrantsEnabled !== false) problems.push(`client ${c.clientId}: directAccessGrantsEnabled is not false`);
  if (c.publicClient && c.implicitFlowEnabled) problems.push(`client ${c.clientId}: implicit flow on`);
}
const cli = (realm.clients || []).find((c) => c.clientId === "charter-cli");
const claims = cli ? (cli.protocolMappers || []).map((m) => m.config && m.config["claim.name"]) : [];
for (const claim of ["sub", "role", "member"]) {
  if (!claims.includes(claim)) problems.push(`client charter-cli has no mapper for claim '${claim}'`);
}
const workflow = (realm.clients || []).find((c) => c.clientId === "charter-workflow");
if (!workflow) {
  problems.push("no client charter-workflow (the workflow service's identity and the webapps' sign-on)");
} else {
  if (workflow.publicClient !== false || workflow.secret !== "${WORKFLOW_CLIENT_SECRET}") {
    problems.push("client charter-workflow: confidential, with secret ${WORKFLOW_CLIENT_SECRET} (from the environment)");
  }
  const mapped = (workflow.protocolMappers || []).map((m) => m.config && m.config["claim.name"]);
  for (const claim of ["sub", "role"]) {
    if (!mapped.includes(claim)) problems.push(`client charter-workflow has no mapper for claim '${claim}'`);
  }
  const account = (realm.users || []).find((u) => u.serviceAccountClientId === "charter-workflow");
  if (!workflow.serviceAccountsEnabled || !account || !(account.attributes && account.attributes.role || []).includes("secretary")) {
    problems.push("client charter-workflow: a service account with attribute role secretary");
  }
}
// the two files describe the same realm apart from users and charter-cli's grant, text and addresses
const strip = (r) => {
  const copy = JSON.parse(JSON.stringify(r));
  delete copy.users;
  for (const c of copy.clients || []) {
    for (const k of ["directAccessGrantsEnabled", "description", "redirectUris", "webOrigins"]) delete c[k];
    if (c.attributes) delete c.attributes["post.logout.redirect.uris"];
  }
  return JSON.stringify(copy);
};
if (strip(realm) !== strip(dev)) problems.push(`${realmFile} and ${devFile} differ beyond users and charter-cli's grant/addresses`);
if (!(dev.users || []).length) problems.push(`${devFile} has no demo users`);
if (problems.length) {
  problems.forEach((p) => console.error("   " + p));
  process.exit(1);
}
console.log(`   ${realmFile}: no users but the workflow's service account, no credentials, the workflow client's secret from the environment only; password grant off; mappers sub (personId), role and member; same realm as ${devFile} otherwise`);
JS
}

example_holds_placeholders_only() {
  if grep -E '^[A-Z0-9_]+=' "$EXAMPLE" | grep -v -E '^[A-Z0-9_]+=REPLACE_ME'; then
    echo "   $EXAMPLE has a value that is not a REPLACE_ME placeholder" >&2
    return 1
  fi
}

check "compose config FAILS without the secrets" fails_without_secrets
check "compose config PASSES with $EXAMPLE (default, --profile future, dev override)" passes_with_example
check "every variable of $EXAMPLE is required" every_example_variable_required
check "no password literal in docker-compose.yml" no_password_literal_in_compose
if command -v node > /dev/null 2>&1; then
  check "production realm: no users, credentials or password grant" production_realm_has_no_secrets
else
  echo "== node not found: skipping the realm check" >&2
  failed=1
fi
check "$EXAMPLE holds placeholders only" example_holds_placeholders_only

if [[ "$failed" -ne 0 ]]; then
  echo "secret checks: $ran run, some FAILED" >&2
  exit 1
fi
echo "secret checks: $ran run, all passed"
