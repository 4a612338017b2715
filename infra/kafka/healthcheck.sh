#!/usr/bin/env bash
# The brokers' healthcheck: a broker is healthy when it answers an ApiVersions request on its
# internal BROKER listener, authenticated as the broker user (CHARTER_KAFKA_BROKER_PASSWORD:
# not a KAFKA_* variable, so the image does not turn it into a server property).
set -euo pipefail
config="$(mktemp)"
trap 'rm -f "$config"' EXIT
bash "$(dirname "$0")/client-properties.sh" broker "${CHARTER_KAFKA_BROKER_PASSWORD:?}" > "$config"
/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:19093 --command-config "$config" > /dev/null 2>&1
