#!/usr/bin/env bash
# Prints the client properties of the Kafka admin user (SASL/PLAIN on the brokers' internal
# BROKER listener, port 19093) for kafka-topics.sh, kafka-configs.sh and kafka-acls.sh
# (--command-config). Used by init.sh (kafka-init) and healthcheck.sh (the brokers).
#   client-properties.sh <user> <password>
set -euo pipefail
user="${1:?user}"
password="${2:?password}"
cat <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${user}" password="${password}";
PROPS
