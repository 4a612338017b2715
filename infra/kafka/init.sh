#!/usr/bin/env bash
# The kafka-init service of docker-compose.yml, run once after the three brokers are healthy:
#   1. a SCRAM-SHA-512 credential for every service user of service-acls.txt (password from
#      KAFKA_PASSWORD_<USER>), set again on every run, so changing a password is: edit the env
#      file, run kafka-init again, restart that service;
#   2. every topic of topics.txt (create-topics.sh), waiting until each partition is led;
#   3. the ACLs of service-acls.txt (adding an ACL that exists changes nothing).
# It talks to the internal BROKER listener (SASL/PLAIN) as the super user "admin"
# (KAFKA_ADMIN_PASSWORD). ACLs that are no longer wanted are not removed: kafka-acls.sh --remove.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"
BOOTSTRAP="${KAFKA_ADMIN_BOOTSTRAP_SERVERS:?set KAFKA_ADMIN_BOOTSTRAP_SERVERS, e.g. kafka-1:19093,kafka-2:19093,kafka-3:19093 (the BROKER listener)}"
ACLS_FILE="${SERVICE_ACLS_FILE:-$here/service-acls.txt}"

# Passwords end up inside sasl.jaas.config strings and kafka-configs' [password=...] syntax:
# letters, digits, '-' and '_' only, at least 16 of them, and not the example file's placeholder.
check_password() {
  local name="$1" value="$2"
  if [[ "$value" == REPLACE_ME* ]]; then
    echo "$name is still the placeholder of infra/compose.env.example: generate real secrets (infra/generate-compose-env.sh)" >&2
    exit 1
  fi
  if [[ ! "$value" =~ ^[A-Za-z0-9_-]{16,}$ ]]; then
    echo "$name must be at least 16 letters, digits, '-' or '_' (e.g. openssl rand -hex 24)" >&2
    exit 1
  fi
}

check_password KAFKA_ADMIN_PASSWORD "${KAFKA_ADMIN_PASSWORD:?set KAFKA_ADMIN_PASSWORD}"
admin_config="$(mktemp)"
trap 'rm -f "$admin_config"' EXIT
bash "$here/client-properties.sh" admin "$KAFKA_ADMIN_PASSWORD" > "$admin_config"

mapfile -t services < <(grep -v -E '^[[:space:]]*(#|$)' "$ACLS_FILE")
if [[ ${#services[@]} -eq 0 ]]; then
  echo "no service users in $ACLS_FILE" >&2
  exit 1
fi

# 1. users: validate every password before changing anything
for line in "${services[@]}"; do
  read -r user _ _ <<< "$line"
  var="KAFKA_PASSWORD_$(echo "$user" | tr '[:lower:]-' '[:upper:]_')"
  check_password "$var" "${!var:-}"
done
for line in "${services[@]}"; do
  read -r user _ _ <<< "$line"
  var="KAFKA_PASSWORD_$(echo "$user" | tr '[:lower:]-' '[:upper:]_')"
  echo "SCRAM-SHA-512 credential for user $user"
  "$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$admin_config" \
    --alter --entity-type users --entity-name "$user" \
    --add-config "SCRAM-SHA-512=[iterations=8192,password=${!var}]" > /dev/null
done

# 2. topics
KAFKA_BOOTSTRAP_SERVERS="$BOOTSTRAP" KAFKA_COMMAND_CONFIG="$admin_config" bash "$here/create-topics.sh"

# 3. ACLs
acl() {
  "$KAFKA_BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$admin_config" --add "$@" > /dev/null
}
for line in "${services[@]}"; do
  read -r user context consumes <<< "$line"
  principal="User:$user"
  own="charter.${context}.events"
  echo "ACLs of $principal: writes $own, consumes ${consumes:--}, groups ${context}.*"
  acl --allow-principal "$principal" --operation Write --operation Describe --operation Create --topic "$own"
  acl --allow-principal "$principal" --operation Describe --operation Create --topic "${own}.dlt"
  if [[ -n "${consumes:-}" && "$consumes" != "-" ]]; then
    IFS=',' read -r -a consumed <<< "$consumes"
    for topic in "${consumed[@]}"; do
      acl --allow-principal "$principal" --operation Read --operation Describe --operation Create --topic "$topic"
      acl --allow-principal "$principal" --operation Write --operation Describe --operation Create --topic "${topic}.dlt"
    done
  fi
  acl --allow-principal "$principal" --operation Read --operation Describe \
    --group "${context}." --resource-pattern-type prefixed
done

"$KAFKA_BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$admin_config" --list
echo "kafka-init done: ${#services[@]} service users, their ACLs, and the topics of topics.txt"
